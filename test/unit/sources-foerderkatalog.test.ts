import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readFoerderkatalog, SourceFileError } from '../../server/sources/index.ts';
import { foerderkatalogExport, scratchFolder } from '../fixtures/sources/files.ts';

const fileDate = '2026-11-29';
const source = `Förderkatalog des Bundes, suche.csv (${fileDate})`;
const scratch = scratchFolder();
afterAll(scratch.remove);

const batch = await readFoerderkatalog(foerderkatalogExport, { fileDate });

async function problemsOf(file: string) {
  try {
    return (await readFoerderkatalog(file, { fileDate })).problems;
  } catch (err) {
    if (err instanceof SourceFileError) return err.problems;
    throw err;
  }
}

describe('a Förderkatalog export read as the file says', () => {
  it('makes ONE national project of the parts of a joint project, field by field', () => {
    expect(batch.projects).toEqual([
      {
        row: 3,
        record: {
          // The first part's topic (by FKZ) without "Verbundprojekt:" and its own part's title;
          // typographic quotes and the euro sign are Windows-1252 bytes in the file.
          title: 'Leichtbau für „Großserien“ unter 5 € je kg (LeiGro)',
          acronym: 'LeiGro',
          level: 'national',
          programme: 'BMBF – Produktionstechnologien',
          start: '2023-01-01',
          end: '2026-02-28',
          // 1.234.567,89 + 845.000,00 + 312.450,50
          fundingEur: 2392018.39,
          website: 'https://foerderportal.bund.de/foekat/jsp/SucheAction.do?actionMode=view&fkz=02P20A001',
          source,
        },
        provenance: { source: 'foerderkatalog', recordId: 'LeiGro', file: 'suche.csv', fileDate },
        fundingCodes: ['02P20A001', '02P20A002', '02P20A003'],
      },
    ]);
  });

  it('leaves out single projects and joint projects without a recipient or site in the region, and counts them', () => {
    expect(batch.singleProjects).toBe(1);
    expect(batch.outOfScope).toBe(1);
    expect(batch.problems).toEqual([]);
  });

  it('takes each recipient as a partner, with the place of the recipient', () => {
    const recipients = batch.organizations.filter((o) => !o.record.name.startsWith('Fraunhofer'));
    expect(recipients.map((o) => o.record)).toEqual([
      {
        name: 'Brandenburgische Technische Universität Cottbus-Senftenberg',
        kind: 'university',
        universityKind: 'university',
        city: 'Cottbus',
        country: 'DE',
        source,
      },
      { name: 'Müller Stahlbau GmbH', kind: 'company', city: 'Eberswalde', country: 'DE', source },
    ]);
    expect(batch.organizations.every((o) => o.kindGuessed === true)).toBe(true);
    expect(
      batch.participations.map((p) => [p.record.organization, p.record.project, p.record.role, p.provenance.recordId, p.sourceRole]),
    ).toEqual([
      [
        'Brandenburgische Technische Universität Cottbus-Senftenberg',
        'Leichtbau für „Großserien“ unter 5 € je kg (LeiGro)',
        'partner',
        '02P20A001',
        'Zuwendungsempfänger',
      ],
      [
        'Fraunhofer-Institut für Angewandte Polymerforschung IAP',
        'Leichtbau für „Großserien“ unter 5 € je kg (LeiGro)',
        'partner',
        '02P20A002',
        'Ausführende Stelle',
      ],
      ['Müller Stahlbau GmbH', 'Leichtbau für „Großserien“ unter 5 € je kg (LeiGro)', 'partner', '02P20A003', 'Zuwendungsempfänger'],
    ]);
  });

  it('takes part with the executing site where a research society receives the money: the Fraunhofer institute in Potsdam, not the head office in Munich', () => {
    expect(batch.organizations.find((o) => o.record.name.startsWith('Fraunhofer'))?.record).toEqual({
      name: 'Fraunhofer-Institut für Angewandte Polymerforschung IAP',
      kind: 'research_institute',
      society: 'fraunhofer',
      city: 'Potsdam',
      country: 'DE',
      source,
    });
    expect(batch.organizations.some((o) => o.record.name.startsWith('Fraunhofer-Gesellschaft'))).toBe(false);
  });

  it("keeps a university's executing site beside it: the chair takes part as its university", () => {
    const btu = batch.organizations.find((o) => o.record.name.startsWith('Brandenburgische'));
    expect(btu?.sites).toEqual([
      { name: 'BTU Cottbus-Senftenberg - Lehrstuhl Füge- und Schweißtechnik', city: 'Cottbus', state: 'Brandenburg', country: 'DE' },
    ]);
    expect(batch.organizations.find((o) => o.record.name.startsWith('Müller'))?.sites).toBeUndefined();
  });

  it('finds the columns by the names of the newer export too, in another order', async () => {
    const text = iconv.decode(readFileSync(foerderkatalogExport), 'windows-1252');
    const [header, ...rows] = text.split('\r\n');
    const renamed = (header ?? '')
      .replace('Zuwendungsempfänger', 'Förderempfänger /Auftragnehmer')
      .replace(';PT;', ';Administrierende Stelle;')
      .replace('Thema;', 'Thema des geförderten Vorhabens;')
      .replace('Fördersumme in EUR', 'Förder- / Auftragssumme (Anteil des Bundes) in EUR')
      .replace('Verbundprojekt', 'Projekt');
    // The joint project's column moved to the front, with an added column at the end.
    const moved = (line: string, extra: string) => {
      const cells = line.split(';');
      const joint = cells.splice(24, 1);
      return [...joint, ...cells, extra].join(';');
    };
    const file = scratch.write(
      'neu.csv',
      iconv.encode([moved(renamed, 'Neue Spalte'), ...rows.filter((r) => r !== '').map((r) => moved(r, 'x'))].join('\r\n'), 'windows-1252'),
    );
    const again = await readFoerderkatalog(file, { fileDate });
    const withoutSource = (b: typeof batch) => ({
      projects: b.projects.map((p) => ({ ...p.record, source: null })),
      organizations: b.organizations.map((o) => [o.record.name, o.record.city, o.sites]),
      counts: [b.problems.length, b.singleProjects, b.outOfScope, b.participations.length],
    });
    expect(withoutSource(again)).toEqual(withoutSource(batch));
  });
});

