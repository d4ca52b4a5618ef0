// Public sources into a real Neo4j holding the real institutions: what the graph holds afterwards,
// field by field, against what the fixture files say; the real institutions recognised under the
// sources' names; provenance on every record; a re-import that changes nothing; a dry run and a
// broken file that write nothing; and undo. The review queue: sources-review.int.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../server/curation/audit.ts';
import { undoImport } from '../../server/curation/import/undo-import.ts';
import type { Database } from '../../server/db.ts';
import { loadDataset } from '../../seed/load.ts';
import { cordisFiles, cordisZip, foerderkatalogExport, scratchFolder } from '../fixtures/sources/files.ts';
import { sourceGraph } from '../fixtures/sources/graph.ts';
import { realOnly } from '../fixtures/sources/real-only.ts';
import { connect, freshDatabase } from '../setup/db.ts';
import { dataFingerprint } from '../setup/fingerprint.ts';

const actor: Actor = { id: 'u-manager', name: 'manager' };
const fileDate = '2026-11-30';
const scratch = scratchFolder();

const { importFiles, query, organization, participations } = sourceGraph(() => db, actor, fileDate);

let db: Database;
beforeAll(() => {
  db = connect();
});
afterAll(async () => {
  scratch.remove();
  await db.close();
});
beforeEach(async () => {
  await freshDatabase(db);
  await loadDataset(db, realOnly(), { layout: false });
});

