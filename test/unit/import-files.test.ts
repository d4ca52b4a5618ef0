import { describe, expect, it } from 'vitest';
import { problemsCsv } from '../../server/curation/import/dry-run-report.ts';
import { readAll, report, utf8, windows1252, xlsx } from '../fixtures/imports/files.ts';

const orgHeader = 'Name;Art;Ort;PLZ;Breitengrad;Längengrad;Beschäftigte;Kompetenzen;Notizen';
const orgRows = [
  'Müller & Söhne GmbH;Unternehmen;Köln;50667;50,9375;6,9603;1.200;Schweißen|Fräsen;Größe: 5 €',
  'Fraunhofer IWU;Forschungsinstitut;Cottbus;03046;51,7563;14,3329;;Laser;',
];
const expectedOrgs = [
  {
    row: 2,
    record: {
      name: 'Müller & Söhne GmbH',
      kind: 'company',
      city: 'Köln',
      postCode: '50667',
      lat: 50.9375,
      lon: 6.9603,
      employees: 1200,
      competences: ['Schweißen', 'Fräsen'],
      notes: 'Größe: 5 €',
    },
  },
  {
    row: 3,
    record: {
      name: 'Fraunhofer IWU',
      kind: 'research_institute',
      city: 'Cottbus',
      postCode: '03046',
      lat: 51.7563,
      lon: 14.3329,
      competences: ['Laser'],
    },
  },
];
const orgCsv = (delimiter: string, eol = '\r\n') => [orgHeader, ...orgRows].map((l) => l.split(';').join(delimiter)).join(eol) + eol;

describe('good files in every format and encoding give the same records', () => {
  it.each([
    ['UTF-8 with BOM and ;', utf8(orgCsv(';'), true)],
    ['UTF-8 without BOM and ;', utf8(orgCsv(';'))],
    ['Windows-1252 and ; (German Excel)', windows1252(orgCsv(';'))],
    ['UTF-8 and tabs, Unix line ends', utf8(orgCsv('\t', '\n'))],
  ])('reads a CSV in %s', async (_, bytes) => {
    const { header, rows } = await readAll(bytes, 'organizations', 'orgs.csv');
    expect(header.problems).toEqual([]);
    expect(rows).toEqual(expectedOrgs);
  });

  it('reads a CSV with , as the delimiter and decimal points, quoted where a value has a comma', async () => {
    const text =
      'Name,Art,Ort,PLZ,Breitengrad,Längengrad,Beschäftigte,Kompetenzen,Notizen\n"Müller & Söhne GmbH",company,Köln,50667,50.9375,6.9603,"1,200",Schweißen|Fräsen,Größe: 5 €\nFraunhofer IWU,research institute,Cottbus,03046,51.7563,14.3329,,Laser,\n';
    const { header, rows } = await readAll(utf8(text), 'organizations', 'orgs.csv');
    expect(header.csv?.delimiter).toBe(',');
    expect(header.problems).toEqual([]);
    expect(rows).toEqual(expectedOrgs);
  });

  it('reads the same records from XLSX (typed cells, a postcode that lost its zero), a JSON array and JSON Lines', async () => {
    const sheet = await xlsx({
      Organisationen: [
        orgHeader.split(';'),
        ['Müller & Söhne GmbH', 'Unternehmen', 'Köln', 50667, 50.9375, 6.9603, 1200, 'Schweißen|Fräsen', 'Größe: 5 €'],
        ['Fraunhofer IWU', 'Forschungsinstitut', 'Cottbus', 3046, 51.7563, 14.3329, null, 'Laser', null],
      ],
    });
    // The array with German headers as keys (an object leaves out what it has no value for), JSON
    // Lines with the field names.
    const german = [
      {
        Name: 'Müller & Söhne GmbH',
        Art: 'company',
        Ort: 'Köln',
        PLZ: '50667',
        Breitengrad: 50.9375,
        Längengrad: 6.9603,
        Beschäftigte: 1200,
        Kompetenzen: ['Schweißen', 'Fräsen'],
        Notizen: 'Größe: 5 €',
      },
      {
        Name: 'Fraunhofer IWU',
        Art: 'Forschungsinstitut',
        Ort: 'Cottbus',
        PLZ: '03046',
        Breitengrad: '51,7563',
        Längengrad: 14.3329,
        Kompetenzen: 'Laser',
      },
    ];
    const fields = expectedOrgs.map((r) => r.record);
    for (const [bytes, name] of [
      [sheet, 'orgs.xlsx'],
      [utf8(JSON.stringify(german, null, 2)), 'orgs.json'],
      [utf8(fields.map((o) => JSON.stringify(o)).join('\n')), 'orgs.jsonl'],
    ] as const) {
      const { header, rows } = await readAll(bytes, 'organizations', name);
      expect(header.problems, name).toEqual([]);
      expect(
        rows.map((r) => ('record' in r ? r.record : r)),
        name,
      ).toEqual(expectedOrgs.map((r) => r.record));
    }
  });

  it('numbers rows as the spreadsheet does: a line break inside a quoted cell does not shift them', async () => {
    const text = 'Name;Art;Ort;Notizen\r\nA GmbH;Unternehmen;Cottbus;"Zeile 1\r\nZeile 2"\r\n\r\nB GmbH;Unternehmen;=1+1;\r\n';
    const { rows } = await readAll(utf8(text), 'organizations', 'orgs.csv');
    expect(rows).toEqual([
      { row: 2, record: { name: 'A GmbH', kind: 'company', city: 'Cottbus', notes: 'Zeile 1\r\nZeile 2' } },
      { row: 4, problems: [{ file: 'orgs.csv', row: 4, column: 'Ort', field: 'city', value: '=1+1', expected: 'a value, not a formula' }] },
    ]);
  });
});