describe('a broken Förderkatalog export is reported with file, row and column', () => {
  it('names a required column that is missing', async () => {
    const file = scratch.copy(foerderkatalogExport, 'ohne-verbund.csv', ';Verbundprojekt;', ';Verbund;', 'latin1');
    expect(await problemsOf(file)).toEqual([
      {
        file: 'ohne-verbund.csv',
        row: 1,
        column: null,
        field: 'jointProject',
        value: null,
        expected: 'a column "Verbundprojekt" (required; also accepted: Projekt)',
      },
    ]);
  });

  it('names a date that does not exist, and leaves the whole joint project out', async () => {
    const file = scratch.copy(foerderkatalogExport, 'datum.csv', '01.03.2023;28.02.2026', '01.03.2023;31.02.2026', 'latin1');
    const read = await readFoerderkatalog(file, { fileDate });
    expect(read.problems).toEqual([
      {
        file: 'datum.csv',
        row: 2,
        column: 'Laufzeit bis',
        field: 'end',
        value: '31.02.2026',
        expected: 'a date as DD.MM.YYYY (e.g. 31.12.2024)',
      },
    ]);
    expect(read.projects).toEqual([]);
  });

  it('names an amount written the English way', async () => {
    const file = scratch.copy(foerderkatalogExport, 'betrag.csv', '312.450,50', '312,450.50', 'latin1');
    expect(await problemsOf(file)).toEqual([
      {
        file: 'betrag.csv',
        row: 5,
        column: 'Fördersumme in EUR',
        field: 'amount',
        value: '312,450.50',
        expected: 'an amount in euros as 1.234.567,89 (dots for thousands, a comma for cents)',
      },
    ]);
  });
});
