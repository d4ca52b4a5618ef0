// Optimistic concurrency with a pessimistic core: an edit names the version it is based on; the
// record's write lock is taken first, then its version read, so two edits of one version cannot
// both pass the check (the second waits for the lock, then sees the first one's version).
import type { Tx } from '../db.ts';
import { conflict, missing } from './problems.ts';
import { organizationProfile, organizationProfiles, type OrganizationProfile, projectProfile, type ProjectProfile } from './profiles.ts';

/**
 * Locks many organisations (an import batch) and returns the profiles of those that exist. No
 * version check: an import matches first and compares values, it does not edit a version.
 */
export async function lockOrganizations(tx: Tx, ids: readonly string[]): Promise<Map<string, OrganizationProfile>> {
  if (ids.length === 0) return new Map();
  await tx.run('curation/organization-lock', { ids });
  return organizationProfiles(tx, ids);
}

async function lockAnd<P extends { version: number }>(
  tx: Tx,
  what: string,
  lock: string,
  read: (tx: Tx, id: string) => Promise<P | null>,
  id: string,
  expectedVersion: number | null,
): Promise<P> {
  const [locked] = await tx.run(lock, { id, ids: [id] });
  const current = locked ? await read(tx, id) : null;
  if (!current) throw missing(what, id);
  if (expectedVersion !== null && current.version !== expectedVersion) {
    throw await conflict(tx, what, id, expectedVersion, current.version);
  }
  return current;
}

/** Locks the organisation and returns its profile; NOT_FOUND or CONFLICT (naming what changed) otherwise. */
export const lockOrganization = (tx: Tx, id: string, expectedVersion: number | null): Promise<OrganizationProfile> =>
  lockAnd(tx, 'organisation', 'curation/organization-lock', organizationProfile, id, expectedVersion);

export const lockProject = (tx: Tx, id: string, expectedVersion: number | null): Promise<ProjectProfile> =>
  lockAnd(tx, 'project', 'curation/project-lock', projectProfile, id, expectedVersion);
