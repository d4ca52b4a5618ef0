// A mapped record through the schema every import uses (server/curation/records.ts): what passes
// is what the import accepts; what does not becomes problems located at the source's own cell.
import type { z } from 'zod';
import type { ImportProblem } from '../curation/import/problems.ts';
import type { SourceRow } from './source-csv.ts';

export function checked<T, F extends string>(
  schema: z.ZodType<T>,
  candidate: Record<string, unknown>,
  row: SourceRow<F>,
  /** The source's field each record field was made from. */
  madeFrom: Partial<Record<string, F>>,
): { record: T } | { problems: ImportProblem[] } {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { record: parsed.data };
  return {
    problems: parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? '');
      const from = madeFrom[field];
      if (from !== undefined) return row.problem(from, issue.message);
      const value = candidate[field];
      return { ...row.problem(null, issue.message, value === undefined ? undefined : String(value)), field };
    }),
  };
}
