// Headers to fields: by the template's German and English names and aliases (case, umlauts and
// spaces do not count), overridden by a mapping the user gave or saved. Unknown headers and
// missing required columns are reported once, at the header, never again in every row.
import { createHash } from 'node:crypto';
import type { RecordKind } from '../records.ts';
import { NameLookup, nameKey } from './header-names.ts';
import type { ImportProblem } from './problems.ts';
import { type TemplateColumn, templates } from '../../../shared/import-templates.ts';

/** A user's mapping: header text → field of the kind, or null to leave the column out. */
export type ColumnMapping = Readonly<Record<string, string | null>>;

export interface MappedColumn {
  header: string;
  field: string | null;
  by: 'template' | 'mapping' | 'unknown';
}

export interface ColumnPlan {
  /** The columns read, by header text. */
  columns: ReadonlyMap<string, TemplateColumn>;
  mapped: readonly MappedColumn[];
  /** Required fields without a column: reported once here, not in every row. */
  missing: readonly string[];
  problems: readonly ImportProblem[];
}

const lookups = new Map<RecordKind, NameLookup<TemplateColumn>>();
function templateLookup(kind: RecordKind): NameLookup<TemplateColumn> {
  let lookup = lookups.get(kind);
  if (!lookup) {
    lookup = new NameLookup<TemplateColumn>();
    const columns = templates[kind].columns;
    // Names first, then aliases: an alias never takes a name another column has.
    for (const c of columns) for (const n of [c.de, c.en, c.field]) lookup.add(n, c);
    for (const c of columns) for (const n of c.aliases) lookup.add(n, c);
    lookups.set(kind, lookup);
  }
  return lookup;
}

/** The names a column is known by, for messages: "Ort (city)". */
export const columnLabel = (c: TemplateColumn) => (c.de === c.en ? c.de : `${c.de} (${c.en})`);

/** The key of a header set, the same for the same headers in any order, case or spelling. */
export function headersKey(headers: readonly string[]): string {
  const keys = [...new Set(headers.map(nameKey).filter((k) => k !== ''))].sort();
  return createHash('sha256').update(keys.join('\n')).digest('hex');
}

export interface PlanOptions {
  file: string;
  headerRow: number | null;
  mapping?: ColumnMapping | undefined;
  /**
   * Whether a required column missing from the headers is a problem. Not for JSON: an object
   * leaves out the keys it has no value for, and each row reports its own missing values.
   */
  requireColumns?: boolean;
}

export function planColumns(kind: RecordKind, headers: readonly string[], options: PlanOptions): ColumnPlan {
  const { file, headerRow, mapping = {}, requireColumns = true } = options;
  const template = templates[kind];
  const byField = new Map(template.columns.map((c) => [c.field, c]));
  const given = new NameLookup<string | null>();
  for (const [header, field] of Object.entries(mapping)) given.add(header, field);
  const columns = new Map<string, TemplateColumn>();
  const firstHeaderOf = new Map<string, string>();
  const mapped: MappedColumn[] = [];
  const problems: ImportProblem[] = [];
  const accepted = template.columns.map(columnLabel).join(', ');
  const problem = (column: string | null, field: string | null, value: string | null, expected: string) =>
    problems.push({ file, row: headerRow, column, field, value, expected });

  const seen = new Set<string>();
  for (const header of headers) {
    if (header === '' || seen.has(header)) {
      if (header !== '') problem(header, null, header, 'each header once (this one appears again; only its first column is read)');
      continue;
    }
    seen.add(header);
    const fromMapping = given.get(header);
    if (fromMapping === null) {
      mapped.push({ header, field: null, by: 'mapping' });
      continue;
    }
    const column = fromMapping !== undefined ? byField.get(fromMapping) : templateLookup(kind).get(header);
    if (fromMapping !== undefined && column === undefined) {
      problem(header, fromMapping, header, `a mapping to a field of ${kind}: ${template.columns.map((c) => c.field).join(', ')}`);
      continue;
    }
    if (column === undefined) {
      mapped.push({ header, field: null, by: 'unknown' });
      problem(
        header,
        null,
        header,
        `a column of the ${kind} template: ${accepted}; or map it to one (or leave it out) in the column mapping`,
      );
      continue;
    }
    const earlier = firstHeaderOf.get(column.field);
    if (earlier !== undefined) {
      problem(header, column.field, header, `one column for ${columnLabel(column)} (already read from "${earlier}")`);
      continue;
    }
    firstHeaderOf.set(column.field, header);
    columns.set(header, column);
    mapped.push({ header, field: column.field, by: fromMapping !== undefined ? 'mapping' : 'template' });
  }
  const missing = requireColumns ? template.columns.filter((c) => c.required && !firstHeaderOf.has(c.field)).map((c) => c.field) : [];
  for (const field of missing) {
    const c = byField.get(field);
    if (c) problem(null, field, null, `a column ${columnLabel(c)} (required; also accepted: ${c.aliases.join(', ') || 'no other names'})`);
  }
  return { columns, mapped, missing, problems };
}
