// A source file that cannot be read as the source writes it (a required column missing, a zip
// without the expected file): reading stops, and every problem says file, row, column and what
// was expected. Problems of single rows do not stop reading; they are collected beside the records.
import type { ImportProblem } from '../curation/import/problems.ts';

export class SourceFileError extends Error {
  override name = 'SourceFileError';
  constructor(readonly problems: readonly ImportProblem[]) {
    super(
      problems
        .map((p) => `${p.file}${p.row === null ? '' : `, row ${p.row}`}${p.column === null ? '' : `, column "${p.column}"`}: ${p.expected}`)
        .join('\n'),
    );
  }
}
