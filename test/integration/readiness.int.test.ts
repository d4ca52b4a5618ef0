import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../server/db.ts';
import { connect, freshDatabase, startApp, type RunningApp } from '../setup/db.ts';

describe('health and readiness', () => {
  let db: Database;
  let app: RunningApp;
  beforeAll(async () => {
    db = connect();
    await freshDatabase(db);
    app = await startApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('answers /healthz while the process is alive, with what it knows of Neo4j', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: expect.stringMatching(/^(unknown|up)$/) });
  });

  it('answers /readyz with 200 when Neo4j answers and the schema is applied', async () => {
    const res = await fetch(`${app.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('answers /readyz with 503 and the reason, without the address, within a second, while Neo4j is down', async () => {
    // A port nothing listens on: this Neo4j is down.
    const down = Database.connect('bolt://127.0.0.1:1', 'neo4j', 'x', 'neo4j');
    const downApp = await startApp(down);
    try {
      const t0 = performance.now();
      const res = await fetch(`${downApp.url}/readyz`);
      expect(performance.now() - t0).toBeLessThan(1_000);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { status: string; reason: string };
      expect(body.status).toBe('not ready');
      expect(body.reason).toMatch(/not reachable/);
      expect(body.reason).not.toContain('127.0.0.1');
    } finally {
      await downApp.close();
      await down.close();
    }
  });

  it('answers /readyz with 503 when the schema has not been applied', async () => {
    const session = db.driver.session({ database: db.database });
    try {
      await session.run('DROP INDEX search_organizations');
      const res = await fetch(`${app.url}/readyz`);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { reason: string }).reason).toMatch(/schema not applied/);
    } finally {
      await session.close();
      await freshDatabase(db);
    }
  });
});
