// Who gets the query IDE at /graphql: a browser loading the page gets GraphiQL's page from the
// client build (here a stand-in page in a temporary folder: the browser test runs the real build);
// API clients, POST or GET with a query, get GraphQL answers as JSON as before; without a client
// build the page request gets a JSON error that says how to get one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db.ts';
import { connect, freshDatabase, startApp, type RunningApp } from '../setup/db.ts';
import { expectNoErrorsAfterEach } from '../setup/no-errors.ts';

let db: Database;
let withClient: RunningApp;
let withoutClient: RunningApp;
let clientDir: string;
const serverErrors: unknown[] = [];
const page = '<!doctype html><title>GraphiQL stand-in</title><div id="graphiql"></div>';
const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
  clientDir = mkdtempSync(path.join(tmpdir(), 'query-ide-'));
  writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>explorer</title>');
  writeFileSync(path.join(clientDir, 'graphiql.html'), page);
  withClient = await startApp(db, (e) => serverErrors.push(e), { clientDir });
  withoutClient = await startApp(db, (e) => serverErrors.push(e));
});
afterAll(async () => {
  await withClient?.close();
  await withoutClient?.close();
  await db?.close();
  rmSync(clientDir, { recursive: true, force: true });
});
expectNoErrorsAfterEach(() => ({ server: serverErrors }));

const get = (app: RunningApp, url: string, headers: Record<string, string> = {}) => fetch(`${app.url}${url}`, { headers });

describe('the query IDE page', () => {
  it('is what a browser loading /graphql gets, with a policy that allows nothing from another origin', async () => {
    const res = await get(withClient, '/graphql', { accept: browserAccept });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toBe(page);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('is at /graphiql too, with the same policy', async () => {
    const [ide, graphql] = await Promise.all([
      get(withClient, '/graphiql', { accept: browserAccept }),
      get(withClient, '/graphql', { accept: browserAccept }),
    ]);
    expect(ide.status).toBe(200);
    expect(await ide.text()).toBe(page);
    expect(ide.headers.get('content-security-policy')).toBe(graphql.headers.get('content-security-policy'));
  });

  it('without a client build, answers the page request with a JSON error that says how to get the IDE', async () => {
    const res = await get(withoutClient, '/graphql', { accept: browserAccept });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('NOT_FOUND');
    expect(body.errors[0]?.message).toMatch(/npm run build/);
    expect(body.errors[0]?.message).toMatch(/POST \/graphql/);
  });
});

describe('API clients at /graphql', () => {
  it('POST: a JSON answer, as before', async () => {
    const res = await fetch(`${withClient.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: browserAccept },
      body: JSON.stringify({ query: '{ clusterStats { companies } }' }),
    });
    expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    expect(await res.json()).toMatchObject({ data: { clusterStats: { companies: 0 } } });
  });

  it('GET with a query: a JSON answer, even from a client that accepts HTML', async () => {
    const query = encodeURIComponent('{ clusterStats { companies } }');
    for (const accept of ['application/json', '*/*', browserAccept]) {
      const res = await get(withClient, `/graphql?query=${query}`, { accept, 'apollo-require-preflight': 'true' });
      expect(res.headers.get('content-type'), accept).toMatch(/^application\/(graphql-response\+)?json/);
      expect(await res.json(), accept).toMatchObject({ data: { clusterStats: { companies: 0 } } });
    }
  });

  it('GET without a query from a client that does not prefer HTML: a JSON error, not the page', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { accept: '*/*' },
      { accept: 'application/json' },
      { accept: 'application/json, text/html' },
    ]) {
      const res = await get(withClient, '/graphql', headers);
      expect(res.status, JSON.stringify(headers)).toBe(400);
      expect(res.headers.get('content-type'), JSON.stringify(headers)).toMatch(/^application\/json/);
    }
  });
});