describe('a CORDIS package in the graph', () => {
  it('makes each project in scope an international project as the file says, linked to its CORDIS page', async () => {
    const s = await importFiles('cordis', [cordisFiles.projects, cordisFiles.organizations]);
    expect(s.status).toBe('applied');
    expect(s.problems).toEqual([]);
    expect(s.projects).toMatchObject({ created: 2, rejected: 0 });
    expect(s.outOfScope).toBe(1);
    const projects = await query(
      `MATCH (p:Project)-[:FROM_SOURCE]->(s:SourceRecord)
       RETURN p {.title, .acronym, .level, .programme, .fundingEur, .website, .synthetic, start: toString(p.start), end: toString(p.end)} AS p,
              s {.source, .recordId, .url, .file, .fileDate} AS s
       ORDER BY p.acronym`,
    );
    expect(projects).toEqual([
      {
        p: {
          title: 'Metal cluster hub for additive manufacturing',
          acronym: 'BERLINHUB',
          level: 'international',
          programme: 'Horizon 2020',
          fundingEur: 1500000,
          website: 'https://cordis.europa.eu/project/id/873003',
          synthetic: false,
          start: '2019-10-01',
          end: '2021-09-30',
        },
        s: { source: 'cordis', recordId: '873003', url: 'https://cordis.europa.eu/project/id/873003', file: 'project.csv', fileDate },
      },
      {
        p: {
          title: 'Lightweight metal structures for cleaner vehicles',
          acronym: 'LIGHTMETAL',
          level: 'international',
          programme: 'Horizon Europe',
          fundingEur: 4312500.75,
          website: 'https://cordis.europa.eu/project/id/101091001',
          synthetic: false,
          start: '2023-01-01',
          end: '2026-06-30',
        },
        s: {
          source: 'cordis',
          recordId: '101091001',
          url: 'https://cordis.europa.eu/project/id/101091001',
          file: 'project.csv',
          fileDate,
        },
      },
    ]);
  });

  it('recognises the BTU under its CORDIS name, links it and leaves its record as the cluster keeps it', async () => {
    const [before] = await organization('o.id = $id', { id: 'hs-btu' });
    const s = await importFiles('cordis', [cordisFiles.projects, cordisFiles.organizations]);
    expect(s.organizations.matched).toBeGreaterThanOrEqual(1);
    const [after] = await organization('o.id = $id', { id: 'hs-btu' });
    expect(after).toEqual({
      ...before,
      provenance: [{ source: 'cordis', recordId: '999999001', url: null, file: 'organization.csv', fileDate }],
    });
    const [facts] = await query(
      "MATCH (:Organization {id: 'hs-btu'})-[:FROM_SOURCE]->(s:SourceRecord) RETURN s {.sourceKind, .sme, .nutsCode} AS s",
    );
    expect(facts?.s).toEqual({ sourceKind: 'HES', sme: false, nutsCode: 'DE402' });
    expect((await participations('LIGHTMETAL')).find((p) => p.id === 'hs-btu')).toEqual({
      id: 'hs-btu',
      role: 'lead',
      source: 'cordis',
      sourceRole: 'coordinator',
      recordId: '101091001/999999001',
      eu: 1500000,
      url: 'https://cordis.europa.eu/project/id/101091001',
    });
  });

  it('brings partners abroad as such: their country, a town abroad, no Brandenburg district', async () => {
    await importFiles('cordis', [cordisFiles.projects, cordisFiles.organizations]);
    const abroad = await organization("o.country <> 'DE'", {});
    expect(abroad.map((o) => [o.name, o.kind, o.country, o.townCountry, o.district, o.synthetic])).toEqual(
      expect.arrayContaining([
        ['ODLEWNIA WARTA SPOLKA Z OGRANICZONA ODPOWIEDZIALNOSCIA', 'company', 'PL', 'PL', null, false],
        ['COMUNE DI BRESCIA', 'agency', 'IT', 'IT', null, false],
        ['EUROPEAN METAL CLUSTER ALLIANCE AISBL', 'association', 'BE', 'BE', null, false],
        ['ETAIREIA METALLON THESSALONIKIS AE', 'company', 'GR', 'GR', null, false],
      ]),
    );
    expect(abroad).toHaveLength(4);
    expect(await participations('LIGHTMETAL')).toHaveLength(4);
    expect(await participations('BERLINHUB')).toHaveLength(3);
  });

  it('places new partners in the network beside their project partners, not in the middle, and moves nobody placed', async () => {
    // Every organisation of the graph placed somewhere, the BTU at a known point.
    await query('MATCH (o:Organization) SET o.x = toFloat(size(o.name) * 37 % 2000), o.y = toFloat(size(o.id) * 53 % 2000)');
    await query("MATCH (o:Organization {id: 'hs-btu'}) SET o.x = 1000.0, o.y = 2000.0");
    const positions = 'MATCH (o:Organization) WHERE o.x IS NOT NULL RETURN o.id AS id, o.x AS x, o.y AS y ORDER BY id';
    const before = await query(positions);
    await importFiles('cordis', [cordisFiles.projects, cordisFiles.organizations]);
    const after = new Map((await query(positions)).map((r) => [r.id, r]));
    expect(before.map((r) => after.get(r.id))).toEqual(before);
    const [foundry] = await query(
      "MATCH (o:Organization {name: 'ODLEWNIA WARTA SPOLKA Z OGRANICZONA ODPOWIEDZIALNOSCIA'}) RETURN o.x AS x, o.y AS y",
    );
    // Its only placed partner is the BTU (LIGHTMETAL); the rest of the project is new as well.
    expect(Math.abs(Number(foundry?.x) - 1000)).toBeLessThanOrEqual(15);
    expect(Math.abs(Number(foundry?.y) - 2000)).toBeLessThanOrEqual(15);
  });

  it("finds the graph's towns under the sources' spelling: RUDERSDORF BEI BERLIN is Rüdersdorf bei Berlin", async () => {
    const moved = scratch.copy(
      cordisFiles.organizations,
      'organization.csv',
      '"coordinator";"PRC";"true";"BERLIN";"DE";"DE300"',
      '"coordinator";"PRC";"true";"RUDERSDORF BEI BERLIN";"DE";"DE409"',
    );
    const s = await importFiles('cordis', [cordisFiles.projects, moved]);
    expect(s.problems).toEqual([]);
    const [laserwerk] = await organization("o.name = 'LASERWERK BERLIN GMBH'", {});
    expect(laserwerk).toMatchObject({ town: 'Rüdersdorf bei Berlin', district: expect.any(String) });
  });

  it('imports the same from the downloaded zip as from its two files', async () => {
    const s = await importFiles('cordis', [cordisZip]);
    expect(s.status).toBe('applied');
    expect(s.projects.created).toBe(2);
    expect(s.participations.created).toBe(7);
  });

  it('changes nothing when the same package is imported again', async () => {
    await importFiles('cordis', [cordisFiles.projects, cordisFiles.organizations]);
    const once = await dataFingerprint(db);
    const again = await importFiles('cordis', [cordisFiles.projects, cordisFiles.organizations]);
    expect(again.status).toBe('applied');
    expect(again.organizations).toMatchObject({ created: 0, matched: 0, review: 0, rejected: 0 });
    expect(again.projects).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(again.participations).toMatchObject({ created: 0, updated: 0, unchanged: 7 });
    expect(await dataFingerprint(db)).toEqual(once);
  });

  it('dry-runs without writing anything', async () => {
    const before = await dataFingerprint(db);
    const s = await importFiles('cordis', [cordisFiles.projects, cordisFiles.organizations], 'dry-run');
    expect(s.status).toBe('checked');
    expect(s.projects.created).toBe(2);
    expect(await dataFingerprint(db)).toEqual(before);
  });

  it('refuses a broken file with file, row and column, and writes nothing', async () => {
    const badType = scratch.copy(cordisFiles.organizations, 'organization.csv', '"coordinator";"PRC"', '"coordinator";"XYZ"');
    const before = await dataFingerprint(db);
    const s = await importFiles('cordis', [cordisFiles.projects, badType]);
    expect(s.status).toBe('refused');
    expect(s.problems).toContainEqual(expect.objectContaining({ file: 'organization.csv', row: 9, column: 'activityType', value: 'XYZ' }));
    expect(await dataFingerprint(db)).toEqual(before);
  });

  it('is undone whole: projects, organisations, ties and source records', async () => {
    const before = await dataFingerprint(db);
    const s = await importFiles('cordis', [cordisFiles.projects, cordisFiles.organizations]);
    await undoImport(db, actor, s.importId);
    expect(await dataFingerprint(db)).toEqual(before);
    expect(await query('MATCH (s:SourceRecord) RETURN s')).toEqual([]);
  });
});

