// The GraphQL-over-HTTP audit of graphql-http against the real server: no requirement (MUST) may
// fail. The recommendations it leaves as warnings are listed in the README with why they stay.
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db.ts';
import { connect, freshDatabase, startApp, type RunningApp } from '../setup/db.ts';

let db: Database;
let app: RunningApp;
const logged: unknown[] = [];

beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
  app = await startApp(db, (e) => logged.push(e));
});
afterAll(async () => {
  await app.close();
  await db.close();
});

/** The warnings and notices the README lists under "GraphQL over HTTP", by audit id. */
const knownWarnings = ['572B', 'FDE2', '7B9B'];
const knownNotices = ['5A70', 'D6D5', '6A70'];

describe('the GraphQL-over-HTTP audit (graphql-http)', () => {
  let results: AuditResult[];

  beforeAll(async () => {
    results = [];
    // One at a time: the audits share the client's budget and the requests in flight.
    for (const audit of serverAudits({ url: `${app.url}/graphql` })) results.push(await audit.fn());
  });

  it('finds no error: every MUST of the spec holds', () => {
    expect(results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
  });

  it('warns only where the README says why', () => {
    expect(results.filter((r) => r.status === 'warn').map((r) => r.id)).toEqual(knownWarnings);
    expect(results.filter((r) => r.status === 'notice').map((r) => r.id)).toEqual(knownNotices);
  });

  it('logs no internal error while it runs', () => {
    expect(logged).toEqual([]);
  });
});
