// The review queue: imported organisations that might be one of the graph's wait here until a
// manager decides. Confirmed: the row updates that organisation, and its spelling is remembered
// so the next import matches it at once. Rejected: the row becomes a new organisation. Either
// way the change belongs to its import (undoing the import undoes it too).
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { Tx } from '../../db.ts';
import { ErrorCode } from '../../errors.ts';
import type { Actor } from '../audit.ts';
import { type OrganizationChanges, saveOrganizations } from '../organizations.ts';
import { invalidRecord, missing } from '../problems.ts';
import type { OrganizationProfile } from '../profiles.ts';
import { organizationRecord } from '../records.ts';
import { aliasKey } from './apply-organizations.ts';
import { DEMO_ID, demoOrganizations } from './demo-records.ts';

export const Review = z.object({
  id: z.string(),
  importId: z.string().nullable(),
  file: z.string().nullable(),
  row: z.number().int().nullable(),
  record: z.string(),
  name: z.string(),
  city: z.string().nullable(),
  candidateId: z.string(),
  confidence: z.number(),
  reasons: z.array(z.string()).nullable(),
  alternatives: z.string().nullable(),
  status: z.string(),
  createdAt: z.string(),
  candidateName: z.string().nullable(),
  candidateCity: z.string().nullable(),
});
export type Review = z.infer<typeof Review>;

// The review as its decision reads it (review-get.cypher), locked.
const Locked = z.object({
  review: Review.pick({
    id: true,
    importId: true,
    file: true,
    row: true,
    record: true,
    name: true,
    city: true,
    candidateId: true,
    status: true,
  }).extend({ keepMatched: z.boolean().nullable().optional() }),
});

/**
 * Decides one review: `sameAs` is the organisation the row is (the candidate or one of the
 * alternatives), or null when it is none of them and becomes a new organisation.
 */
export async function decideReview(tx: Tx, actor: Actor, id: string, sameAs: string | null): Promise<OrganizationProfile> {
  const [row] = await tx.run('curation/review-get', { id }, Locked);
  if (!row) throw missing('review', id);
  const q = row.review;
  if (q.status !== 'waiting') {
    throw new GraphQLError(`This match was decided already (${q.status}).`, {
      extensions: { code: ErrorCode.Conflict, id, status: q.status },
    });
  }
  // The queue offers real organisations only; a decision through the API may name any id.
  if (sameAs && (await demoOrganizations(tx, [sameAs])).has(sameAs)) {
    throw invalidRecord('decision', [{ field: 'sameAs', value: sameAs, expected: DEMO_ID }]);
  }
  const parsed = organizationRecord.safeParse(JSON.parse(q.record));
  if (!parsed.success) throw invalidRecord('queued row', []);
  const { id: _ownId, name: _spelling, ...rest } = parsed.data;
  // Confirmed, the row's name is another spelling of the kept record, which keeps its own name;
  // a public source's row (keepMatched) changes nothing of it at all.
  const fields: OrganizationChanges = sameAs ? (q.keepMatched ? {} : rest) : { ...rest, name: parsed.data.name };
  const source = { via: 'import', importId: q.importId ?? 'review', file: q.file ?? '', row: q.row } as const;
  const changes: OrganizationChanges = sameAs ? fields : { ...fields, source: fields.source ?? `Import: ${q.file ?? ''}` };
  const [result] = await saveOrganizations(tx, actor, [{ id: sameAs, expectedVersion: null, changes, source }]);
  if (!result) throw new Error('saveOrganizations returned no result');
  if (!result.ok) throw invalidRecord('queued row', result.problems);
  if (sameAs) await tx.run('curation/alias-add', { id: sameAs, key: aliasKey(q.name, q.city ?? undefined), name: q.name, city: q.city });
  await tx.run('curation/review-decide', {
    id,
    status: sameAs ? 'confirmed' : 'rejected',
    actorName: actor.name,
    resultId: result.profile.id,
  });
  return result.profile;
}
