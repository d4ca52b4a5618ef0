// Serving an express app on a free loopback port, and waiting for Neo4j to go quiet between runs.
import type { Express } from 'express';
import type { Server } from 'node:http';
import type { Database } from '../../../server/db.ts';

const sleep = (msecs: number) => new Promise((r) => setTimeout(r, msecs));

export async function listen(app: Express): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/**
 * Waits until Neo4j runs nothing but this check: what a stopped client left behind (the abuser's
 * last statements) has finished before the next run starts. Returns the seconds waited.
 */
export async function settle(db: Database, maxSeconds = 120): Promise<number> {
  const started = performance.now();
  for (;;) {
    const session = db.driver.session({ database: db.database });
    let running = 0;
    try {
      const r = await session.run(
        "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS running",
      );
      running = Number(r.records[0]?.get('running') ?? 0);
    } finally {
      await session.close();
    }
    if (running === 0 || (performance.now() - started) / 1000 > maxSeconds) break;
    await sleep(500);
  }
  await sleep(1000); // the app serialising what Neo4j last returned
  return (performance.now() - started) / 1000;
}
