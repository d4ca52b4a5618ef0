import { afterAll, describe, expect, it } from 'vitest';
import { readCordis, SourceFileError } from '../../server/sources/index.ts';
import { cordisFiles, cordisZip, scratchFolder } from '../fixtures/sources/files.ts';

const fileDate = '2026-11-30';
const scratch = scratchFolder();
afterAll(scratch.remove);

const fromFiles = await readCordis(cordisFiles, { fileDate });
const org = (pic: string) => fromFiles.organizations.find((o) => o.provenance.recordId === pic);

async function problemsOf(input: Parameters<typeof readCordis>[0]) {
  try {
    return (await readCordis(input, { fileDate })).problems;
  } catch (err) {
    if (err instanceof SourceFileError) return err.problems;
    throw err;
  }
}

describe('a CORDIS package read as the files say', () => {
  it('keeps the projects with a participant in Brandenburg or Berlin, field by field', () => {
    expect(fromFiles.projects).toEqual([
      {
        row: 2,
        record: {
          title: 'Lightweight metal structures for cleaner vehicles',
          acronym: 'LIGHTMETAL',
          level: 'international',
          programme: 'Horizon Europe',
          start: '2023-01-01',
          end: '2026-06-30',
          fundingEur: 4312500.75,
          website: 'https://cordis.europa.eu/project/id/101091001',
          source: `CORDIS, project.csv (${fileDate})`,
        },
        provenance: { source: 'cordis', recordId: '101091001', file: 'project.csv', fileDate },
        euContributionEur: 4312500.75,
        totalCostEur: 4999987.5,
      },
      {
        row: 4,
        record: {
          title: 'Metal cluster hub for additive manufacturing',
          acronym: 'BERLINHUB',
          level: 'international',
          programme: 'Horizon 2020',
          start: '2019-10-01',
          end: '2021-09-30',
          fundingEur: 1500000,
          website: 'https://cordis.europa.eu/project/id/873003',
          source: `CORDIS, project.csv (${fileDate})`,
        },
        provenance: { source: 'cordis', recordId: '873003', file: 'project.csv', fileDate },
        euContributionEur: 1500000,
        totalCostEur: 1650000,
      },
    ]);
    expect(fromFiles.outOfScope).toBe(1);
    expect(fromFiles.problems).toEqual([]);
  });

  it('brings every participant of a project in scope, partners abroad with their country and NUTS code', () => {
    expect(fromFiles.organizations.map((o) => [o.record.name, o.record.city, o.record.country, o.nutsCode])).toEqual([
      ['BRANDENBURGISCHE TECHNISCHE UNIVERSITAT COTTBUS-SENFTENBERG', 'COTTBUS', 'DE', 'DE402'],
      ['FRAUNHOFER GESELLSCHAFT ZUR FORDERUNG DER ANGEWANDTEN FORSCHUNG EV', 'MUENCHEN', 'DE', 'DE212'],
      ['ODLEWNIA WARTA SPOLKA Z OGRANICZONA ODPOWIEDZIALNOSCIA', 'POZNAN', 'PL', 'PL415'],
      ['COMUNE DI BRESCIA', 'BRESCIA', 'IT', 'ITC47'],
      ['EUROPEAN METAL CLUSTER ALLIANCE AISBL', 'BRUXELLES', 'BE', 'BE100'],
      ['LASERWERK BERLIN GMBH', 'BERLIN', 'DE', 'DE300'],
      // CORDIS writes EL for Greece; our records take ISO 3166.
      ['ETAIREIA METALLON THESSALONIKIS AE', 'THESSALONIKI', 'GR', 'EL522'],
    ]);
  });

  it('gives an organisation in several projects once, under its PIC', () => {
    expect(fromFiles.organizations.filter((o) => o.provenance.recordId === '999984059')).toHaveLength(1);
    expect(org('999984059')?.key).toBe('cordis:999984059');
  });

  it('maps activity types to our kinds and keeps the SME flag', () => {
    expect(fromFiles.organizations.map((o) => [o.sourceKind, o.record.kind, o.sme])).toEqual([
      ['HES', 'university', false],
      ['REC', 'research_institute', false],
      ['PRC', 'company', true],
      ['PUB', 'agency', false],
      ['OTH', 'association', false],
      ['PRC', 'company', true],
      ['PRC', 'company', true],
    ]);
  });

  it("keeps the address and the site's coordinates, and a web address without its scheme gets one", () => {
    expect(org('999999001')?.record).toEqual({
      name: 'BRANDENBURGISCHE TECHNISCHE UNIVERSITAT COTTBUS-SENFTENBERG',
      shortName: 'BTU',
      kind: 'university',
      universityKind: 'university',
      city: 'COTTBUS',
      postCode: '03046',
      street: 'PLATZ DER DEUTSCHEN EINHEIT 1',
      country: 'DE',
      // The site's coordinates, from the geolocation column.
      lat: 51.767,
      lon: 14.326,
      website: 'https://www.b-tu.de',
      source: `CORDIS, organization.csv (${fileDate})`,
    });
  });

  it('lists a Fraunhofer institute as the file does: under the society legal name and its Munich address', () => {
    expect(org('999984059')?.record).toMatchObject({
      name: 'FRAUNHOFER GESELLSCHAFT ZUR FORDERUNG DER ANGEWANDTEN FORSCHUNG EV',
      shortName: 'Fraunhofer',
      city: 'MUENCHEN',
    });
  });

  it('keeps the role: the coordinator leads, participants and third parties are partners', () => {
    expect(
      fromFiles.participations.map((p) => [p.projectRecordId, p.provenance.recordId, p.record.role, p.sourceRole, p.euContributionEur]),
    ).toEqual([
      ['101091001', '101091001/999999001', 'lead', 'coordinator', 1500000],
      ['101091001', '101091001/999984059', 'partner', 'participant', 1250000.5],
      ['101091001', '101091001/999999003', 'partner', 'participant', 562500.25],
      ['101091001', '101091001/999999004', 'partner', 'thirdParty', 0],
      ['873003', '873003/999999006', 'partner', 'participant', 400000],
      ['873003', '873003/999999007', 'lead', 'coordinator', 800000],
      ['873003', '873003/999999008', 'partner', 'participant', 300000],
    ]);
    expect(fromFiles.participations[0]?.record).toEqual({
      organization: 'BRANDENBURGISCHE TECHNISCHE UNIVERSITAT COTTBUS-SENFTENBERG',
      project: 'Lightweight metal structures for cleaner vehicles',
      role: 'lead',
      source: `CORDIS, organization.csv (${fileDate})`,
    });
  });

  it('reads the same records from the downloaded zip, its files in a folder beside others', async () => {
    const fromZip = await readCordis({ zip: cordisZip }, { fileDate });
    // The same, but for the file names, which say the zip.
    expect(JSON.parse(JSON.stringify(fromZip).replaceAll('cordis-horizon.zip/', ''))).toEqual(fromFiles);
    expect(fromZip.projects[0]?.provenance.file).toBe('cordis-horizon.zip/project.csv');
  });

  it('takes another region when asked: Bavaria brings the project without a Brandenburg partner', async () => {
    const bavaria = await readCordis(cordisFiles, { fileDate, scope: { nutsPrefixes: ['DE2'], states: [] } });
    expect(bavaria.projects.map((p) => p.record.acronym)).toEqual(['LIGHTMETAL', 'OUTSIDE']);
    expect(bavaria.outOfScope).toBe(1);
  });
});

