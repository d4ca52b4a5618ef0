// Every bad file gives its precise report and leaves the graph as it was: an all-or-nothing
// import writes nothing unless every row passes, whatever is wrong and however large the file.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../server/curation/import/read-import-file.ts';
import { runImport } from '../../server/curation/import/run-import.ts';
import type { RecordKind } from '../../server/curation/records.ts';
import type { Database } from '../../server/db.ts';
import { loadDataset } from '../../seed/load.ts';
import { tinyDataset } from '../fixtures/tiny.ts';
import { utf8, windows1252, xlsx } from '../fixtures/imports/files.ts';
import { connect, freshDatabase } from '../setup/db.ts';
import { dataFingerprint, type Fingerprint } from '../setup/fingerprint.ts';

let db: Database;
let before: Fingerprint;
beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
  await loadDataset(db, tinyDataset(), { layout: false });
  before = await dataFingerprint(db);
});
afterAll(() => db.close());

const good = 'Oderland Stahlbau GmbH;Unternehmen;Cottbus;85';
const many = (n: number, last: string) =>
  ['Name;Art;Ort;Beschäftigte', ...Array.from({ length: n }, (_, i) => `Firma ${i} GmbH;Unternehmen;Cottbus;${i % 500}`), last].join(
    '\r\n',
  );

const badFiles: {
  name: string;
  kind: RecordKind;
  file: string;
  bytes: () => Promise<Buffer> | Buffer;
  expect: { row: number | null; column: string | null; value: string | null };
}[] = [
  {
    name: 'wrong headers',
    kind: 'organizations',
    file: 'a.csv',
    bytes: () => utf8('Firma;Typ;Stadt\r\nX;Unternehmen;Cottbus\r\n'),
    expect: { row: 1, column: 'Firma', value: 'Firma' },
  },
  {
    name: 'Windows-1252 with an unknown town',
    kind: 'organizations',
    file: 'b.csv',
    bytes: () => windows1252(`Name;Art;Ort;Beschäftigte\r\n${good}\r\nMüller Blechbau;Unternehmen;Großräschen-Süd;7\r\n`),
    expect: { row: 3, column: 'Ort', value: 'Großräschen-Süd' },
  },
  {
    name: 'duplicate ids',
    kind: 'organizations',
    file: 'c.csv',
    bytes: () => utf8(`Id;Name;Art;Ort\r\nx-1;A GmbH;Unternehmen;Cottbus\r\nx-1;B GmbH;Unternehmen;Cottbus\r\n`, true),
    expect: { row: 3, column: 'Id', value: 'x-1' },
  },
  {
    name: 'a malformed date',
    kind: 'projects',
    file: 'd.csv',
    bytes: () => utf8('Titel;Ebene;Beginn\r\nGusszentrum;regional;31.02.2024\r\n'),
    expect: { row: 2, column: 'Beginn', value: '31.02.2024' },
  },
  {
    name: 'coordinates outside Germany',
    kind: 'organizations',
    file: 'e.csv',
    bytes: () => utf8(`Name;Art;Ort;Breitengrad;Längengrad\r\nNeu GmbH;Unternehmen;Neustadt;40,1;13,2\r\n`),
    expect: { row: 2, column: 'Breitengrad', value: '40,1' },
  },
  {
    name: 'a formula cell',
    kind: 'organizations',
    file: 'f.csv',
    bytes: () => utf8(`Name;Art;Ort\r\n=HYPERLINK("x");Unternehmen;Cottbus\r\n`),
    expect: { row: 2, column: 'Name', value: '=HYPERLINK("x")' },
  },
  {
    name: 'a dangling project reference',
    kind: 'participations',
    file: 'g.csv',
    bytes: () => utf8('Organisation;Projekt;Rolle\r\nhs-btu;pr-404;Partner\r\n'),
    expect: { row: 2, column: 'Projekt', value: 'pr-404' },
  },
  {
    name: 'an XLSX with a malformed number',
    kind: 'organizations',
    file: 'h.xlsx',
    bytes: () =>
      xlsx({
        Organisationen: [
          ['Name', 'Art', 'Ort', 'Beschäftigte'],
          ['Neu GmbH', 'Unternehmen', 'Cottbus', 'zwölf'],
        ],
      }),
    expect: { row: 2, column: 'Beschäftigte', value: 'zwölf' },
  },
  {
    name: 'a large file whose last row is bad',
    kind: 'organizations',
    file: 'i.csv',
    bytes: () => utf8(many(5_000, 'Kaputt GmbH;Unternehmen;Cottbus;-1')),
    expect: { row: 5_002, column: 'Beschäftigte', value: '-1' },
  },
];

describe('bad import files', () => {
  for (const bad of badFiles) {
    it(`${bad.name}: refused with the file, row, column and value, and the graph unchanged`, async () => {
      const bytes = await bad.bytes();
      const summary = await runImport(
        db,
        { id: 'u-manager', name: 'manager' },
        {
          kind: bad.kind,
          file: bad.file,
          mode: 'all-or-nothing',
          open: () => readImportFile(Readable.from([bytes]), { kind: bad.kind, fileName: bad.file }),
        },
      );
      expect(summary.status).toBe('refused');
      expect(summary.problems.length, 'at least one problem is reported').toBeGreaterThan(0);
      expect(summary.problems).toContainEqual(expect.objectContaining({ file: bad.file, ...bad.expect, expected: expect.any(String) }));
      expect(await dataFingerprint(db)).toEqual(before);
    });
  }
});
