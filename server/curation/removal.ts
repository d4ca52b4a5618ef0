// Deleting organisations and projects, version-guarded; the audit record keeps the whole record
// with its ties, so nothing deleted is lost to the trail.
import { z } from 'zod';
import type { Tx } from '../db.ts';
import { type Actor, type ChangeSource, recordChange } from './audit.ts';
import { lockOrganization, lockProject } from './locking.ts';

const Ties = z.object({ ties: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))) });
const Participants = z.object({ participants: z.array(z.record(z.string(), z.unknown())) });

/** The organisation's profile and its ties, as its deletion or merge records them. */
export async function organizationWithTies(tx: Tx, id: string, expectedVersion: number | null) {
  const profile = await lockOrganization(tx, id, expectedVersion);
  const [row] = await tx.run('curation/organization-ties', { id }, Ties);
  return { ...profile, ties: row?.ties ?? {} };
}

export async function deleteOrganization(
  tx: Tx,
  actor: Actor,
  source: ChangeSource,
  id: string,
  expectedVersion: number | null,
): Promise<void> {
  const before = await organizationWithTies(tx, id, expectedVersion);
  await tx.run('curation/organization-delete', { id });
  await recordChange(tx, actor, source, {
    action: 'delete',
    entity: 'organization',
    entityId: id,
    version: before.version + 1,
    before,
    after: null,
  });
}

export async function deleteProject(tx: Tx, actor: Actor, source: ChangeSource, id: string, expectedVersion: number | null): Promise<void> {
  const profile = await lockProject(tx, id, expectedVersion);
  const [row] = await tx.run('curation/project-participants', { id }, Participants);
  const before = { ...profile, participants: row?.participants ?? [] };
  await tx.run('curation/project-delete', { id });
  await recordChange(tx, actor, source, {
    action: 'delete',
    entity: 'project',
    entityId: id,
    version: profile.version + 1,
    before,
    after: null,
  });
}
