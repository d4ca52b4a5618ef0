// One batch of imported organisations: each matched against the graph (a confirmed alias, then
// id, name, fuzzy), then certain matches update their organisation, new ones are created, and
// uncertain ones wait in the review queue. Never a silent duplicate, never a silent merge.
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Tx } from '../../db.ts';
import type { Actor } from '../audit.ts';
import { fold, nameKey } from '../matching/normalise.ts';
import { matchAll } from '../matching/resolve.ts';
import { type OrganizationChanges, type OrganizationEdit, saveOrganizations } from '../organizations.ts';
import type { OrganizationRecord } from '../records.ts';
import type { BatchOutcome, ImportContext } from './apply-batch.ts';
import { DEMO_ID, demoOrganizations } from './demo-records.ts';

const Alias = z.object({ key: z.string(), id: z.string() });

/** The key a confirmed spelling is remembered by: the normalised name and the town. */
export const aliasKey = (name: string, city: string | undefined): string => `${nameKey(name)}|${fold(city ?? '')}`;

export async function applyOrganizations(
  tx: Tx,
  actor: Actor,
  ctx: ImportContext,
  rows: readonly { row: number; record: OrganizationRecord }[],
): Promise<BatchOutcome[]> {
  const keys = rows.map((r) => aliasKey(r.record.name, r.record.city));
  const aliases = new Map((await tx.run('curation/aliases', { keys }, Alias)).map((a) => [a.key, a.id]));
  const matches = matchAll(
    ctx.index,
    rows.map(({ record: r }) => ({
      id: r.id ?? null,
      name: r.name,
      shortName: r.shortName ?? null,
      city: r.city,
      postCode: r.postCode ?? null,
      kind: r.kind,
    })),
  );
  const demo = await demoOrganizations(
    tx,
    rows.flatMap((r) => (r.record.id ? [r.record.id] : [])),
  );
  const edits: { k: number; edit: OrganizationEdit }[] = [];
  const reviews: Record<string, unknown>[] = [];
  const outcomes: (BatchOutcome | null)[] = rows.map(() => null);
  rows.forEach(({ row, record }, k) => {
    const source = { via: 'import', importId: ctx.importId, file: ctx.file, row } as const;
    const { id, ...fields } = record;
    if (id && demo.has(id)) {
      outcomes[k] = { row, outcome: 'rejected', problems: [{ field: 'id', value: id, expected: DEMO_ID }] };
      return;
    }
    const alias = aliases.get(keys[k] ?? '');
    const match = matches[k];
    const target = alias ?? (match && ['id', 'exact', 'certain'].includes(match.decision) ? match.candidateId : null);
    if (target && ctx.keepMatched) {
      outcomes[k] = { row, outcome: 'unchanged', id: target };
    } else if (target) {
      // A name found by likeness is another spelling, not a rename: the graph keeps its name.
      const renames = !alias && (match?.decision === 'id' || match?.decision === 'exact');
      const { name: _spelling, ...rest } = fields;
      edits.push({ k, edit: { id: target, expectedVersion: null, changes: (renames ? fields : rest) as OrganizationChanges, source } });
    } else if (match?.decision === 'review' && match.candidateId) {
      reviews.push({
        key: createHash('sha256')
          .update(`${keys[k]}|${match.candidateId}|${JSON.stringify(record)}`)
          .digest('hex'),
        id: randomUUID(),
        importId: ctx.importId,
        file: ctx.file,
        row,
        record: JSON.stringify(record),
        name: record.name,
        city: record.city,
        candidateId: match.candidateId,
        confidence: match.confidence,
        reasons: match.reasons,
        alternatives: JSON.stringify(match.alternatives),
        keepMatched: ctx.keepMatched === true,
      });
      outcomes[k] = { row, outcome: 'review' };
    } else {
      const changes: OrganizationChanges = { ...fields, source: fields.source ?? `Import: ${ctx.file}` };
      edits.push({ k, edit: { id: null, ...(id ? { newId: id } : {}), expectedVersion: null, changes, source } });
    }
  });
  const results = await saveOrganizations(
    tx,
    actor,
    edits.map((e) => e.edit),
    { dryRun: ctx.dryRun },
  );
  results.forEach((result, j) => {
    const k = edits[j]?.k ?? -1;
    const row = rows[k]?.row ?? null;
    if (result.ok) {
      // Later rows of the file meet this organisation as it now is (in the check pass too: the
      // apply pass would write it the same way).
      if (result.outcome !== 'unchanged') ctx.index.add(result.profile);
      outcomes[k] = { row, outcome: result.outcome, id: result.profile.id };
    } else outcomes[k] = { row, outcome: 'rejected', problems: result.problems };
  });
  if (reviews.length > 0) await tx.run('curation/review-add', { reviews, actorId: actor.id });
  return outcomes.map((o, k) => o ?? { row: rows[k]?.row ?? null, outcome: 'rejected', problems: [] });
}
