// The audit trail: every change, by form or import, records who, when, what, before and after,
// and where it came from. Written inside the change's own transaction, so no change lands
// without its record and no record without its change.
import { randomUUID } from 'node:crypto';
import type { Tx } from '../db.ts';

/** Who makes a change: a signed-in user, or the command line (imports run by an operator). */
export interface Actor {
  id: string;
  name: string;
}

/** Where a change came from: a form in the explorer, a row of an imported file, an undo. */
export type ChangeSource =
  | { via: 'form' }
  | { via: 'import'; importId: string; file: string; row: number | null }
  | { via: 'undo'; importId: string }
  | { via: 'cleanup' };

export const changeActions = ['create', 'update', 'delete', 'merge', 'link', 'unlink'] as const;
export type ChangeAction = (typeof changeActions)[number];
export const changeEntities = ['organization', 'project', 'participation', 'cooperation', 'membership'] as const;
export type ChangeEntity = (typeof changeEntities)[number];

export interface ChangeRecord {
  action: ChangeAction;
  entity: ChangeEntity;
  entityId: string;
  /** The second end of a relationship (the project of a participation, the partner of a cooperation). */
  otherId?: string | null;
  /** The record's version after the change; null for relationships, which have none. */
  version: number | null;
  before: object | null;
  after: object | null;
}

/** The top-level fields whose values differ between two snapshots (either may be absent). */
export function changedFields(before: object | null, after: object | null): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('version');
  keys.delete('updatedAt');
  return [...keys].filter((k) => JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null)).sort();
}

export async function recordChange(tx: Tx, actor: Actor, source: ChangeSource, change: ChangeRecord): Promise<void> {
  await recordChanges(tx, actor, [{ source, change }]);
}

/** Several changes of one actor at once (an import batch), in one statement. */
export async function recordChanges(
  tx: Tx,
  actor: Actor,
  entries: readonly { source: ChangeSource; change: ChangeRecord }[],
): Promise<void> {
  if (entries.length === 0) return;
  const at = new Date().toISOString();
  const changes = entries.map(({ source, change }) => ({
    id: randomUUID(),
    at,
    action: change.action,
    entity: change.entity,
    entityId: change.entityId,
    otherId: change.otherId ?? null,
    version: change.version,
    fields: changedFields(change.before, change.after),
    before: change.before === null ? null : JSON.stringify(change.before),
    after: change.after === null ? null : JSON.stringify(change.after),
    via: source.via,
    importId: 'importId' in source ? source.importId : null,
    file: source.via === 'import' ? source.file : null,
    row: source.via === 'import' ? source.row : null,
  }));
  await tx.run('curation/change-record', { actorId: actor.id, actorName: actor.name, changes });
}
