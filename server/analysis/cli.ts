// `node --import tsx server/analysis/cli.ts`: recomputes the network metrics on demand (after an
// import, or on a user's own Neo4j once GDS is added). Uses the same config as `npm start`; with
// no NEO4J_URI it starts the project's Neo4j on its data folder, so stop the app first.
import { GraphQLError } from 'graphql';
import { openDatabase } from '../bootstrap.ts';
import { readConfig } from '../config.ts';
import { computeMetrics } from './metrics.ts';

const t0 = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${line}`);
const opened = await openDatabase(readConfig(), log);
let code = 0;
try {
  const run = await computeMetrics(opened.db, { log });
  const b = run.betweenness;
  log(`betweenness ${b.exact ? 'exact' : `estimated from ${b.samplingSize} sampled sources`}; modularity ${run.modularity.toFixed(3)}`);
  log(`stored on ${run.organizations} organisations at ${run.computedAt} (${Object.entries(run.millis).map(([k, v]) => `${k} ${v} ms`).join(', ')})`);
} catch (err) {
  // FEATURE_UNAVAILABLE (no GDS) says what to do; anything else is a bug worth its stack.
  console.error(err instanceof GraphQLError ? err.message : err);
  code = 1;
} finally {
  await opened.close();
}
process.exit(code);
