// `npm run metrics`: recomputes the network metrics on demand (after an import, or on a user's own
// Neo4j once GDS is added). Uses the same config as `npm start`; with no NEO4J_URI it starts the
// project's Neo4j on its data folder, so stop the app first or point NEO4J_URI at the app's Neo4j.
import { GraphQLError } from 'graphql';
import { runWithDatabase } from '../command.ts';
import { computeMetrics } from './metrics.ts';

await runWithDatabase(
  async (db, log) => {
    const run = await computeMetrics(db, { log });
    const b = run.betweenness;
    log(`betweenness ${b.exact ? 'exact' : `estimated from ${b.samplingSize} sampled sources`}; modularity ${run.modularity.toFixed(3)}`);
    log(
      `stored on ${run.organizations} organisations at ${run.computedAt} (${Object.entries(run.millis)
        .map(([k, v]) => `${k} ${v} ms`)
        .join(', ')})`,
    );
  },
  // FEATURE_UNAVAILABLE (no GDS) says what to do; anything else is a bug worth its stack.
  (err) => (err instanceof GraphQLError ? err.message : err),
);
