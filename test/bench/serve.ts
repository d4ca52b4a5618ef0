// A benchmark's own app on generated demo data: its own Neo4j in a temporary folder, the dataset
// as `npm run seed` leaves it, served on a free port; every step pushes its cleanup.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { computeOverview } from '../../server/analysis/overview.ts';
import { ensureMetrics } from '../../server/analysis/ensure.ts';
import { buildApp } from '../../server/app.ts';
import { clientDist } from '../../server/client-build.ts';
import { Database } from '../../server/db.ts';
import { startLocalNeo4j } from '../../server/neo4j/local.ts';
import { applySchema } from '../../server/schema.ts';
import { generate } from '../../seed/generate.ts';
import { loadDataset } from '../../seed/load.ts';

export interface Served {
  companies: number;
  url: string;
  /** Writes to the database as an edit would: every answer the server kept is computed again. */
  touch(): Promise<void>;
}

export type Cleanup = (() => unknown)[];

export async function serve(companies: number, cleanup: Cleanup, log: (line: string) => void): Promise<Served> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `cluster-explorer-bench-${companies}-`));
  cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const neo4j = await startLocalNeo4j({
    dataDir,
    boltPort: 0,
    heap: companies > 10_000 ? '4g' : '2g',
    pageCacheMb: 1024,
    startTimeoutMs: 180_000,
  });
  cleanup.push(() => neo4j.stop());
  const db = Database.connect(neo4j.uri, neo4j.user, neo4j.password, 'neo4j');
  cleanup.push(() => db.close());
  await applySchema(db);
  const t0 = performance.now();
  // The demo as `npm run seed` leaves it; the large graph without the force layout, which is not
  // computed at that size (it is drawn on the map).
  await loadDataset(db, generate({ companies }), { layout: companies <= 10_000 });
  if (companies <= 10_000) await ensureMetrics(db, () => {}, { force: true });
  else await computeOverview(db);
  log(`${companies} firms loaded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const app = await buildApp({ db, clientDir: clientDist });
  cleanup.push(() => app.stop());
  await app.warmUp();
  const server: Server = await new Promise((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
  });
  cleanup.push(() => new Promise<void>((r) => server.close(() => r())));
  const address = server.address();
  const touch = async () => {
    const session = db.driver.session({ database: db.database });
    try {
      await session.run('MERGE (m:BenchMarker {id: 1}) SET m.at = timestamp()');
    } finally {
      await session.close();
    }
  };
  return { companies, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, touch };
}
