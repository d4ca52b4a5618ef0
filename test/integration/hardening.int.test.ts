// A hostile but legitimate client, request by request: each gets a clear 4xx within a second,
// and the app answers a trivial query right after.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { isTimeout } from '../../server/db-errors.ts';
import type { Database } from '../../server/db.ts';
import { formatError } from '../../server/graphql/format-error.ts';
import { applySchema } from '../../server/schema.ts';
import { loadDataset } from '../../seed/load.ts';
import { tinyDataset } from '../fixtures/tiny.ts';
import { connect, freshDatabase, gql, startApp, testApiLimits, type RunningApp } from '../setup/db.ts';

let db: Database;
let app: RunningApp;
const logged: unknown[] = [];

beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
  await loadDataset(db, tinyDataset());
  app = await startApp(db, (e) => logged.push(e));
});
afterAll(async () => {
  await app.close();
  await db.close();
});

interface Answer {
  status: number;
  ms: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  text: string;
}

async function post(body: string | Uint8Array, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Answer> {
  const t0 = performance.now();
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]),
  });
  const text = await res.text();
  return { status: res.status, ms: performance.now() - t0, headers: res.headers, body: JSON.parse(text) as Answer['body'], text };
}

const ask = (query: string, variables: Record<string, unknown> = {}) => post(JSON.stringify({ query, variables }));

async function stillAnswers(): Promise<void> {
  const r = await ask('{ clusterStats { companies } }');
  expect(r.status).toBe(200);
  expect(r.body.data).toEqual({ clusterStats: { companies: 2 } });
}

function nested(depth: number): string {
  let inner = 'id';
  for (let i = 0; i < depth; i++) inner = i % 2 === 0 ? `id participants { ${inner} }` : `id projects { ${inner} }`;
  return `{ organizations { id projects { ${inner} } } }`;
}

// Refused by the guard, which runs before execution: QUERY_TOO_COMPLEX is its code alone (no
// wall-clock bound here, which a busy machine breaks: the code says nothing ran).
function expectRejected(r: Answer, limit: string): void {
  expect(r.status).toBe(400);
  expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
  expect(r.body.errors?.[0]?.message).toMatch(/limit|allowed/);
}

describe('shape and cost limits, checked before anything runs', () => {
  it('rejects organisations → projects → participants nested 10 and 20 deep (it took the process down)', async () => {
    expectRejected(await ask(nested(10)), 'depth');
    expectRejected(await ask(nested(20)), 'depth');
    await stillAnswers();
  });

  it('rejects four levels of cooperation partners by cost, though they are shallow enough (an 11.6 MB Cypher statement)', async () => {
    const r = await ask(
      '{ organizations(limit: 1) { id cooperationPartners { id cooperationPartners { id cooperationPartners { id cooperationPartners { id } } } } } }',
    );
    expectRejected(r, 'cost');
    expect(r.body.errors?.[0]?.extensions?.cost).toBeGreaterThan(1_000_000);
    await stillAnswers();
  });

  it('rejects 1,000 aliases of transferPartners and 100 of network (they took the connection pool)', async () => {
    const many = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    const partners = await ask(many(1000, 'transferPartners(organizationId: "co-1") { partners { organization { id } } }'));
    expect(partners.status).toBe(400);
    expect(partners.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expectRejected(await ask(many(100, 'network { nodeCount }')), 'aliases');
    expectRejected(await ask(many(16, 'clusterStats { companies }')), 'aliases');
    await stillAnswers();
  });

  it('rejects more than four network queries in one request by cost', async () => {
    const r = await ask(
      '{ a: network { nodeCount } b: network { nodeCount } c: network { nodeCount } d: network { nodeCount } e: network { nodeCount } }',
    );
    expectRejected(r, 'cost');
  });

  it('rejects a directive flood and a token flood', async () => {
    expectRejected(await ask(`{ clusterStats { companies ${'@include(if: true) '.repeat(20)} } }`), 'directives');
    expectRejected(await ask(`{ clusterStats { ${'companies '.repeat(3000)} } }`), 'tokens');
    await stillAnswers();
  });

  it('says what a query cost and what is left of the minute', async () => {
    const r = await ask('{ organizations(limit: 10) { id } }');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ extensions: { cost: { cost: 10, maximum: 20_000 } } });
  });

  it("lets the explorer's detail query through: nested connections within the page sizes and, planned ahead, the time limit", async () => {
    await app.app.warmUp();
    const r = await ask(
      `query ($id: ID!) { organization(id: $id) { id name place { id name } district { id name }
      competences { id nameDe } projectsConnection(sort: [{ node: { start: DESC } }]) { edges { properties { ... on Participation { role } } node { id title } } }
      cooperationPartnersConnection { edges { properties { ... on Cooperation { since kind } } node { id name } } } memberOf { id name } } }`,
      { id: 'co-1' },
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.status).toBe(200);
  }, 240_000);
});

