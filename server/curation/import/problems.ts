// One problem of an import, located as the user will look for it: the file, the row as the
// spreadsheet shows it, the column under the file's own header, the field it maps to, the value
// as written, and what was expected instead.
export interface ImportProblem {
  file: string;
  /** The row as the spreadsheet shows it (header = 1 in a CSV); null for the file as a whole. */
  row: number | null;
  /** The file's own header text; null for a problem of the row or file as a whole. */
  column: string | null;
  field: string | null;
  value: string | null;
  expected: string;
}
