import { describe, expect, it } from 'vitest';
import { cellValue } from '../../server/curation/import/cell-values.ts';
import { nameKey } from '../../server/curation/import/header-names.ts';
import { parseNumber } from '../../server/curation/import/numbers.ts';
import { type TemplateColumn, templates } from '../../shared/import-templates.ts';

const orgColumn = (field: string): TemplateColumn => {
  const c = templates.organizations.columns.find((x) => x.field === field);
  if (!c) throw new Error(`no column ${field}`);
  return c;
};
const projectColumn = (field: string): TemplateColumn => {
  const c = templates.projects.columns.find((x) => x.field === field);
  if (!c) throw new Error(`no column ${field}`);
  return c;
};

describe('numbers as German and English lists write them', () => {
  it.each([
    ['1.234,5', 'decimal', 1234.5],
    ['1234.5', 'decimal', 1234.5],
    ['1234,5', 'decimal', 1234.5],
    ['1,234.5', 'decimal', 1234.5],
    ['1 234', 'integer', 1234],
    ['1\u00a0234,50', 'amount', 1234.5],
    ['1.234', 'integer', 1234],
    ['1.234', 'decimal', 1.234],
    ['1.250.000', 'amount', 1250000],
    ['1.250.000,00 €', 'amount', 1250000],
    ['1,250,000', 'integer', 1250000],
    ['1,200', 'integer', 1200],
    ['1,200', 'decimal', 1.2],
    ['-3,5', 'decimal', -3.5],
    ['51.7563', 'decimal', 51.7563],
  ] as const)('reads %s as a %s number', (text, style, expected) => {
    expect(parseNumber(text, style)).toBe(expected);
  });

  it.each(['12,5,3', 'abc', '1.2.3', '1,23,4', '', '12a', '1..2'])('refuses %j', (text) => {
    expect(parseNumber(text, 'decimal')).toBeUndefined();
  });
});

describe('cells to values', () => {
  it('treats an empty or blank cell as no value', () => {
    expect(cellValue('', orgColumn('name'))).toBeNull();
    expect(cellValue('   ', orgColumn('name'))).toBeNull();
    expect(cellValue(null, orgColumn('lat'))).toBeNull();
  });

  it('trims text', () => {
    expect(cellValue('  Muster GmbH ', orgColumn('name'))).toEqual({ value: 'Muster GmbH' });
  });

  it('reads German and ISO dates, Excel serial days and date cells', () => {
    const start = projectColumn('start');
    expect(cellValue('31.12.2024', start)).toEqual({ value: '2024-12-31' });
    expect(cellValue('1.2.2024', start)).toEqual({ value: '2024-02-01' });
    expect(cellValue('2024-12-31', start)).toEqual({ value: '2024-12-31' });
    expect(cellValue(45657, start)).toEqual({ value: '2024-12-31' });
    expect(cellValue(new Date(Date.UTC(2024, 11, 31)), start)).toEqual({ value: '2024-12-31' });
    expect(cellValue('12/31/2024', start)).toEqual({ expected: 'a date as DD.MM.YYYY or YYYY-MM-DD' });
  });

  it('splits lists at ; and |', () => {
    expect(cellValue('Schweißen; Fräsen | Laser', orgColumn('competences'))).toEqual({ value: ['Schweißen', 'Fräsen', 'Laser'] });
    expect(cellValue(['Schweißen', 'Fräsen'], orgColumn('competences'))).toEqual({ value: ['Schweißen', 'Fräsen'] });
  });

  it('maps fixed values given in German, English or an alias to the stored value', () => {
    expect(cellValue('Forschungsinstitut', orgColumn('kind'))).toEqual({ value: 'research_institute' });
    expect(cellValue('research institute', orgColumn('kind'))).toEqual({ value: 'research_institute' });
    expect(cellValue('research_institute', orgColumn('kind'))).toEqual({ value: 'research_institute' });
    expect(cellValue('UNTERNEHMEN', orgColumn('kind'))).toEqual({ value: 'company' });
    const role = templates.participations.columns.find((c) => c.field === 'role');
    if (!role) throw new Error('no role column');
    expect(cellValue('Leitung', role)).toEqual({ value: 'lead' });
    expect(cellValue('Koordinator', role)).toEqual({ value: 'lead' });
    expect(cellValue('partner', role)).toEqual({ value: 'partner' });
    expect(cellValue('Chef', role)).toEqual({ expected: 'one of Koordinator/lead, Partner' });
  });

  it('refuses a formula: a cell starting with =, or with + - @ unless it is a number or a phone number', () => {
    expect(cellValue('=HYPERLINK("http://x","y")', orgColumn('name'))).toEqual({ expected: 'a value, not a formula' });
    expect(cellValue('@SUM(A1)', orgColumn('name'))).toEqual({
      expected: 'a value, not a formula (a cell may start with + - @ only as a number)',
    });
    expect(cellValue('-2+3', orgColumn('notes'))).toEqual({
      expected: 'a value, not a formula (a cell may start with + - @ only as a number)',
    });
    expect(cellValue('-3,5', orgColumn('lat'))).toEqual({ value: -3.5 });
    expect(cellValue('+49 355 123456', orgColumn('contactPhone'))).toEqual({ value: '+49 355 123456' });
    expect(cellValue({ formula: 'A1*2' }, orgColumn('employees'))).toEqual({ expected: 'a value, not a formula' });
  });

  it('refuses control characters, line breaks outside notes, and over-long cells', () => {
    expect(cellValue('Muster\u0007GmbH', orgColumn('name'))).toEqual({ expected: 'text without control characters' });
    expect(cellValue('Muster\nGmbH', orgColumn('name'))).toEqual({ expected: 'one line of text, without tabs or line breaks' });
    expect(cellValue('Zeile 1\nZeile 2', orgColumn('notes'))).toEqual({ value: 'Zeile 1\nZeile 2' });
    expect(cellValue('x'.repeat(5001), orgColumn('notes'))).toEqual({ expected: 'at most 5000 characters in a cell' });
  });

  it('writes a typed number in a text column as Excel shows it, and puts https:// before www.', () => {
    expect(cellValue(4711, orgColumn('id'))).toEqual({ value: '4711' });
    expect(cellValue('www.muster.de', orgColumn('website'))).toEqual({ value: 'https://www.muster.de' });
  });
});

describe('header names', () => {
  it('ignores case, umlauts written out or dropped, ß, spaces and punctuation', () => {
    expect(nameKey('Straße')).toBe(nameKey('STRASSE'));
    expect(nameKey('Längengrad')).toBe(nameKey('laengengrad'));
    expect(nameKey('E-Mail')).toBe(nameKey('e mail'));
  });
});
