// The international-reach report and lens on the tiny cluster with a planted international network
// (test/fixtures/international.ts): exact figures, worked out in the fixture's header.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db.ts';
import { gapLens } from '../../server/graphql/gaps/lens.ts';
import { internationalReach } from '../../server/graphql/gaps/reports.ts';
import { loadDataset } from '../../seed/load.ts';
import { plantInternational } from '../fixtures/international.ts';
import { tinyDataset } from '../fixtures/tiny.ts';
import { connect, freshDatabase, gql, startApp, type RunningApp } from '../setup/db.ts';

let db: Database;
let app: RunningApp;

beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
  await loadDataset(db, tinyDataset(), { layout: false });
  await plantInternational(db);
  app = await startApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('the international reach of the region', () => {
  it('counts the organisations of the region with and without partners abroad, in all and by kind', async () => {
    const r = await internationalReach(db, {});
    expect([r.regionalOrganizations, r.withForeignPartners, r.withoutForeignPartners, r.foreignPartners]).toEqual([5, 3, 2, 4]);
    expect(r.byKind.map((k) => [k.kind, k.organizations, k.withForeignPartners, k.withoutForeignPartners])).toEqual([
      ['company', 2, 2, 0],
      ['chamber', 1, 0, 1],
      ['research_institute', 1, 1, 0],
      ['university', 1, 0, 1],
    ]);
  });

  it('counts per country the partners there, the demo ones among them, the organisations of the region reaching them and the projects', async () => {
    const r = await internationalReach(db, {});
    expect(r.countries.map((c) => [c.country, c.partners, c.syntheticPartners, c.regionalOrganizations, c.projects])).toEqual([
      ['FR', 2, 1, 3, 3],
      ['IT', 1, 0, 1, 1],
      ['PL', 1, 0, 2, 1],
    ]);
  });

  it('lists the organisations with partners abroad, most first, with their countries and projects newest first; a partner in Germany is none', async () => {
    const r = await internationalReach(db, {});
    expect(
      r.organizations.map((o) => [o.organization.id, o.foreignPartners, o.countries.map((c) => `${c.key} ${c.count}`), o.projectCount]),
    ).toEqual([
      ['fhg-ipk', 4, ['FR 2', 'IT 1', 'PL 1'], 2],
      ['co-1', 2, ['FR 1', 'PL 1'], 1],
      ['co-2', 1, ['FR 1'], 1],
    ]);
    expect(r.organizations[0]?.projects.map((p) => [p.id, p.level, p.synthetic])).toEqual([
      ['eu-2', 'international', false],
      ['eu-1', 'international', false],
    ]);
    // The demo firm and its demo project stay marked as demo data.
    expect(r.organizations[2]?.organization.synthetic).toBe(true);
    expect(r.organizations[2]?.projects.map((p) => [p.id, p.synthetic])).toEqual([['eu-3', true]]);
  });

  it('bounds the lists by limit and projects, while the counts still cover all', async () => {
    const r = await internationalReach(db, { limit: 1, projects: 1 });
    expect(r.organizations.map((o) => [o.organization.id, o.projects.map((p) => p.id), o.projectCount])).toEqual([
      ['fhg-ipk', ['eu-2'], 2],
    ]);
    expect(r.withForeignPartners).toBe(3);
  });

  it('colours under the INTERNATIONAL lens exactly whom the report counts', async () => {
    const groups = Object.fromEntries((await gapLens(db, { lens: 'INTERNATIONAL' })).map((g) => [g.key, [...g.ids].sort()]));
    expect(groups).toEqual({
      with_abroad: ['co-1', 'co-2', 'fhg-ipk'],
      without_abroad: ['hs-btu', 'ihk-cottbus'],
      abroad: ['fr-a', 'fr-b', 'it-a', 'pl-a'],
    });
  });

  it('answers over GraphQL and refuses a limit out of range, naming the argument', async () => {
    const ok = await gql<{ internationalReach: { countries: { country: string }[] } }>(
      app.url,
      '{ internationalReach(limit: 5) { countries { country } } }',
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.internationalReach.countries.map((c) => c.country)).toEqual(['FR', 'IT', 'PL']);
    const bad = await gql(app.url, '{ internationalReach(limit: 501) { withForeignPartners } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.argument).toBe('limit');
  });
});
