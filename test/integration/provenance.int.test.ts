// Provenance through GraphQL: the source records of organisations and projects, the source fields
// of a participation and the country of partners abroad, as the importer writes them
// (test/fixtures/international.ts), read over HTTP from the app in process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db.ts';
import { loadDataset } from '../../seed/load.ts';
import { plantInternational } from '../fixtures/international.ts';
import { tinyDataset } from '../fixtures/tiny.ts';
import { connect, freshDatabase, gql, startApp, type RunningApp } from '../setup/db.ts';
import { expectNoErrorsAfterEach } from '../setup/no-errors.ts';

let db: Database;
let app: RunningApp;
const serverErrors: unknown[] = [];

beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
  await loadDataset(db, tinyDataset(), { layout: false });
  await plantInternational(db);
  app = await startApp(db, (e) => serverErrors.push(e));
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});
expectNoErrorsAfterEach(() => ({ server: serverErrors }));

interface Record {
  source: string;
  recordId: string;
  url: string | null;
  file: string | null;
  fileDate: string | null;
}
const cordisEu1 = 'https://cordis.europa.eu/project/id/101091001';

describe('provenance in the API', () => {
  it('gives an organisation its source records from both sources, through the interface and its own type', async () => {
    const fields = 'provenance(sort: [{ source: ASC }]) { source recordId url file fileDate }';
    const r = await gql<{ organizations: { provenance: Record[] }[]; researchInstitutes: { provenance: Record[] }[] }>(
      app.url,
      `{ organizations(where: { id: { eq: "fhg-ipk" } }) { ${fields} }
         researchInstitutes(where: { id: { eq: "fhg-ipk" } }) { ${fields} } }`,
    );
    expect(r.errors).toBeUndefined();
    const expected = [
      { source: 'cordis', recordId: '999880001', url: null, file: 'organization.csv', fileDate: '2026-11-20' },
      {
        source: 'foerderkatalog',
        recordId: '03XP0001B',
        url: 'https://foerderportal.bund.de/foekat/jsp/SucheAction.do?actionMode=view&fkz=03XP0001B',
        file: 'foerderkatalog.csv',
        fileDate: '2026-11-20',
      },
    ];
    expect(r.data?.organizations[0]?.provenance).toEqual(expected);
    expect(r.data?.researchInstitutes[0]?.provenance).toEqual(expected);
  });

  it("gives a project its CORDIS record with the link to its page, and the cluster's own data none", async () => {
    const r = await gql<{ projects: { id: string; level: string; provenance: Record[] }[] }>(
      app.url,
      '{ projects(where: { id: { in: ["eu-1", "pr-1"] } }, sort: [{ id: ASC }]) { id level provenance { source recordId url fileDate } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.projects).toEqual([
      {
        id: 'eu-1',
        level: 'international',
        provenance: [{ source: 'cordis', recordId: '101091001', url: cordisEu1, fileDate: '2026-11-20' }],
      },
      { id: 'pr-1', level: 'regional', provenance: [] },
    ]);
  });

  it('carries the source, record, role, EU contribution, page and file date on an imported participation', async () => {
    type Edge = {
      properties: Record & { role: string; sourceRecordId: string; sourceRole: string; euContributionEur: number };
      node: { id: string };
    };
    const r = await gql<{ projects: { participantsConnection: { edges: Edge[] } }[] }>(
      app.url,
      `{ projects(where: { id: { eq: "eu-1" } }) { participantsConnection(where: { node: { id: { in: ["fhg-ipk", "co-1"] } } }, sort: [{ node: { name: ASC } }]) {
         edges { node { id } properties { role source sourceRecordId sourceRole euContributionEur sourceUrl fileDate } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const edges = r.data?.projects[0]?.participantsConnection.edges ?? [];
    expect(edges.map((e) => [e.node.id, e.properties])).toEqual([
      [
        'fhg-ipk',
        {
          role: 'lead',
          source: 'cordis',
          sourceRecordId: '101091001',
          sourceRole: 'coordinator',
          euContributionEur: 512_000.5,
          sourceUrl: cordisEu1,
          fileDate: '2026-11-20',
        },
      ],
      [
        'co-1',
        {
          role: 'partner',
          source: 'cordis',
          sourceRecordId: '101091001',
          sourceRole: 'participant',
          euContributionEur: 120_000,
          sourceUrl: cordisEu1,
          fileDate: '2026-11-20',
        },
      ],
    ]);
  });

  it("names the country of a partner abroad, on the organisation and on its place, and the detail panel's query lists the records", async () => {
    const r = await gql<{
      organizations: { id: string; country: string | null; place: { country: string | null; district: unknown } | null }[];
      organizationDetails: { provenance: { source: string; recordId: string; url: string | null; fileDate: string | null }[] };
    }>(
      app.url,
      `{ organizations(where: { id: { in: ["fr-a", "it-a"] } }, sort: [{ id: ASC }]) { id country place { country district { id } } }
         organizationDetails(id: "fhg-ipk") { provenance { source recordId url fileDate } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.organizations).toEqual([
      { id: 'fr-a', country: 'FR', place: { country: 'FR', district: null } },
      { id: 'it-a', country: 'IT', place: null },
    ]);
    expect(r.data?.organizationDetails.provenance.map((p) => `${p.source}:${p.recordId}:${p.url ?? '-'}`)).toEqual([
      'cordis:999880001:-',
      'foerderkatalog:03XP0001B:https://foerderportal.bund.de/foekat/jsp/SucheAction.do?actionMode=view&fkz=03XP0001B',
    ]);
  });
});
