// A file that cannot be read on (broken quoting, an encoding that changes halfway, not a
// spreadsheet): the reader stops, and the report names the row where it stopped and why.
export class ImportFileError extends Error {
  override name = 'ImportFileError';
  constructor(
    readonly row: number | null,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`${row === null ? '' : `row ${row}: `}${expected} (found: ${value})`);
  }
}
