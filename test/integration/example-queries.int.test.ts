// Every example operation of docs/queries (the query IDE's tabs, the README's list) answers on the
// demo data: with data in every root field and without errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db.ts';
import { connect, gql, loadDemo, startApp, type RunningApp } from '../setup/db.ts';
import { docsExamples } from '../setup/example-queries.ts';
import { expectNoErrorsAfterEach } from '../setup/no-errors.ts';

let db: Database;
let app: RunningApp;
const serverErrors: unknown[] = [];

beforeAll(async () => {
  db = connect();
  await loadDemo(db);
  app = await startApp(db, (e) => serverErrors.push(e));
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});
expectNoErrorsAfterEach(() => ({ server: serverErrors }));

/** Something to read: not null, not an empty list, not an object of nothing but those. */
function holdsData(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(holdsData);
  return true;
}

const examples = docsExamples();

describe('the example operations of docs/queries', () => {
  it('are there: at least one per researcher question of issue 13', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s answers with data in every root field and no error', async (_name, example) => {
    const r = await gql(app.url, example.query, example.variables);
    expect(r.errors).toBeUndefined();
    const empty = Object.entries(r.data ?? {}).filter(([, v]) => !holdsData(v));
    expect(Object.keys(r.data ?? {}).length).toBeGreaterThan(0);
    expect(empty.map(([field]) => field)).toEqual([]);
  });

  it("pages on: the pagination example with the first page's endCursor as after gives the next companies by name", async () => {
    const example = examples.find((e) => e.name.includes('pagination'));
    expect(example).toBeDefined();
    type Page = {
      companiesConnection: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { name: string } }[];
      };
    };
    const first = await gql<Page>(app.url, example!.query, example!.variables);
    const cursor = first.data!.companiesConnection.pageInfo.endCursor;
    const next = await gql<Page>(app.url, example!.query, { ...example!.variables, after: cursor });
    expect(next.errors).toBeUndefined();
    const names = [...first.data!.companiesConnection.edges, ...next.data!.companiesConnection.edges].map((e) => e.node.name);
    expect(names.length).toBe(2 * Number(example!.variables.first));
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names); // Neo4j orders strings by code point, as sort() does
    expect(first.data!.companiesConnection.pageInfo.hasNextPage).toBe(true);
  });
});
