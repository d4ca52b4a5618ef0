import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db.ts';
import { createUser, userByLogin } from '../../server/auth/accounts.ts';
import { createApiToken, tokenUser } from '../../server/auth/api-tokens.ts';
import { createSession, liveSession } from '../../server/auth/sessions.ts';
import { loadColumnMapping, saveColumnMapping } from '../../server/curation/import/mapping-store.ts';
import { countGraph, loadDataset, wipe } from '../../seed/load.ts';
import { DatasetError } from '../../seed/validate.ts';
import { tinyDataset } from '../fixtures/tiny.ts';
import { connect, freshDatabase } from '../setup/db.ts';

let db: Database;

// Every property of every node and relationship, in a stable order: "changes nothing" means this is equal.
async function snapshot(): Promise<string> {
  const session = db.driver.session({ database: db.database });
  try {
    const nodes = await session.run('MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY n.id, l');
    const rels = await session.run('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY a, t, b');
    return JSON.stringify([nodes.records.map((r) => r.toObject()), rels.records.map((r) => r.toObject())]);
  } finally {
    await session.close();
  }
}

beforeAll(() => {
  db = connect();
});
afterAll(async () => db.close());

describe('the loader', () => {
  // Each test starts from an empty database; those that load again or are refused first load
  // the tiny dataset themselves, so none needs an earlier test's rows.
  beforeEach(() => freshDatabase(db));

  it('writes every row of a dataset, with the organisation kind as a second label', async () => {
    const summary = await loadDataset(db, tinyDataset(), { layout: true });
    // 2 districts + 2 places + 22 competences + 5 industries + 4 action fields + 5 organisations + 1 project
    expect(summary.nodes).toBe(41);
    const [row] = await db.read('figures/cluster-stats');
    expect(row).toMatchObject({
      companies: 2,
      employees: 17,
      universities: 1,
      institutes: 1,
      otherActors: 1,
      projects: 1,
      cooperations: 1,
      memberships: 1,
    });
    const session = db.driver.session({ database: db.database });
    try {
      const r = await session.run(
        'MATCH (o:Organization:ResearchInstitute {id: "fhg-ipk"}) RETURN o.x IS NOT NULL AS placed, o.location.latitude AS lat',
      );
      expect(r.records[0]?.toObject()).toEqual({ placed: true, lat: 52.5168 });
    } finally {
      await session.close();
    }
  });

  it('changes nothing when the same dataset is loaded a second time', async () => {
    await loadDataset(db, tinyDataset(), { layout: true });
    const before = await snapshot();
    await loadDataset(db, tinyDataset(), { layout: true });
    expect(await snapshot()).toBe(before);
  });

  it('rejects a row that references an unknown place, naming table, row, field and value, and writes nothing', async () => {
    await loadDataset(db, tinyDataset(), { layout: true });
    const before = await snapshot();
    const bad = tinyDataset();
    bad.organizations.push({ ...bad.organizations[2]!, id: 'co-9', placeId: 'atlantis' });
    const error = await loadDataset(db, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems).toEqual([
      { table: 'organizations', row: 5, field: 'placeId', value: 'atlantis', message: 'no place with this id' },
    ]);
    expect((error as Error).message).toContain('organizations[5].placeId = "atlantis"');
    expect(await snapshot()).toBe(before);
  });

  it('rolls the whole load back when Neo4j refuses a row halfway through', async () => {
    await loadDataset(db, tinyDataset(), { layout: true });
    const before = await countGraph(db);
    const bad = tinyDataset();
    bad.organizations = bad.organizations.map((o) => ({ ...o, id: `new-${o.id}` }));
    bad.orgCompetences = [];
    bad.orgIndustries = [];
    bad.participations = [];
    bad.projects = [];
    bad.cooperations = [];
    bad.memberships = [];
    // A list mixing numbers and strings passes validation but is not a storable Neo4j property.
    (bad.organizations[3] as { topics?: unknown }).topics = [1, 'x'];
    await expect(loadDataset(db, bad, { layout: false })).rejects.toThrow(/load\/organizations/);
    expect(await countGraph(db)).toEqual(before);
  });

  it('reseeding (npm run seed -- --wipe) replaces the graph data and keeps the accounts, their sessions and tokens, and the column mappings', async () => {
    await loadDataset(db, tinyDataset(), { layout: false });
    const user = await createUser(
      db,
      { login: 'erika', displayName: 'Erika', role: 'manager', organizationId: null },
      'ein langes Passwort 42',
      false,
    );
    if (!user) throw new Error('no user');
    const session = await createSession(db, user.id, { maxHours: 8, userAgent: null, via: 'session' });
    const token = await createApiToken(db, user.id, 'Skript', null);
    await saveColumnMapping(db, 'organizations', ['Firma', 'Sitz'], { Firma: 'name', Sitz: 'city' }, user.id);

    await wipe(db);
    expect(await db.read('figures/cluster-stats')).toMatchObject([{ companies: 0 }]);
    await loadDataset(db, tinyDataset(), { layout: false });

    expect((await userByLogin(db, 'erika'))?.user).toMatchObject({ id: user.id, role: 'manager' });
    expect((await liveSession(db, session.token, 60))?.user.id).toBe(user.id);
    expect((await tokenUser(db, token?.secret ?? ''))?.id).toBe(user.id);
    expect(await loadColumnMapping(db, 'organizations', ['Firma', 'Sitz'])).toEqual({ Firma: 'name', Sitz: 'city' });
  });
});