describe('a Förderkatalog export in the graph', () => {
  it('makes the joint project one national project whose partners are its recipients, the Fraunhofer IAP recognised at its site', async () => {
    const s = await importFiles('foerderkatalog', [foerderkatalogExport]);
    expect(s.status).toBe('applied');
    expect(s.problems).toEqual([]);
    const [project] = await query(
      `MATCH (p:Project {acronym: 'LeiGro'})
       RETURN p {.title, .level, .programme, .fundingEur, .website, .synthetic, start: toString(p.start), end: toString(p.end)} AS p`,
    );
    expect(project?.p).toEqual({
      title: 'Leichtbau für „Großserien“ unter 5 € je kg (LeiGro)',
      level: 'national',
      programme: 'BMBF – Produktionstechnologien',
      fundingEur: 2392018.39,
      website: 'https://foerderportal.bund.de/foekat/jsp/SucheAction.do?actionMode=view&fkz=02P20A001',
      synthetic: false,
      start: '2023-01-01',
      end: '2026-02-28',
    });
    const ties = await participations('LeiGro');
    expect(ties.map((t) => [t.id, t.role, t.sourceRole, t.recordId])).toEqual([
      ['fhg-iap', 'partner', 'Ausführende Stelle', '02P20A002'],
      ['hs-btu', 'partner', 'Zuwendungsempfänger', '02P20A001'],
      [expect.stringMatching(/stahlbau/), 'partner', 'Zuwendungsempfänger', '02P20A003'],
    ]);
    const [firm] = await organization("o.name = 'Müller Stahlbau GmbH'", {});
    expect(firm).toMatchObject({ kind: 'company', town: 'Eberswalde', district: expect.any(String), synthetic: false });
    expect(firm?.provenance).toEqual([
      {
        source: 'foerderkatalog',
        recordId: '02P20A003',
        url: 'https://foerderportal.bund.de/foekat/jsp/SucheAction.do?actionMode=view&fkz=02P20A003',
        file: 'suche.csv',
        fileDate,
      },
    ]);
  });

  it('changes nothing when the same export is imported again', async () => {
    await importFiles('foerderkatalog', [foerderkatalogExport]);
    const once = await dataFingerprint(db);
    const again = await importFiles('foerderkatalog', [foerderkatalogExport]);
    expect(again.projects).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await dataFingerprint(db)).toEqual(once);
  });
});
