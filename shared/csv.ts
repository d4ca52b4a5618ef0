// The one set of CSV rules behind every export, the explorer's downloads (client/src/csv.ts) and
// the server's network export (server/graphql/exports/) alike: a pure module with no DOM and no
// Node, so both sides import it without the client importing the server. Shaped for Excel: UTF-8
// with a byte order mark (else Excel reads umlauts as Windows-1252), CRLF line ends, and the
// separator Excel expects in the language (";" in German, where "," is the decimal mark). Every
// cell is quoted, so separators, quotes and line breaks inside a cell stay inside it.

export type CsvCell = string | number | boolean | null | undefined;

/** The dialect follows a language: German Excel expects ";" and a decimal comma. */
export type CsvLanguage = 'de' | 'en';

export const csvSeparator: Readonly<Record<CsvLanguage, string>> = { de: ';', en: ',' };
const decimalMark: Readonly<Record<CsvLanguage, string>> = { de: ',', en: '.' };

/** What a file starts with: UTF-8's byte order mark, so Excel reads it as UTF-8. */
export const csvBom = '\uFEFF';

/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP, "CSV
 * Injection"): =, +, -, @, tab and carriage return. Numbers are numbers, never formulas: typed as
 * numbers they are written plainly (a negative count stays a number Excel can sum), with the
 * language's decimal mark and no grouping. A number that arrives as text is treated as text.
 */
function cellText(lang: CsvLanguage, v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v).replace('.', decimalMark[lang]) : '';
  const text = String(v);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One row, each cell formula-safe and quoted, ended by CRLF: streamed writers use it row by row. */
export function csvLine(lang: CsvLanguage, cells: readonly CsvCell[]): string {
  return `${cells.map((c) => `"${cellText(lang, c).replace(/"/g, '""')}"`).join(csvSeparator[lang])}\r\n`;
}

/** A whole file: the byte order mark, a header row and the data rows. */
export function toCsv(lang: CsvLanguage, header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return csvBom + [header, ...rows].map((cells) => csvLine(lang, cells)).join('');
}
