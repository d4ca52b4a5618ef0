// A source's columns found by name, once, at the header: the order of the columns and any columns
// added do not matter, and the names a source has used over the years are all accepted (compared
// as header-names.ts compares them: case, umlauts, spaces and punctuation do not count).
import { nameKeys } from '../curation/import/header-names.ts';
import type { ImportProblem } from '../curation/import/problems.ts';
import { SourceFileError } from './source-problems.ts';

export interface SourceColumn<F extends string> {
  field: F;
  /** The header names the source writes for it; the first is the one messages name. */
  names: readonly string[];
  required: boolean;
  /**
   * For a name the header repeats (the Förderkatalog's place columns, once for the recipient and
   * once for the executing site): the first such column after this field's column, and before the
   * column of any other field that columns are found after.
   */
  after?: F;
}

/** The column index of each field the file has. */
export type ColumnIndex<F extends string> = ReadonlyMap<F, number>;

const matches = (header: string, names: readonly string[]): boolean => {
  const keys = new Set(nameKeys(header).filter((k) => k !== ''));
  return names.some((n) => nameKeys(n).some((k) => keys.has(k)));
};

/** Finds every column; throws SourceFileError naming each required column that is missing. */
export function locateColumns<F extends string>(
  headers: readonly string[],
  columns: readonly SourceColumn<F>[],
  where: { file: string; headerRow: number | null },
): ColumnIndex<F> {
  const texts = headers.map(cellText);
  const index = new Map<F, number>();
  for (const c of columns) {
    if (c.after !== undefined) continue;
    const at = texts.findIndex((h) => matches(h, c.names));
    if (at >= 0) index.set(c.field, at);
  }
  const anchors = new Set(columns.flatMap((c) => (c.after === undefined ? [] : [c.after])));
  const anchorColumns = [...anchors].flatMap((f) => (index.has(f) ? [index.get(f) as number] : []));
  for (const c of columns) {
    if (c.after === undefined) continue;
    const from = index.get(c.after);
    if (from === undefined) continue;
    const to = Math.min(texts.length, ...anchorColumns.filter((a) => a > from));
    for (let i = from + 1; i < to; i += 1) {
      if (matches(texts[i] ?? '', c.names)) {
        index.set(c.field, i);
        break;
      }
    }
  }
  const problems: ImportProblem[] = columns
    .filter((c) => c.required && !index.has(c.field))
    .map((c) => ({
      file: where.file,
      row: where.headerRow,
      column: null,
      field: c.field,
      value: null,
      expected: `a column "${c.names[0]}"${c.after === undefined ? '' : ` after the column of ${c.after}`} (required${
        c.names.length > 1 ? `; also accepted: ${c.names.slice(1).join(', ')}` : ''
      })`,
    }));
  if (problems.length > 0) throw new SourceFileError(problems);
  return index;
}

/**
 * A cell's text, trimmed. The Förderkatalog writes cells as Excel text formulas (="01IS20001A")
 * so that Excel keeps leading zeros; the value is what is inside the quotes.
 */
export function cellText(raw: string | undefined): string {
  const s = (raw ?? '').trim();
  const formula = /^="(.*)"$/s.exec(s);
  return (formula ? (formula[1] ?? '').replace(/""/g, '"') : s).trim();
}