describe('fair use', () => {
  it('slows a client that spends its cost budget: 429 RATE_LIMITED with Retry-After, others unaffected', async () => {
    const small = await startApp(db, (e) => logged.push(e), { limits: { ...testApiLimits, costPerMinute: 12_000 } });
    try {
      const network = () =>
        fetch(`${small.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ network { nodeCount } }' }),
        });
      expect((await network()).status).toBe(200);
      expect((await network()).status).toBe(200);
      const third = await network();
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await third.json()) as Answer['body'];
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect(body.errors?.[0]?.message).toMatch(/budget of 12,000 per minute .* Try again in \d+ s/);
      // Spent: refused at the door, before its body is even read (malformed JSON would be a 400).
      const door = await fetch(`${small.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{ not json',
      });
      expect(door.status).toBe(429);
      // Another app instance, another budget: the limit is per client, not global.
      await stillAnswers();
    } finally {
      await small.close();
    }
  });

  it('charges refused requests, so a client that keeps sending what is refused is soon turned away at the door', async () => {
    const small = await startApp(db, (e) => logged.push(e), { limits: { ...testApiLimits, costPerMinute: 10_000 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const res = await fetch(`${small.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: nested(12) }),
        });
        statuses.push(res.status);
      }
      // 2,000 a refusal (a tenth of the maximum cost): five fill 10,000, the sixth overdraws it, then the door closes.
      expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 429, 429]);
    } finally {
      await small.close();
    }
  });

  it('answers a client with too many requests running at once with 429, and frees its slot when one ends', async () => {
    const one = await startApp(db, (e) => logged.push(e), { limits: { ...testApiLimits, requestsInFlight: 1 } });
    const { request } = await import('node:http');
    // A request whose body never finishes stays in flight.
    const slow = request(`${one.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '100' },
    });
    slow.on('error', () => {});
    slow.write('{"query": ');
    try {
      const until = Date.now() + 5_000;
      let status = 0;
      while (status !== 429 && Date.now() < until) {
        status = (
          await fetch(`${one.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ clusterStats { companies } }' }),
          })
        ).status;
      }
      expect(status).toBe(429);
      slow.destroy();
      await expect
        .poll(
          async () =>
            (
              await fetch(`${one.url}/graphql`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ query: '{ clusterStats { companies } }' }),
              })
            ).status,
        )
        .toBe(200);
    } finally {
      slow.destroy();
      await one.close();
    }
  });
});

// A generated interface query with many fragments and connections: Neo4j plans its Cypher for
// seconds from cold (the detail panel asked this before it had organizationDetails).
const generatedDetailQuery = `query ($id: ID!) { organization(id: $id) {
  id name degree place { id name } competences { id nameDe } industries { id nameDe }
  projectsConnection(sort: [{ node: { start: DESC } }]) { edges { properties { ... on Participation { role } } node { id title } } }
  cooperationPartnersConnection { edges { properties { ... on Cooperation { since kind } } node { id name } } }
  memberOf { id name } ... on Company { employees } ... on ResearchInstitute { society }
} }`;

describe('time limits', () => {
  it('stops a generated query that runs past its time limit with QUERY_TIMEOUT, and keeps answering', async () => {
    const strict = await startApp(db, (e) => logged.push(e), { limits: { ...testApiLimits, generatedQueryTimeoutMs: 300 } });
    const session = db.driver.session({ database: db.database });
    try {
      // Planning the generated query from cold takes seconds, far past 300 ms.
      await session.run('CALL db.clearQueryCaches()');
      const r = await gql(strict.url, generatedDetailQuery, { id: 'co-1' });
      expect(r.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
      expect(r.errors?.[0]?.message).toMatch(/took longer than/);
      expect(await gql(strict.url, '{ clusterStats { companies } }')).toMatchObject({ data: { clusterStats: { companies: 2 } } });
    } finally {
      await session.close();
      await strict.close();
    }
  });

  it("knows Neo4j's answer to a statement stopped at its timeout, and names it QUERY_TIMEOUT", async () => {
    const session = db.driver.session({ database: db.database });
    try {
      const err = await session
        .executeRead((tx) => tx.run('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x)'), { timeout: 100 })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(isTimeout(err)).toBe(true);
      expect(formatError({ message: 'x' }, new GraphQLError('x', { originalError: err as Error })).extensions?.code).toBe('QUERY_TIMEOUT');
    } finally {
      await session.close();
    }
  });
});

describe('page sizes', () => {
  it('refuses a page larger than the maximum instead of returning everything', async () => {
    const r = await ask('{ organizations(limit: 1000000000) { id } }');
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit', value: 1000000000 });
    expect(r.body.errors?.[0]?.message).toBe('organizations(limit): at most 1000 per page, got 1000000000. Page through with offset.');
  });

  it("answers a negative limit, offset or first in its own words, not Neo4j's", async () => {
    for (const q of [
      '{ organizations(limit: -1) { id } }',
      '{ organizations(offset: -5) { id } }',
      '{ companiesConnection(first: -1) { edges { node { id } } } }',
    ]) {
      const r = await ask(q);
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.body.errors?.[0]?.message).toMatch(/must be a whole number ≥ 0, got -\d/);
      expect(r.text).not.toMatch(/Neo\.|Cypher|LIMIT/);
    }
  });

  it('checks page sizes given as variables too', async () => {
    const r = await ask('query ($n: Int) { organizations(limit: $n) { id } }', { n: 5000 });
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('search with ordinary words', () => {
  it.each(['OR', 'AND', 'NOT', "' OR 1=1 //", 'AND OR NOT', '&& ||', '*', '\\'])(
    'answers %j with hits or none, never an internal error',
    async (text) => {
      const r = await ask('query ($text: String!) { search(text: $text) { id } }', { text });
      expect(r.status).toBe(200);
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data).toEqual({ search: expect.any(Array) });
    },
  );
});

describe('errors outside GraphQL', () => {
  function expectJsonError(r: Answer, status: number, code: string): void {
    expect(r.status).toBe(status);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(r.body.errors?.[0]?.extensions).toEqual({ code, requestId: r.headers.get('x-request-id') });
    expect(r.text).not.toMatch(/<html|<pre|at .*\(|\/work\/|node_modules|\.ts:\d/i);
  }

  it('answers malformed JSON with 400 BAD_REQUEST as JSON, without a stack or a path', async () => {
    expectJsonError(await post('{"query": "{ clusterStats { companies } }"'), 400, 'BAD_REQUEST');
  });

  it('answers a body over 1 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    expectJsonError(
      await post(JSON.stringify({ query: `{ clusterStats { companies } } #${'x'.repeat(1_100_000)}` })),
      413,
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('answers an unknown charset or content-encoding with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    expectJsonError(await post('{}', { 'content-type': 'application/json; charset=klingon' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectJsonError(
      await post('{}', { 'content-type': 'application/json', 'content-encoding': 'br-custom' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('answers an unknown route with 404 as JSON', async () => {
    const res = await fetch(`${app.url}/nothing-here.js`, { method: 'POST' });
    expect(res.status).toBe(404);
    expect(((await res.json()) as Answer['body']).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await stillAnswers();
  });

  it('still takes a gzipped body, as clients send', async () => {
    const { gzipSync } = await import('node:zlib');
    const body = gzipSync(JSON.stringify({ query: '{ clusterStats { companies } }' }));
    expect(gunzipSync(body).length).toBeGreaterThan(0);
    const r = await post(body, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(r.body.data).toEqual({ clusterStats: { companies: 2 } });
  });
});

describe('request ids and the log', () => {
  it('logs an internal error once and gives the client the same request id, in the header and the error', async () => {
    const session = db.driver.session({ database: db.database });
    try {
      await session.run('DROP INDEX search_organizations');
      logged.length = 0;
      const r = await post(JSON.stringify({ query: '{ search(text: "Test") { id } }' }), {
        'content-type': 'application/json',
        'x-request-id': 'support-case-4711',
      });
      expect(r.headers.get('x-request-id')).toBe('support-case-4711');
      expect(r.body.errors?.[0]).toEqual({
        message: 'Unexpected error.',
        path: ['search'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'support-case-4711' },
      });
      expect(logged).toHaveLength(1);
    } finally {
      await session.close();
      await applySchema(db);
    }
  });

  it('makes its own request id when the caller gives none or an unusable one', async () => {
    const r = await post(JSON.stringify({ query: '{ clusterStats { companies } }' }), {
      'content-type': 'application/json',
      'x-request-id': 'bad id with spaces',
    });
    expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('headers', () => {
  it('sends security headers with a Content-Security-Policy on every answer', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('sends no CORS headers unless CORS_ORIGINS allows an origin', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
