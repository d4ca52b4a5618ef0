// Creating and changing projects, like organisations (organizations.ts): one transaction, the
// shared rules, the version check, the audit trail; unchanged edits are not written.
import { z } from 'zod';
import { slug } from '../../seed/slug.ts';
import type { Tx } from '../db.ts';
import { type Actor, type ChangeSource, recordChange } from './audit.ts';
import { unchanged, withChanges } from './edit-input.ts';
import { lockProject } from './locking.ts';
import { freeId, type Outcome } from './organizations.ts';
import { invalidRecord } from './problems.ts';
import { projectProfile, type ProjectProfile } from './profiles.ts';
import { type ProjectRecord, projectRecord, recordProblems } from './records.ts';
import { resolveReferences } from './references.ts';

type Fields = Omit<ProjectRecord, 'id'>;
export type ProjectChanges = { [K in keyof Fields]?: Fields[K] | null };

const compared = [
  'title',
  'acronym',
  'level',
  'programme',
  'start',
  'end',
  'actionField',
  'competences',
  'fundingEur',
  'website',
  'source',
] as const;

const Written = z.object({ version: z.number().int() });

export async function saveProject(
  tx: Tx,
  actor: Actor,
  source: ChangeSource,
  edit: { id: string | null; newId?: string; expectedVersion: number | null; changes: ProjectChanges },
): Promise<{ outcome: Outcome; profile: ProjectProfile }> {
  const before = edit.id === null ? null : await lockProject(tx, edit.id, edit.expectedVersion);
  const input = withChanges(before, edit.changes);
  const parsed = projectRecord.safeParse(input);
  if (!parsed.success) throw invalidRecord('project', recordProblems(parsed.error.issues, input));
  const r = parsed.data;
  const refs = await resolveReferences(tx, { competences: r.competences, actionField: r.actionField });
  if (refs.problems.length > 0) throw invalidRecord('project', refs.problems);
  const provenance = r.source ?? (before ? before.source : `Erfasst von ${actor.name}`);
  const intended: Record<string, unknown> = { ...r, actionField: refs.actionFieldId, competences: refs.competenceIds, source: provenance };
  if (before && unchanged(compared, intended, before)) {
    return { outcome: 'unchanged', profile: before };
  }
  const id = before?.id ?? edit.newId ?? (await freeId(tx, `pr-${slug(r.acronym ?? r.title).slice(0, 50)}`));
  const [written] = await tx.run(
    'curation/project-write',
    {
      id,
      now: new Date().toISOString(),
      start: r.start,
      end: r.end ?? null,
      actionFieldId: refs.actionFieldId,
      competenceIds: refs.competenceIds,
      props: {
        title: r.title,
        acronym: r.acronym ?? null,
        level: r.level,
        programme: r.programme ?? null,
        fundingEur: r.fundingEur ?? null,
        website: r.website ?? null,
        source: provenance,
        synthetic: before?.synthetic ?? false,
      },
    },
    Written,
  );
  if (!written) throw new Error('project-write returned no row');
  const after = await projectProfile(tx, id);
  if (!after) throw new Error(`project ${id} vanished in its own transaction`);
  await recordChange(tx, actor, source, {
    action: before ? 'update' : 'create',
    entity: 'project',
    entityId: id,
    version: after.version,
    before,
    after,
  });
  return { outcome: before ? 'updated' : 'created', profile: after };
}