describe('a broken CORDIS file is reported with file, row and column', () => {
  it('names a required column that is missing', async () => {
    const organizations = scratch.copy(cordisFiles.organizations, 'organization.csv', '"nutsCode"', '"nuts"');
    expect(await problemsOf({ projects: cordisFiles.projects, organizations })).toEqual([
      { file: 'organization.csv', row: 1, column: null, field: 'nutsCode', value: null, expected: 'a column "nutsCode" (required)' },
    ]);
  });

  it('names a date that is no date, in the row as a spreadsheet counts it', async () => {
    // The first project's objective holds a line break: the third project is still row 4.
    const projects = scratch.copy(cordisFiles.projects, 'project.csv', '"2019-10-01"', '"2019-13-01"');
    expect(await problemsOf({ projects, organizations: cordisFiles.organizations })).toEqual([
      {
        file: 'project.csv',
        row: 4,
        column: 'startDate',
        field: 'startDate',
        value: '2019-13-01',
        expected: 'a date as YYYY-MM-DD (e.g. 2024-12-31)',
      },
    ]);
  });

  it('names an amount that is no amount, and leaves its project out', async () => {
    const projects = scratch.copy(cordisFiles.projects, 'project.csv', '"4312500.75"', '"4.312.500,75"');
    const batch = await readCordis({ projects, organizations: cordisFiles.organizations }, { fileDate });
    expect(batch.problems).toEqual([
      {
        file: 'project.csv',
        row: 2,
        column: 'ecMaxContribution',
        field: 'ecMaxContribution',
        value: '4.312.500,75',
        expected: 'an amount in euros as digits with an optional decimal mark (e.g. 499312.50)',
      },
    ]);
    expect(batch.projects.map((p) => p.record.acronym)).toEqual(['BERLINHUB']);
    expect(batch.participations.every((p) => p.projectRecordId === '873003')).toBe(true);
  });

  it('names an activity type it does not know', async () => {
    const organizations = scratch.copy(cordisFiles.organizations, 'organization.csv', '"OTH"', '"XYZ"');
    expect(await problemsOf({ projects: cordisFiles.projects, organizations })).toEqual([
      {
        file: 'organization.csv',
        row: 8,
        column: 'activityType',
        field: 'activityType',
        value: 'XYZ',
        expected: 'one of PRC, HES, REC, PUB, OTH',
      },
    ]);
  });

  it('says which file a zip lacks', async () => {
    const zip = scratch.write('empty.zip', new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]));
    expect(await problemsOf({ zip })).toEqual([
      { file: 'empty.zip', row: null, column: null, field: null, value: null, expected: 'a file organization.csv in the zip' },
    ]);
  });

  it('says when a file given as a zip is none', async () => {
    const zip = scratch.copy(cordisFiles.projects, 'project.zip', '"acronym"', '"acronym"');
    expect(await problemsOf({ zip })).toEqual([
      {
        file: 'project.zip',
        row: null,
        column: null,
        field: null,
        value: null,
        expected: 'a zip file (as CORDIS packages are downloaded)',
      },
    ]);
  });
});
