// The rows of a source's CSV file by field, streamed: csv-reader.ts decodes the text (UTF-8 or
// Windows-1252, a BOM or none) and cuts the records; the columns are found once, by name.
import { readCsv } from '../curation/import/csv-reader.ts';
import { ImportFileError } from '../curation/import/file-errors.ts';
import type { ImportProblem } from '../curation/import/problems.ts';
import { cellText, locateColumns, type SourceColumn } from './columns.ts';
import { SourceFileError } from './source-problems.ts';

export interface SourceRow<F extends string> {
  /** The row as a spreadsheet shows it (the header is row 1). */
  row: number;
  /** The cell's text, trimmed; '' for a column the file does not have. */
  get(field: F): string;
  /** A problem of this row's cell of the field; null for a value made from several cells. */
  problem(field: F | null, expected: string, value?: string): ImportProblem;
}

export async function* readSourceCsv<F extends string>(
  chunks: AsyncIterable<Uint8Array>,
  columns: readonly SourceColumn<F>[],
  file: string,
): AsyncGenerator<SourceRow<F>> {
  let headers: readonly string[] = [];
  let index: ReadonlyMap<F, number> | null = null;
  try {
    for await (const event of readCsv(chunks)) {
      if ('header' in event) {
        headers = event.header;
        index = locateColumns(headers, columns, { file, headerRow: event.row });
        continue;
      }
      if (index === null) continue;
      const at = index;
      const values = event.values ?? [];
      const get = (field: F): string => {
        const i = at.get(field);
        return i === undefined ? '' : cellText(values[i]);
      };
      yield {
        row: event.row,
        get,
        problem: (field, expected, value) => {
          const i = field === null ? undefined : at.get(field);
          const column = i === undefined ? null : cellText(headers[i]);
          return { file, row: event.row, column, field, value: value ?? (field === null ? null : get(field)), expected };
        },
      };
    }
  } catch (err) {
    if (err instanceof ImportFileError) {
      throw new SourceFileError([{ file, row: err.row, column: null, field: null, value: err.value, expected: err.expected }]);
    }
    throw err;
  }
}
