// A cell to the value its column holds, or what was expected instead. The zod record schema
// checks the value afterwards (ranges, lengths, formats); here only what the schema cannot see:
// the spelling of numbers, dates and enum words, lists in one cell, and cells that are not values.
import { type Cell, isCellList } from './cells.ts';
import { NameLookup } from './header-names.ts';
import { parseNumber } from './numbers.ts';
import type { TemplateColumn } from '../../../shared/import-templates.ts';

export type CellResult = { value: unknown } | { expected: string } | null;

/** The longest cell read: more than any field holds (notes: 5,000), less than a pasted document. */
export const maxCellLength = 5_000;
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const lineBreaksOrTabs = /[\t\n\r]/;
const formulaStart = /^[=+\-@]/;

const numberExpected = {
  integer: 'a whole number (1234 or 1.234)',
  decimal: 'a number (51,7563 or 51.7563)',
  amount: 'an amount in euros (1.234.567,89 or 1234567.89)',
} as const;
const dateExpected = 'a date as DD.MM.YYYY or YYYY-MM-DD';

const countryNames: Readonly<Record<string, string>> = {
  deutschland: 'DE',
  germany: 'DE',
  polen: 'PL',
  poland: 'PL',
  tschechien: 'CZ',
  czechia: 'CZ',
  oesterreich: 'AT',
  austria: 'AT',
  schweiz: 'CH',
  switzerland: 'CH',
  frankreich: 'FR',
  france: 'FR',
  niederlande: 'NL',
  netherlands: 'NL',
};

const lookups = new WeakMap<object, NameLookup<string>>();
function enumLookup(column: TemplateColumn): NameLookup<string> {
  const values = column.values ?? {};
  let lookup = lookups.get(values);
  if (!lookup) {
    lookup = new NameLookup<string>();
    for (const [stored, label] of Object.entries(values)) {
      for (const name of [stored, label.de, label.en, ...(label.aliases ?? [])]) lookup.add(name, stored);
    }
    lookups.set(values, lookup);
  }
  return lookup;
}

/** What an enum column accepts, German and English, for the report. */
export function enumExpected(column: TemplateColumn): string {
  return `one of ${Object.values(column.values ?? {})
    .map((l) => (l.de.toLowerCase() === l.en.toLowerCase() ? l.de : `${l.de}/${l.en}`))
    .join(', ')}`;
}

/** The problem with a text cell as such, before its column's rules: formulas, control characters, length. */
function textProblem(text: string, column: TemplateColumn): string | undefined {
  if (text.length > maxCellLength) return `at most ${maxCellLength} characters in a cell`;
  if (controlCharacters.test(text)) return 'text without control characters';
  if (column.type !== 'multiline' && lineBreaksOrTabs.test(text.trim())) return 'one line of text, without tabs or line breaks';
  const t = text.trim();
  if (t.startsWith('=')) return 'a value, not a formula';
  // + - @ also start formulas in spreadsheets; allowed where the column's value is a number or a phone number.
  if (formulaStart.test(t) && t.length > 1 && !isNumberType(column.type) && !(column.type === 'phone' && t.startsWith('+'))) {
    return 'a value, not a formula (a cell may start with + - @ only as a number)';
  }
  return undefined;
}

const isNumberType = (t: TemplateColumn['type']) => t === 'integer' || t === 'decimal' || t === 'amount';

/** The value of a cell for its column; null when the cell is empty (the field is absent). */
export function cellValue(cell: Cell, column: TemplateColumn): CellResult {
  if (cell === null) return null;
  if (isCellList(cell)) return column.type === 'list' ? listValue(cell, column) : { expected: 'one value, not a list' };
  if (cell instanceof Date) return dateCell(cell, column);
  if (typeof cell === 'object') {
    return { expected: 'formula' in cell ? 'a value, not a formula' : `a value, not ${cell.unsupported}` };
  }
  if (typeof cell === 'boolean') return { expected: column.type === 'enum' ? enumExpected(column) : 'a value, not true/false' };
  if (typeof cell === 'number') return numberCell(cell, column);
  if (typeof cell !== 'string') return { expected: 'a value' };
  const problem = textProblem(cell, column);
  if (problem) return { expected: problem };
  const text = cell.trim();
  if (text === '') return null;
  return textValue(text, column);
}

function textValue(text: string, column: TemplateColumn): CellResult {
  switch (column.type) {
    case 'integer':
    case 'decimal':
    case 'amount': {
      const n = parseNumber(text, column.type);
      return n === undefined ? { expected: numberExpected[column.type] } : { value: n };
    }
    case 'date':
      return dateText(text);
    case 'list':
      return listValue(text.split(/[;|]/), column);
    case 'enum': {
      const stored = enumLookup(column).get(text);
      return stored === undefined ? { expected: enumExpected(column) } : { value: stored };
    }
    case 'country':
      if (/^[a-z]{2}$/i.test(text)) return { value: text.toUpperCase() };
      return { value: countryNames[text.toLowerCase().replace(/ö/g, 'oe')] ?? text };
    case 'postcode':
      return { value: text.toUpperCase() };
    case 'url':
      return { value: /^www\./i.test(text) ? `https://${text}` : text };
    case 'text':
    case 'multiline':
    case 'phone':
      return { value: text };
  }
}

function listValue(items: readonly Cell[], column: TemplateColumn): CellResult {
  const values: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string' && typeof item !== 'number') return { expected: 'a list of names separated by ; or |' };
    const text = String(item);
    const problem = textProblem(text, column);
    if (problem) return { expected: problem };
    if (text.trim() !== '') values.push(text.trim());
  }
  return values.length === 0 ? null : { value: values };
}

function numberCell(n: number, column: TemplateColumn): CellResult {
  if (!Number.isFinite(n)) return { expected: 'a finite number' };
  switch (column.type) {
    case 'date':
      return excelSerialDate(n);
    case 'enum':
      return { expected: enumExpected(column) };
    case 'list':
      return { value: [String(n)] };
    case 'integer':
    case 'decimal':
    case 'amount':
      return { value: n };
    default:
      // A typed number where text is expected: written as Excel shows it ("1234", not "1.234e3").
      return { value: String(n) };
  }
}

function dateCell(d: Date, column: TemplateColumn): CellResult {
  if (Number.isNaN(d.getTime())) return { expected: dateExpected };
  if (column.type !== 'date') return { expected: 'text, not a date (format the column as text)' };
  // XLSX readers give a day as midnight UTC; the calendar day is its UTC date.
  return { value: d.toISOString().slice(0, 10) };
}

function dateText(text: string): CellResult {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (german) return { value: `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` };
  const iso = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return { value: iso[1] };
  return { expected: dateExpected };
}

// Excel counts days from 1899-12-30 (its 1900 leap-year bug makes earlier serials wrong, and no
// project starts before 1900-03-01 = 61).
const excelEpochMs = Date.UTC(1899, 11, 30);
function excelSerialDate(n: number): CellResult {
  if (n < 61 || n > 2_958_465) return { expected: dateExpected };
  return { value: new Date(excelEpochMs + Math.floor(n) * 86_400_000).toISOString().slice(0, 10) };
}
