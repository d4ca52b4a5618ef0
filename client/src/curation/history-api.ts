// The audit trail as the history dialog reads it: changes (by record, person or import, newest
// first, a page at a time), the imports, and undoing one. Undo carries the CSRF token.
import { gql, mutate } from '../api.ts';
import { graphql, type ResultOf } from '../graphql.ts';

const AuditTrailQuery = graphql(`query AuditTrail($record: ID, $user: ID, $importId: ID, $since: String, $after: String) {
  auditTrail(record: $record, user: $user, importId: $importId, since: $since, first: 50, after: $after) {
    entries { id at actorId actorName action entity entityId otherId version fields before after via importId file row }
    endCursor
  }
}`);

export type AuditPage = ResultOf<typeof AuditTrailQuery>['auditTrail'];
export type AuditEntry = AuditPage['entries'][number];

/** Which changes the dialog lists: of one record, one person, one import, since a date; all when empty. */
export interface HistoryFilter {
  record?: string;
  user?: string;
  importId?: string;
  since?: string;
}

export async function loadChanges(filter: HistoryFilter, after: string | null): Promise<AuditPage> {
  return (await gql(AuditTrailQuery, { ...filter, after })).auditTrail;
}

const ChangesSinceQuery = graphql(`query ChangesSince($since: String!) { changesSince(since: $since) { entity action count } }`);

export type ChangeCount = ResultOf<typeof ChangesSinceQuery>['changesSince'][number];

/** What changed since a date, counted by record kind and action: the yearly KPIs' figures. */
export async function loadChangeCounts(since: string): Promise<ChangeCount[]> {
  return (await gql(ChangesSinceQuery, { since })).changesSince;
}

const ImportsQuery = graphql(`query Imports { imports(first: 20) { id kind file mode actorName status summary at } }`);

export type ImportEntry = ResultOf<typeof ImportsQuery>['imports'][number];

export async function loadImports(): Promise<ImportEntry[]> {
  return (await gql(ImportsQuery)).imports;
}

const UndoImportMutation = graphql(`mutation UndoImport($importId: ID!) { undoImport(importId: $importId) }`);

/** Undoes a whole import; returns how many changes were taken back. */
export async function undoImport(csrf: string | null, importId: string): Promise<number> {
  return (await mutate(csrf, UndoImportMutation, { importId })).undoImport;
}

/** A record's values before or after a change, as the audit trail stores them (JSON), or null. */
export function valuesOf(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const v: unknown = JSON.parse(json);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The import's counts (ImportRecord.summary, JSON), or null. */
export function countsOf(summary: string | null): Record<string, number> | null {
  const v = valuesOf(summary);
  if (!v) return null;
  const counts = (typeof v.counts === 'object' && v.counts !== null ? v.counts : v) as Record<string, unknown>;
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(counts)) if (typeof n === 'number') out[k] = n;
  return out;
}
