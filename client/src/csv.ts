// The one CSV writer behind every export, shaped for Excel: UTF-8 with a byte order mark (else
// Excel reads umlauts as Windows-1252), CRLF line ends, and the separator Excel expects in the UI's
// language (";" in German, where "," is the decimal mark). Every cell is quoted, so separators,
// quotes and line breaks inside a cell stay inside it.
import type { Lang } from './i18n.ts';

export type CsvCell = string | number | boolean | null | undefined;

export const csvSeparator: Readonly<Record<Lang, string>> = { de: ';', en: ',' };
const decimalMark: Readonly<Record<Lang, string>> = { de: ',', en: '.' };

/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP, "CSV
 * Injection"): =, +, -, @, tab and carriage return. Numbers are numbers, never formulas: typed as
 * numbers they are written plainly (a negative count stays a number Excel can sum), with the
 * language's decimal mark and no grouping. A number that arrives as text is treated as text.
 */
function cellText(lang: Lang, v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v).replace('.', decimalMark[lang]) : '';
  const text = String(v);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A whole file: a header row and the data rows, each cell formula-safe and quoted. */
export function toCsv(lang: Lang, header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const line = (cells: readonly CsvCell[]) => cells.map((c) => `"${cellText(lang, c).replace(/"/g, '""')}"`).join(csvSeparator[lang]);
  return `\uFEFF${[header, ...rows].map(line).join('\r\n')}\r\n`;
}

/** The file to download: the text's UTF-8 bytes, its BOM included. */
export const csvBlob = (text: string): Blob => new Blob([text], { type: 'text/csv;charset=utf-8' });
