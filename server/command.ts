// What the command-line tools share (`npm run seed`, `npm run metrics`): a log with seconds since
// start, the configured database (the project's own Neo4j is started when NEO4J_URI is not set),
// closed whatever happens, and the exit code: 1 with the error on standard error.
import type { Database } from './db.ts';
import { openDatabase } from './bootstrap.ts';
import { readConfig } from './config.ts';

export type Log = (line: string) => void;

export async function runWithDatabase(
  work: (db: Database, log: Log) => Promise<void>,
  explain: (err: unknown) => unknown = (err) => (err instanceof Error ? err.message : err),
): Promise<never> {
  const t0 = performance.now();
  const log: Log = (line) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${line}`);
  const opened = await openDatabase(readConfig(), log);
  let code = 0;
  try {
    await work(opened.db, log);
  } catch (err) {
    console.error(explain(err));
    code = 1;
  } finally {
    await opened.close();
  }
  process.exit(code);
}
