// Reading the audit trail: per record, per person, per import, since a date.
import { z } from 'zod';
import type { Database } from '../db.ts';
import { changeActions, changeEntities } from './audit.ts';

export const Change = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  action: z.enum(changeActions),
  entity: z.enum(changeEntities),
  entityId: z.string(),
  otherId: z.string().nullable(),
  version: z.number().int().nullable(),
  fields: z.array(z.string()),
  before: z.string().nullable(),
  after: z.string().nullable(),
  via: z.enum(['form', 'import', 'undo', 'cleanup']),
  importId: z.string().nullable(),
  file: z.string().nullable(),
  row: z.number().int().nullable(),
});
export type Change = z.infer<typeof Change>;

export interface ChangeFilter {
  entityId?: string | null;
  actorId?: string | null;
  importId?: string | null;
  /** ISO date or date-time: changes at or after it. */
  since?: string | null;
  /** Keyset cursor: changes older than this one. */
  before?: { at: string; id: string } | null;
}

const Row = z.object({ change: Change });

export async function listChanges(db: Database, filter: ChangeFilter, limit: number): Promise<Change[]> {
  const rows = await db.read(
    'curation/changes',
    {
      entityId: filter.entityId ?? null,
      actorId: filter.actorId ?? null,
      importId: filter.importId ?? null,
      since: filter.since ?? null,
      before: filter.before ?? null,
      limit,
    },
    Row,
  );
  return rows.map((r) => r.change);
}
