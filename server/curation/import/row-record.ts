// One row to a record of its kind: each mapped cell to its value (cell-values.ts), then the kind's
// zod schema (server/curation/records.ts), so a row passes the same rules as an edit. A row
// reports all its problems at once; a field whose cell already failed, or whose required column
// is missing from the file (reported once at the header), is not reported again by the schema.
import type { z } from 'zod';
import { type RecordKind, recordSchemas } from '../records.ts';
import { type Cell, cellText, isEmptyCell, type SheetRow } from './cells.ts';
import { cellValue } from './cell-values.ts';
import type { ColumnPlan } from './column-mapping.ts';
import type { ImportProblem } from './problems.ts';

export type RecordOf<K extends RecordKind> = z.output<(typeof recordSchemas)[K]>;

export type RowOutcome<K extends RecordKind> =
  | { row: number; record: RecordOf<K>; input: Readonly<Record<string, unknown>> }
  | { row: number; problems: ImportProblem[]; input: Readonly<Record<string, unknown>> }
  | { row: number; empty: true };

export function rowRecord<K extends RecordKind>(kind: K, plan: ColumnPlan, sheetRow: SheetRow, file: string): RowOutcome<K> {
  const { row, cells } = sheetRow;
  const input: Record<string, unknown> = {};
  const written = new Map<string, { header: string; text: string }>();
  const problems: ImportProblem[] = [];
  const failed = new Set<string>(plan.missing);
  let anyValue = false;
  for (const [header, column] of plan.columns) {
    const cell: Cell = cells.get(header) ?? null;
    if (isEmptyCell(cell)) continue;
    anyValue = true;
    const text = cellText(cell);
    written.set(column.field, { header, text });
    const result = cellValue(cell, column);
    if (result === null) continue;
    if ('expected' in result) {
      failed.add(column.field);
      problems.push({ file, row, column: header, field: column.field, value: text, expected: result.expected });
    } else input[column.field] = result.value;
  }
  if (!anyValue && problems.length === 0 && ![...cells.values()].some((c) => !isEmptyCell(c))) return { row, empty: true };
  if (sheetRow.overflow) {
    problems.push({
      file,
      row,
      column: null,
      field: null,
      value: `${sheetRow.overflow} more cell(s) than the header has columns`,
      expected: `as many cells as the header has columns (${cells.size}); a value with the delimiter in it must be in quotes`,
    });
  }
  keepPostcodeZeros(input);
  const parsed = recordSchemas[kind].safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (failed.has(field)) continue;
      failed.add(field);
      const cell = written.get(field);
      // An absent required value fails zod's type check ("expected string, received undefined").
      const expected = issue.code === 'invalid_type' && input[field] === undefined ? 'a value (required)' : issue.message;
      problems.push({
        file,
        row,
        column: cell?.header ?? headerOf(plan, field),
        field: field || null,
        value: cell?.text ?? null,
        expected,
      });
    }
  }
  if (problems.length > 0 || !parsed.success) return { row, problems, input };
  return { row, record: parsed.data as RecordOf<K>, input };
}

/** The file's header of a field's column (an empty cell has no entry of its own). */
function headerOf(plan: ColumnPlan, field: string): string | null {
  for (const [header, column] of plan.columns) if (column.field === field) return header;
  return null;
}

/** Spreadsheets drop a German postcode's leading zero (03046 → 3046); it is put back for Germany only. */
function keepPostcodeZeros(input: Record<string, unknown>): void {
  const pc = input.postCode;
  if (typeof pc === 'string' && /^\d{4}$/.test(pc) && (input.country ?? 'DE') === 'DE') input.postCode = `0${pc}`;
}
