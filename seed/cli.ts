// `npm run seed -- [--wipe] [--companies N] [--seed S] [--no-layout]`: (re)loads the demo data.
import { parseArgs } from 'node:util';
import { ensureMetrics } from '../server/analysis/ensure.ts';
import { runWithDatabase } from '../server/command.ts';
import { generate } from './generate.ts';
import { countGraph, loadDataset, wipe } from './load.ts';

const usage = 'usage: npm run seed -- [--wipe] [--companies N] [--seed S] [--no-layout]';

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`--${name} "${raw}" is not a positive whole number.\n${usage}`);
    process.exit(2);
  }
  return n;
}

const { values } = parseArgs({
  options: {
    wipe: { type: 'boolean', default: false },
    companies: { type: 'string' },
    seed: { type: 'string' },
    'no-layout': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const companies = positive('companies', values.companies, 2600);
const seed = positive('seed', values.seed, 20260);

await runWithDatabase(async (db, log) => {
  if (values.wipe) {
    const before = await countGraph(db);
    log(`wiping the graph data of ${before.nodes} nodes (accounts, sessions, API tokens and column mappings stay) …`);
    await wipe(db);
  }
  log(`generating ${companies} companies (seed ${seed}) …`);
  const dataset = generate({ companies, seed });
  const s = await loadDataset(db, dataset, { log, layout: !values['no-layout'] });
  log(
    `done: ${s.nodes} nodes, ${s.relationships} relationships, ${s.rows} rows written in ${s.seconds.toFixed(1)} s (layout ${s.layoutSeconds.toFixed(1)} s)`,
  );
  // Ties changed: the stored metrics would describe the old network.
  await ensureMetrics(db, log, { force: true });
});
