// A list of the generated entity API that fills its page says so in extensions.pageLimit: a
// script reading the first 100 of 2,600 companies must not take them for all of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db.ts';
import { connect, gql, loadDemo, startApp, type RunningApp } from '../setup/db.ts';

let db: Database;
let app: RunningApp;
const logged: unknown[] = [];

interface PageNote {
  path: (string | number)[];
  pageSize: number;
  hint: string;
}

async function notesOf(query: string): Promise<{ notes: PageNote[] | undefined; data: Record<string, unknown> | undefined }> {
  const r = await gql(app.url, query);
  expect(r.errors).toBeUndefined();
  return { notes: r.extensions?.pageLimit as PageNote[] | undefined, data: r.data };
}

beforeAll(async () => {
  db = connect();
  await loadDemo(db);
  app = await startApp(db, (e) => logged.push(e));
});
afterAll(async () => {
  await app.close();
  await db.close();
  expect(logged).toEqual([]);
});

describe('the note on a full page', () => {
  it('notes a list that fills the default page of 100, with its path and how to get the rest', async () => {
    const { notes, data } = await notesOf('{ companies { id } }');
    expect((data?.companies as unknown[]).length).toBe(100);
    expect(notes).toEqual([
      {
        path: ['companies'],
        pageSize: 100,
        hint: 'Showing the first 100, a full page: there may be more. Ask for more with limit and offset (up to 1000 per page) or page with companiesConnection(first, after).',
      },
    ]);
  });

  it('says nothing when every list is shorter than its page', async () => {
    const { notes, data } = await notesOf('{ competences { id } districts { id } }');
    expect((data?.competences as unknown[]).length).toBeLessThan(100);
    expect(notes).toBeUndefined();
  });

  it('notes a list that fills the limit it was given, under its alias', async () => {
    const { notes } = await notesOf(
      '{ some: companies(limit: 7, offset: 20) { id } all: companies(limit: 1000, where: { employees: { gte: 200 } }) { id } }',
    );
    expect(notes?.map((n) => [n.path, n.pageSize])).toEqual([[['some'], 7]]);
  });

  it('notes nested lists with the path down to them, list positions included', async () => {
    const { notes, data } = await notesOf(
      '{ competences(limit: 2, sort: [{ id: ASC }]) { id organizations(limit: 3) { id } projects(limit: 1000) { id } } }',
    );
    const competences = data?.competences as { organizations: unknown[] }[];
    expect(competences.every((c) => c.organizations.length === 3)).toBe(true);
    expect(notes?.map((n) => n.path)).toEqual([['competences'], ['competences', 0, 'organizations'], ['competences', 1, 'organizations']]);
    expect(notes?.[1]?.hint).toContain('organizationsConnection(first, after)');
  });

  it('notes a connection that fills the default page of 100', async () => {
    const { notes, data } = await notesOf('{ companiesConnection { edges { node { id } } } }');
    expect((data?.companiesConnection as { edges: unknown[] }).edges.length).toBe(100);
    expect(notes?.map((n) => [n.path, n.pageSize])).toEqual([[['companiesConnection'], 100]]);
  });

  it('notes a connection whose page is full, and tells how to page on', async () => {
    const { notes } = await notesOf('{ companiesConnection(first: 5) { edges { node { id } } pageInfo { hasNextPage } } }');
    expect(notes).toEqual([
      {
        path: ['companiesConnection'],
        pageSize: 5,
        hint: 'Showing the first 5, a full page: there may be more. Page on with after: pageInfo.endCursor (first: up to 1000 per page).',
      },
    ]);
  });
});
