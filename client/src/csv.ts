// The explorer's CSV downloads: the rules themselves (BOM, CRLF, the language's separator,
// formula-safe cells) are shared/csv.ts, which the server's network export writes with too.
export { csvSeparator, toCsv, type CsvCell } from '../../shared/csv.ts';

/** The file to download: the text's UTF-8 bytes, its BOM included. */
export const csvBlob = (text: string): Blob => new Blob([text], { type: 'text/csv;charset=utf-8' });
