// Contact persons and internal notes through the generated API: the library's @authorization
// filter, fed the viewer's claims as its JWT, shows them to managers and admins, and to a member
// only for its own organisation; the public and other members get empty lists, never an error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db.ts';
import { apiTokenFor, signIn } from '../setup/auth.ts';
import { connect, freshDatabase, gql, startApp, type RunningApp } from '../setup/db.ts';

let db: Database;
let app: RunningApp;

beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(`
      UNWIND ['co-a', 'co-b'] AS id
      CREATE (o:Company:Organization {id: id, name: 'Firm ' + id, kind: 'company', synthetic: false})
      CREATE (o)-[:HAS_CONTACT]->(:Contact {id: id + '-c', name: 'Person of ' + id, email: id + '@example.org', phone: '+49 30 1'})
      CREATE (o)-[:HAS_NOTE]->(:Note {id: id + '-n', text: 'Note on ' + id, at: datetime('2026-11-01T10:00:00Z'), by: 'Cluster office'})`);
  } finally {
    await session.close();
  }
  app = await startApp(db);
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

const nested = `{
  companies(sort: [{ id: ASC }], limit: 10) { id contacts(limit: 10) { name email phone } notes(limit: 10) { text by } }
  organization(id: "co-a") { contacts { name } }
}`;
const root = '{ contacts(sort: [{ id: ASC }]) { id } notes(sort: [{ id: ASC }]) { id } }';

type Nested = {
  companies: { id: string; contacts: { name: string }[]; notes: { text: string }[] }[];
  organization: { contacts: { name: string }[] };
};

const seen = (data: Nested | undefined) =>
  Object.fromEntries((data?.companies ?? []).map((c) => [c.id, [c.contacts.length, c.notes.length]]));

describe('contacts and notes (non-public)', () => {
  it('are empty lists for the public, without an error', async () => {
    const r = await gql<Nested>(app.url, nested);
    expect(r.errors).toBeUndefined();
    expect(seen(r.data)).toEqual({ 'co-a': [0, 0], 'co-b': [0, 0] });
    expect(r.data?.organization.contacts).toEqual([]);
    expect((await gql(app.url, root)).data).toEqual({ contacts: [], notes: [] });
  });

  it('are all visible to a manager and an admin, with every field', async () => {
    for (const role of ['manager', 'admin'] as const) {
      const viewer = await signIn(app.url, db, role);
      const r = await gql<Nested>(app.url, nested, {}, viewer.headers);
      expect(seen(r.data), role).toEqual({ 'co-a': [1, 1], 'co-b': [1, 1] });
      expect(r.data?.companies[0]?.contacts[0]).toEqual({ name: 'Person of co-a', email: 'co-a@example.org', phone: '+49 30 1' });
      expect((await gql(app.url, root, {}, viewer.headers)).data).toEqual({
        contacts: [{ id: 'co-a-c' }, { id: 'co-b-c' }],
        notes: [{ id: 'co-a-n' }, { id: 'co-b-n' }],
      });
    }
  });

  it('are visible to a member only for its own organisation, also through an API token', async () => {
    const member = await signIn(app.url, db, 'member', { organizationId: 'co-a' });
    const r = await gql<Nested>(app.url, nested, {}, member.headers);
    expect(r.errors).toBeUndefined();
    expect(seen(r.data)).toEqual({ 'co-a': [1, 1], 'co-b': [0, 0] });
    expect(r.data?.organization.contacts).toEqual([{ name: 'Person of co-a' }]);
    expect((await gql(app.url, root, {}, member.headers)).data).toEqual({ contacts: [{ id: 'co-a-c' }], notes: [{ id: 'co-a-n' }] });

    const script = await apiTokenFor(db, 'member', { organizationId: 'co-b' });
    expect(seen((await gql<Nested>(app.url, nested, {}, script.headers)).data)).toEqual({ 'co-a': [0, 0], 'co-b': [1, 1] });
  });

  it('cannot be created or changed through the generated API: it has no mutations', async () => {
    const admin = await signIn(app.url, db, 'admin');
    const r = await gql(app.url, 'mutation { createContacts(input: [{ name: "x" }]) { contacts { id } } }', {}, admin.headers);
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
