// The dry run: every row read and checked, nothing written. The report counts the rows and keeps
// the first problems for the screen; every problem goes to onProblem as it is found, so a full
// list (a download, a terminal) never has to be held. Memory stays bounded by `keep`.
import type { RecordKind } from '../records.ts';
import type { ImportProblem } from './problems.ts';
import type { ImportFile, ImportHeader } from './read-import-file.ts';

export interface DryRunReport {
  header: ImportHeader;
  /** Rows with a value (empty rows are not counted). */
  rows: number;
  valid: number;
  invalid: number;
  /** Header, file and row problems together. */
  problemCount: number;
  /** The first `keep` problems, in file order. */
  problems: ImportProblem[];
  truncated: boolean;
  /** True when every row passed and the header had no problem: an all-or-nothing import may go ahead. */
  passes: boolean;
}

export interface DryRunOptions {
  keep?: number;
  onProblem?: (problem: ImportProblem) => void;
  /** Called every `progressEvery` rows with the rows read so far. */
  onProgress?: (rows: number) => void;
  progressEvery?: number;
}

export async function dryRunReport<K extends RecordKind>(file: ImportFile<K>, options: DryRunOptions = {}): Promise<DryRunReport> {
  const { keep = 200, onProblem = () => {}, onProgress = () => {}, progressEvery = 10_000 } = options;
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  const note = (p: ImportProblem) => {
    problemCount += 1;
    if (problems.length < keep) problems.push(p);
    onProblem(p);
  };
  file.header.problems.forEach(note);
  let rows = 0;
  let valid = 0;
  for await (const r of file.rows) {
    if ('record' in r) {
      rows += 1;
      valid += 1;
    } else {
      if (r.row !== null) rows += 1;
      r.problems.forEach(note);
    }
    if (rows % progressEvery === 0) onProgress(rows);
  }
  return {
    header: file.header,
    rows,
    valid,
    invalid: rows - valid,
    problemCount,
    problems,
    truncated: problemCount > problems.length,
    passes: problemCount === 0,
  };
}

const csvColumns = ['file', 'row', 'column', 'field', 'value', 'expected'] as const;

/** The problems as CSV lines (UTF-8 with BOM, ";", German Excel opens it as is), streamed. */
export async function* problemsCsv(problems: AsyncIterable<ImportProblem> | Iterable<ImportProblem>): AsyncGenerator<string> {
  yield `\ufeff${csvColumns.join(';')}\r\n`;
  for await (const p of problems) yield `${csvColumns.map((c) => csvCell(p[c])).join(';')}\r\n`;
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  // The report is opened in Excel: a value that starts like a formula is shown as text.
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
