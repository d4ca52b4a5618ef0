// `npm run demo:remove`: removes the invented demo organisations, projects and ties, keeping the
// real institutions and everything entered or imported; then computes the network metrics again.
import { ensureMetrics } from '../analysis/ensure.ts';
import { runWithDatabase } from '../command.ts';
import { removeDemoData, syntheticCounts } from './demo-data.ts';

await runWithDatabase(async (db, log) => {
  const removed = await removeDemoData(db);
  log(
    `removed the demo data: ${removed.organizations} organisations, ${removed.projects} projects, ${removed.ties} ties between real organisations`,
  );
  const left = await syntheticCounts(db);
  if (left.organizations + left.projects + left.ties > 0) throw new Error(`demo data left: ${JSON.stringify(left)}`);
  await ensureMetrics(db, log, { force: true });
});
