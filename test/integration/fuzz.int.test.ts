// A few thousand random and malformed requests: documents built from the schema's own words
// with hostile arguments, random variables, random bytes and headers. None may be answered
// with a 5xx or an internal error, and the app answers a trivial query after each batch.
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db.ts';
import { defaultApiLimits } from '../../server/config.ts';
import { loadDataset } from '../../seed/load.ts';
import { tinyDataset } from '../fixtures/tiny.ts';
import { connect, freshDatabase, startApp, type RunningApp } from '../setup/db.ts';

let db: Database;
let app: RunningApp;
const internal: unknown[] = [];

beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
  await loadDataset(db, tinyDataset());
  // One client sends everything here: a budget that lets the valid documents run, not 429.
  app = await startApp(db, (e) => internal.push(e), { limits: { ...defaultApiLimits, costPerMinute: 100_000_000 } });
});
afterAll(async () => {
  await app.close();
  await db.close();
});
// Each test answers for the internal errors logged while it ran, not for an earlier test's.
beforeEach(() => {
  internal.length = 0;
});

const fields = [
  'organizations',
  'companies',
  'projects',
  'organization',
  'network',
  'search',
  'neighbourhood',
  'clusterStats',
  'transferPartners',
  'paths',
  'shortestPath',
  'isolatedOrganizations',
  'gapLens',
  'companiesConnection',
  'edges',
  'node',
  'id',
  'name',
  'kind',
  'participants',
  'cooperationPartners',
  'memberOf',
  'competences',
  'district',
  'degree',
  'graph',
  'nodeCount',
  'companies',
  'partners',
  'aggregate',
  'count',
  '__typename',
  '__schema',
  'types',
  'fields',
];
const argNames = [
  'limit',
  'offset',
  'first',
  'after',
  'id',
  'text',
  'where',
  'sort',
  'hops',
  'k',
  'from',
  'to',
  'filter',
  'organizationId',
  'competences',
  'lens',
  'maxHops',
];
const hostile = ['OR', 'AND', 'NOT', '*', '\\', '"', "' OR 1=1 //", 'MATCH (n) DETACH DELETE n', '${x}', '\u0000', 'é'.repeat(300)];

const scalar = fc.oneof(
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map(String),
  fc.constantFrom('-1', '0', '1000000000', '1e400', '3.5', 'true', 'null', 'FRAUNHOFER', '$v'),
  fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...hostile)).map((s) => JSON.stringify(s)),
);
const { value } = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }).map((a) => `[${a.join(', ')}]`),
    fc.dictionary(fc.constantFrom('eq', 'in', 'id', 'name', 'kinds', 'contains', 'some', 'node'), tie('value'), { maxKeys: 3 }).map(
      (o) =>
        `{ ${Object.entries(o)
          .map(([k, v]) => `${k}: ${v}`)
          .join(' ')} }`,
    ),
  ),
}));
const args = fc.dictionary(fc.constantFrom(...argNames), value, { maxKeys: 3 }).map((o) =>
  Object.keys(o).length
    ? `(${Object.entries(o)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')})`
    : '',
);
const directive = fc.constantFrom('', '', '@include(if: true)', '@skip(if: $v)', '@deprecated');
const { selection } = fc.letrec<{ selection: string }>((tie) => ({
  selection: fc
    .array(
      fc.tuple(
        fc.constantFrom('', '', 'a: ', 'b: '),
        fc.constantFrom(...fields),
        args,
        directive,
        fc.oneof({ depthSize: 'small' }, fc.constant(''), tie('selection')),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((items) => `{ ${items.map(([alias, name, a, d, sub]) => `${alias}${name}${a} ${d} ${sub}`).join(' ')} }`),
}));
const document = fc.oneof(
  selection,
  selection.map((s) => `query Q($v: Boolean = true) ${s}`),
  selection.map((s) => `query ${s} fragment F on Organization ${s}`),
  fc.string({ maxLength: 200 }),
);
const variables = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom('v', 'id', 'text', 'n'), fc.jsonValue({ maxDepth: 2 })),
);

interface Outcome {
  status: number;
  body: string;
}

async function send(init: RequestInit, path = '/graphql'): Promise<Outcome> {
  const res = await fetch(`${app.url}${path}`, init);
  return { status: res.status, body: await res.text() };
}

function expectHandled(o: Outcome): void {
  expect(o.status, o.body).toBeLessThan(500);
  expect(o.body).not.toMatch(/INTERNAL_SERVER_ERROR|<html|\/work\/|node_modules|\n\s+at /);
}

async function stillAnswers(): Promise<void> {
  const o = await send({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ clusterStats { companies } }' }),
  });
  expect(JSON.parse(o.body)).toEqual({ data: { clusterStats: { companies: 2 } }, extensions: expect.anything() });
}

describe('random requests', () => {
  it('answers 1,500 random documents with random variables with a 2xx or 4xx, never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(document, variables, async (query, vars) => {
        expectHandled(
          await send({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: vars }) }),
        );
      }),
      { numRuns: 1_500, seed: 20261201 },
    );
    expect(internal).toEqual([]);
    await stillAnswers();
  }, 240_000);

  it('answers 800 malformed bodies, content types, encodings and GET requests with a 4xx as JSON', async () => {
    const contentType = fc.constantFrom(
      'application/json',
      'application/json; charset=utf-16',
      'application/json; charset=latin1',
      'text/plain',
      'application/graphql',
      'multipart/form-data',
      '',
    );
    const encoding = fc.constantFrom(undefined, undefined, 'gzip', 'deflate', 'br', 'x-unknown');
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 300 }).map((b) => new Blob([b])),
      fc.string({ maxLength: 300 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(contentType, encoding, body, fc.boolean(), fc.string({ maxLength: 100 }), async (type, enc, b, get, qs) => {
        const headers: Record<string, string> = {};
        if (type) headers['content-type'] = type;
        if (enc) headers['content-encoding'] = enc;
        const o = get
          ? await send(
              { method: 'GET', headers: { accept: 'application/json' } },
              `/graphql?query=${encodeURIComponent(qs)}&variables=${encodeURIComponent(qs)}`,
            )
          : await send({ method: 'POST', headers, body: b });
        expectHandled(o);
      }),
      { numRuns: 800, seed: 20261201 },
    );
    expect(internal).toEqual([]);
    await stillAnswers();
  }, 240_000);
});
