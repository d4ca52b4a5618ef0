// Two records that are one organisation become one: every tie of the dropped record moves to the
// kept one (never duplicated), the chosen values are applied to it, and the dropped record is
// deleted. Both versions are checked; one transaction; the trail keeps the dropped record whole.
import type { Tx } from '../db.ts';
import { type Actor, type ChangeSource, recordChange } from './audit.ts';
import { type OrganizationChanges, saveOrganization } from './organizations.ts';
import { invalidRecord } from './problems.ts';
import type { OrganizationProfile } from './profiles.ts';
import { organizationWithTies } from './removal.ts';

export interface MergeOrganizations {
  keep: { id: string; version: number | null };
  drop: { id: string; version: number | null };
  /** Values for the kept record, e.g. the dropped record's name chosen in the merge dialog. */
  changes: OrganizationChanges;
}

export async function mergeOrganizations(
  tx: Tx,
  actor: Actor,
  source: ChangeSource,
  merge: MergeOrganizations,
): Promise<OrganizationProfile> {
  if (merge.keep.id === merge.drop.id) {
    throw invalidRecord('merge', [{ field: 'drop', value: merge.drop.id, expected: 'another organisation than the one kept' }]);
  }
  // Locks in id order, so two merges of the same pair cannot deadlock each other.
  const inIdOrder = [merge.keep, merge.drop].sort((x, y) => x.id.localeCompare(y.id));
  const locked = [];
  for (const r of inIdOrder) locked.push(await organizationWithTies(tx, r.id, r.version));
  const dropped = locked.find((r) => r.id === merge.drop.id);
  if (!dropped) throw new Error('unreachable: both records were locked');
  await tx.run('curation/organization-merge-ties', { keep: merge.keep.id, drop: merge.drop.id });
  await tx.run('curation/organization-delete', { id: merge.drop.id });
  await recordChange(tx, actor, source, {
    action: 'merge',
    entity: 'organization',
    entityId: merge.drop.id,
    otherId: merge.keep.id,
    version: dropped.version + 1,
    before: dropped,
    after: null,
  });
  const { profile } = await saveOrganization(tx, actor, source, { id: merge.keep.id, expectedVersion: null, changes: merge.changes });
  return profile;
}
