// `npm run neo4j:resolve`: fetch the Neo4j, APOC and GDS jars and build the launcher ahead of time.
import { MissingToolError, resolveLauncher } from './resolve.ts';

try {
  const t0 = performance.now();
  const paths = await resolveLauncher((line) => console.log(line));
  console.log(`Neo4j launcher ready in ${((performance.now() - t0) / 1000).toFixed(1)} s (plugins: ${paths.pluginDir})`);
} catch (err) {
  console.error(err instanceof MissingToolError ? err.message : err);
  process.exit(1);
}
