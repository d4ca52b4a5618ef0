// CSV rows, streamed: the text decoded (text-encoding.ts), the delimiter taken from the header line
// (German Excel writes ";", others "," or a tab), and the records cut by csv-parse, which handles
// quotes, doubled quotes and line breaks inside quoted cells and keeps Node's backpressure.
// Rows are numbered as a spreadsheet shows them: the header is row 1, each record one row, so
// a cell with a line break does not shift the numbers after it.
import { pipeline, Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { Cell, SheetEvent } from './cells.ts';
import { ImportFileError } from './file-errors.ts';
import { decodeText, type TextEncodingName } from './text-encoding.ts';

export type CsvDelimiter = ';' | ',' | '\t';

export interface CsvInfo {
  encoding: TextEncodingName;
  bom: boolean;
  delimiter: CsvDelimiter;
}

/** The longest record read: a quote left open would otherwise swallow the rest of the file. */
const maxRecordChars = 1_000_000;

/** The delimiter used most often outside quotes in the header line; ";" wins a tie (German Excel). */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch] += 1;
  }
  const order: CsvDelimiter[] = [';', ',', '\t'];
  return order.reduce((best, d) => (counts[d] > counts[best] ? d : best), ';');
}

export async function* readCsv(chunks: AsyncIterable<Uint8Array>, onInfo: (info: CsvInfo) => void = () => {}): AsyncGenerator<SheetEvent> {
  const { encoding, bom, text } = await decodeText(chunks);
  // The header line, from as many chunks as it takes; the chunks read are given to the parser.
  const start: string[] = [];
  for (;;) {
    const next = await text.next();
    if (next.done) break;
    start.push(next.value);
    if (next.value.includes('\n')) break;
  }
  const firstText = start.join('');
  const delimiter = detectDelimiter(firstText.split(/\r?\n/, 1)[0] ?? '');
  onInfo({ encoding, bom, delimiter });
  async function* all(): AsyncGenerator<string> {
    yield firstText;
    yield* text;
  }
  const parser = parse({ delimiter, relax_column_count: true, relax_quotes: true, max_record_size: maxRecordChars });
  pipeline(Readable.from(all()), parser, () => {
    // Errors reach the loop below through the parser, which the pipeline destroys with them.
  });
  let row = 0;
  let header: string[] | null = null;
  try {
    for await (const record of parser) {
      row += 1;
      const cells = stringCells(record);
      if (header === null) {
        if (cells.every((c) => c.trim() === '')) continue;
        header = cells.map((c) => c.trim());
        yield { header, row };
        continue;
      }
      const map = new Map<string, Cell>();
      header.forEach((h, i) => {
        if (!map.has(h)) map.set(h, cells[i] ?? null);
      });
      const overflow = cells.slice(header.length).filter((c) => c.trim() !== '').length;
      yield overflow > 0 ? { row, cells: map, overflow, values: cells } : { row, cells: map, values: cells };
    }
  } catch (err) {
    // The parser runs ahead of this loop: its own count of records says where it stopped.
    if (err instanceof CsvError) throw csvProblem(err, typeof err.records === 'number' ? err.records + 1 : row + 1);
    throw err;
  }
  if (header === null) throw new ImportFileError(1, '(empty file)', 'a header row with the column names');
}

function stringCells(record: unknown): string[] {
  return Array.isArray(record) ? record.map((c) => (typeof c === 'string' ? c : String(c))) : [];
}

function csvProblem(err: CsvError, row: number): ImportFileError {
  if (err.code === 'CSV_MAX_RECORD_SIZE') {
    return new ImportFileError(
      row,
      `a record longer than ${maxRecordChars.toLocaleString('en')} characters`,
      'quotes closed in every cell (a " opens a quoted cell that never ends)',
    );
  }
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new ImportFileError(
      row,
      'a quote that is never closed',
      'quotes closed in every cell (a " opens a quoted cell that never ends)',
    );
  }
  return new ImportFileError(row, err.message, 'a well-formed CSV record');
}