describe('bad files give a precise report', () => {
  it('reports unknown headers and missing required columns once, at the header', async () => {
    const { header, rows } = await readAll(utf8('Firma;Art;Telefax\nMuster GmbH;Unternehmen;0355 1\n'), 'organizations', 'crm.csv');
    expect(header.problems.map((p) => [p.row, p.column, p.field, p.value])).toEqual([
      [1, 'Firma', null, 'Firma'],
      [1, 'Telefax', null, 'Telefax'],
      [1, null, 'name', null],
      [1, null, 'city', null],
    ]);
    expect(header.problems[0]?.expected).toMatch(
      /^a column of the organizations template: Id \(id\), Name \(name\), .*Quelle \(source\); or map it/,
    );
    expect(header.problems[2]?.expected).toBe(
      'a column Name (name) (required; also accepted: Firmenname, Organisation, Einrichtung, Unternehmen, organisation, company name)',
    );
    // The rows do not repeat the missing columns: the file's one problem is its header.
    expect(rows).toEqual([]);
  });

  it('reads umlauts of a Windows-1252 file, never as mojibake', async () => {
    const { header, rows } = await readAll(
      windows1252('Name;Art;Ort\nBäckerei Größe;Unternehmen;Fürstenwalde/Spree\n'),
      'organizations',
      'win.csv',
    );
    expect(header.csv).toEqual({ encoding: 'windows-1252', bom: false, delimiter: ';' });
    expect(rows).toEqual([{ row: 2, record: { name: 'Bäckerei Größe', kind: 'company', city: 'Fürstenwalde/Spree' } }]);
  });

  it('names the earlier row of a duplicate id and of the same organisation twice', async () => {
    const text =
      'Id;Name;Art;Ort\nco-1;A GmbH;Unternehmen;Cottbus\nco-2;B GmbH;Unternehmen;Cottbus\nco-1;C GmbH;Unternehmen;Cottbus\nco-4;a gmbh;Firma;COTTBUS\n';
    const r = await report(utf8(text), 'organizations', 'dupes.csv');
    expect(r.problems).toEqual([
      {
        file: 'dupes.csv',
        row: 4,
        column: 'Id',
        field: 'id',
        value: 'co-1',
        expected: 'an id not used by an earlier row (row 2 has it already)',
      },
      {
        file: 'dupes.csv',
        row: 5,
        column: 'Name',
        field: 'name',
        value: 'a gmbh',
        expected: 'one row per organisation (same name and town) (row 2 has it already)',
      },
    ]);
    expect([r.rows, r.valid, r.invalid, r.passes]).toEqual([4, 2, 2, false]);
  });

  it('names the earlier row of the same participation twice', async () => {
    const text = 'Organisation;Projekt;Rolle\nA GmbH;LeiSchi;Koordinator\nB GmbH;LeiSchi;Partner\na gmbh;leischi;partner\n';
    const r = await report(utf8(text), 'participations', 'teilnahmen.csv');
    expect(r.problems).toEqual([
      {
        file: 'teilnahmen.csv',
        row: 4,
        column: 'Organisation',
        field: 'organization',
        value: 'a gmbh',
        expected: 'one row per organisation and project (row 2 has it already)',
      },
    ]);
  });

  it('reports malformed numbers, dates and coordinates with the value and what was expected', async () => {
    const orgs =
      'Name;Art;Ort;Breitengrad;Längengrad;Beschäftigte;Gründungsjahr\nA GmbH;Unternehmen;Cottbus;51,75,3;14,3;zwölf;1650\nB GmbH;Unternehmen;Cottbus;14,3329;51,7563;12;2000\n';
    const r = await report(utf8(orgs), 'organizations', 'orgs.csv');
    expect(r.problems).toEqual([
      { file: 'orgs.csv', row: 2, column: 'Breitengrad', field: 'lat', value: '51,75,3', expected: 'a number (51,7563 or 51.7563)' },
      { file: 'orgs.csv', row: 2, column: 'Beschäftigte', field: 'employees', value: 'zwölf', expected: 'a whole number (1234 or 1.234)' },
      {
        file: 'orgs.csv',
        row: 2,
        column: 'Gründungsjahr',
        field: 'founded',
        value: '1650',
        expected: `a whole number from 1700 to ${new Date().getUTCFullYear()}`,
      },
      {
        file: 'orgs.csv',
        row: 3,
        column: 'Breitengrad',
        field: 'lat',
        value: '14,3329',
        expected: 'coordinates in DE (latitude 47.2…55.1, longitude 5.8…15.1); state the country for a site abroad',
      },
    ]);
    const projects =
      'Titel;Ebene;Beginn;Ende\nLeichtbau;landesweit;31.04.2024;01.01.2020\nGießerei 4.0;Bund;2024-13-01;\nSchweißen;EU;01.06.2024;31.12.2023\n';
    const p = await report(utf8(projects), 'projects', 'projekte.csv');
    expect(p.problems.map((x) => [x.row, x.column, x.value, x.expected])).toEqual([
      [2, 'Ebene', 'landesweit', 'one of Regional, National, International'],
      [2, 'Beginn', '31.04.2024', 'a date that exists'],
      [3, 'Beginn', '2024-13-01', 'a date that exists'],
      [4, 'Ende', '31.12.2023', 'a date on or after the start (2024-06-01)'],
    ]);
  });

  it('reports every problem of a row at once, the rules across fields too', async () => {
    const text = 'Name;Art;Ort;Breitengrad;Längengrad;Hochschulart\nX;Schmiede;Cottbus;10;10;Universität\n';
    const r = await report(utf8(text), 'organizations', 'orgs.csv');
    expect(r.problems.map((p) => [p.column, p.field])).toEqual([
      ['Art', 'kind'],
      ['Name', 'name'],
      ['Breitengrad', 'lat'],
    ]);
  });

  it('refuses formula cells in CSV and in XLSX, where the formula is kept and not its cached result', async () => {
    const csv = await report(
      utf8('Name;Art;Ort;Notizen\n"=HYPERLINK(""http://evil"",""x"")";Unternehmen;Cottbus;@SUMME(A1)\n'),
      'organizations',
      'f.csv',
    );
    expect(csv.problems.map((p) => [p.row, p.column, p.value, p.expected])).toEqual([
      [2, 'Name', '=HYPERLINK("http://evil","x")', 'a value, not a formula'],
      [2, 'Notizen', '@SUMME(A1)', 'a value, not a formula (a cell may start with + - @ only as a number)'],
    ]);
    const book = await xlsx({
      Tabelle1: [
        ['Name', 'Art', 'Ort', 'Beschäftigte'],
        ['A GmbH', 'Unternehmen', 'Cottbus', { formula: 'B7*2', result: 14 }],
      ],
    });
    const x = await report(book, 'organizations', 'f.xlsx');
    expect(x.problems).toEqual([
      { file: 'f.xlsx', row: 2, column: 'Beschäftigte', field: 'employees', value: '=B7*2', expected: 'a value, not a formula' },
    ]);
  });

  it('reports cells beyond the header (a delimiter in an unquoted value)', async () => {
    const r = await report(utf8('Name;Art;Ort\nA; B GmbH;Unternehmen;Cottbus\n'), 'organizations', 'x.csv');
    expect(r.problems.find((p) => p.column === null)).toEqual({
      file: 'x.csv',
      row: 2,
      column: null,
      field: null,
      value: '1 more cell(s) than the header has columns',
      expected: 'as many cells as the header has columns (3); a value with the delimiter in it must be in quotes',
    });
  });

  it('stops at a quote that is never closed and names its row, instead of reading the rest as one cell', async () => {
    const r = await report(
      utf8('Name;Art;Ort\nA GmbH;Unternehmen;Cottbus\n"B GmbH;Unternehmen;Cottbus\nC GmbH;Unternehmen;Cottbus\n'),
      'organizations',
      'q.csv',
    );
    expect(r.problems).toEqual([
      {
        file: 'q.csv',
        row: 3,
        column: null,
        field: null,
        value: 'a quote that is never closed',
        expected: 'quotes closed in every cell (a " opens a quoted cell that never ends)',
      },
    ]);
  });

  it('stops with a clear message when a file changes from UTF-8 to Windows-1252 after the first MiB', async () => {
    const lines = Array.from({ length: 45_000 }, (_, i) => `Firma ${i} GmbH;Unternehmen;Cottbus\n`);
    const head = utf8(`Name;Art;Ort\n${lines.join('')}`);
    expect(head.length).toBeGreaterThan(1 << 20);
    const r = await report(Buffer.concat([head, windows1252('Bäckerei;Unternehmen;Köln\n')]), 'organizations', 'mixed.csv');
    // The rows before the chunk that is not UTF-8 are read; then the file stops with one problem.
    expect(r.valid).toBeGreaterThan(40_000);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.value).toMatch(/^bytes after byte [\d,]+ that are not UTF-8$/);
    expect(r.problems.at(-1)?.expected).toBe(
      'one encoding throughout the file: save it again as "CSV UTF-8" (or all of it as Windows-1252)',
    );
  });

  it('reads the sheet named after the kind, not the first one, and rows by their sheet numbers', async () => {
    const book = await xlsx({
      Hinweise: [['bitte ausfüllen']],
      Projekte: [[], ['Titel', 'Ebene', 'Beginn'], ['Gießerei 4.0', 'National', new Date(Date.UTC(2024, 0, 15))]],
    });
    const { header, rows } = await readAll(book, 'projects', 'p.xlsx');
    expect(header.row).toBe(2);
    expect(rows).toEqual([{ row: 3, record: { title: 'Gießerei 4.0', level: 'national', start: '2024-01-15' } }]);
  });

  it('reports a later JSON key that no column takes, in the row where it appears', async () => {
    const json = JSON.stringify([
      { Name: 'A GmbH', Art: 'company', Ort: 'Cottbus' },
      { Name: 'B GmbH', Art: 'company', Ort: 'Cottbus', Umsatz: 5 },
    ]);
    const r = await report(utf8(json), 'organizations', 'o.json');
    expect(r.problems.map((p) => [p.row, p.column, p.value])).toEqual([[2, 'Umsatz', 'Umsatz']]);
  });

  it('says what to do with an old .xls file and a file that is not a workbook', async () => {
    expect((await report(utf8('x'), 'organizations', 'alt.xls')).problems[0]?.expected).toBe(
      'an .xlsx workbook (save the .xls file again as .xlsx)',
    );
    expect((await report(utf8('Name;Ort\n'), 'organizations', 'fake.xlsx')).problems[0]?.expected).toBe(
      'an Excel workbook (.xlsx); save .xls files as .xlsx',
    );
  });

  it('streams a large generated file and reports exactly its broken rows', async () => {
    const rows = 20_000;
    const lines = function* () {
      yield Buffer.from('Id;Name;Art;Ort;Beschäftigte\r\n');
      for (let i = 0; i < rows; i++)
        yield Buffer.from(`org-${i};Firma ${i} GmbH;${i % 5000 === 4999 ? 'Werkstatt' : 'Unternehmen'};Cottbus;${i % 300}\r\n`);
    };
    const { Readable } = await import('node:stream');
    const { readImportFile } = await import('../../server/curation/import/read-import-file.ts');
    const { dryRunReport } = await import('../../server/curation/import/dry-run-report.ts');
    const r = await dryRunReport(await readImportFile(Readable.from(lines()), { kind: 'organizations', fileName: 'big.csv' }), { keep: 2 });
    expect([r.rows, r.valid, r.problemCount, r.truncated]).toEqual([rows, rows - 4, 4, true]);
    expect(r.problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [5001, 'Art', 'Werkstatt'],
      [10001, 'Art', 'Werkstatt'],
    ]);
  });

  it('writes the problems as a CSV report that Excel opens, with a formula-like value shown as text', async () => {
    const r = await report(utf8('Name;Art;Ort\n=1+1;Unternehmen;Cottbus\n'), 'organizations', 'f.csv');
    const lines: string[] = [];
    for await (const line of problemsCsv(r.problems)) lines.push(line);
    expect(lines).toEqual(['\ufefffile;row;column;field;value;expected\r\n', "f.csv;2;Name;name;'=1+1;a value, not a formula\r\n"]);
  });
});
