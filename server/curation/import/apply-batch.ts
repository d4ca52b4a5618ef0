// One batch of an import, by kind: organisations (matched, see apply-organizations.ts), projects
// (by id, title or acronym) and ties, whose organisations are found like imported ones and must
// be certain. Every row ends created, updated, unchanged, rejected (with its problems) or waiting
// for review.
import { z } from 'zod';
import type { Tx } from '../../db.ts';
import type { Actor } from '../audit.ts';
import type { CandidateIndex } from '../matching/candidate-index.ts';
import { matchAll } from '../matching/resolve.ts';
import { type ProjectChanges, saveProject } from '../projects.ts';
import type { RecordKind, RecordProblem } from '../records.ts';
import { setTie, type TieKind } from '../ties.ts';
import { applyOrganizations } from './apply-organizations.ts';
import { DEMO_PROJECT, DEMO_PROJECT_ID, DEMO_TIE, demoOrganizations } from './demo-records.ts';
import type { RecordOf } from './row-record.ts';

export interface ImportContext {
  importId: string;
  file: string;
  /** The organisations rows are matched against, loaded once per pass and kept up to date by it. */
  index: CandidateIndex;
  /** The check pass, rolled back: writes only what can fail (see saveOrganizations). */
  dryRun: boolean;
  /**
   * Public sources: an organisation matched is linked, not changed (the cluster's record knows a
   * member better than CORDIS does), and so is one a manager confirms in the review queue.
   */
  keepMatched?: boolean;
}

export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'rejected' | 'review';

export interface BatchOutcome {
  row: number | null;
  outcome: RowOutcome;
  id?: string;
  problems?: RecordProblem[];
}

const ProjectRef = z.object({ ref: z.string(), id: z.string().nullable(), sameName: z.number().int(), demo: z.boolean() });

/** Rows whose edit failed with a GraphQLError (a missing reference) are rejected with its message. */
function failed(row: number, err: unknown): BatchOutcome {
  const ext = (err as { extensions?: { problems?: RecordProblem[]; code?: string } }).extensions;
  if (!ext?.code) throw err;
  const message = err instanceof Error ? err.message : String(err);
  return { row, outcome: 'rejected', problems: ext.problems ?? [{ field: '(row)', value: null, expected: message }] };
}

async function applyProjects(tx: Tx, actor: Actor, ctx: ImportContext, rows: readonly { row: number; record: RecordOf<'projects'> }[]) {
  const refs = await tx.run(
    'curation/project-refs',
    { refs: rows.map((r) => r.record.id ?? r.record.acronym ?? r.record.title) },
    ProjectRef,
  );
  const out: BatchOutcome[] = [];
  for (const [k, { row, record }] of rows.entries()) {
    const { id, ...fields } = record;
    if (id && refs[k]?.demo) {
      out.push({ row, outcome: 'rejected', problems: [{ field: 'id', value: id, expected: DEMO_PROJECT_ID }] });
      continue;
    }
    const existing = refs[k]?.id ?? null;
    const source = { via: 'import', importId: ctx.importId, file: ctx.file, row } as const;
    const changes: ProjectChanges = existing ? fields : { ...fields, source: fields.source ?? `Import: ${ctx.file}` };
    try {
      const r = await saveProject(tx, actor, source, {
        id: existing,
        ...(id && !existing ? { newId: id } : {}),
        expectedVersion: null,
        changes,
      });
      out.push({ row, outcome: r.outcome, id: r.profile.id });
    } catch (err) {
      out.push(failed(row, err));
    }
  }
  return out;
}

const tieOf: Readonly<Record<'participations' | 'cooperations' | 'memberships', { kind: TieKind; other: string }>> = {
  participations: { kind: 'participation', other: 'project' },
  cooperations: { kind: 'cooperation', other: 'partner' },
  memberships: { kind: 'membership', other: 'memberOf' },
};

async function applyTies(
  tx: Tx,
  actor: Actor,
  ctx: ImportContext,
  kind: 'participations' | 'cooperations' | 'memberships',
  rows: readonly { row: number; record: Record<string, unknown> }[],
): Promise<BatchOutcome[]> {
  const { kind: tie, other } = tieOf[kind];
  const orgFields = kind === 'participations' ? ['organization'] : ['organization', other];
  const names = [...new Set(rows.flatMap((r) => orgFields.map((f) => String(r.record[f]))))];
  const matches = matchAll(
    ctx.index,
    names.map((n) => ({ id: n, name: n })),
  );
  const orgIds = new Map(names.map((n, i) => [n, matches[i]]));
  const unmatched = names.filter((n) => !['id', 'exact', 'certain'].includes(orgIds.get(n)?.decision ?? 'new'));
  const demo = await demoOrganizations(tx, unmatched, true);
  const projects =
    kind === 'participations'
      ? new Map(
          (await tx.run('curation/project-refs', { refs: rows.map((r) => String(r.record.project)) }, ProjectRef)).map((p) => [p.ref, p]),
        )
      : new Map<string, z.infer<typeof ProjectRef>>();
  const out: BatchOutcome[] = [];
  for (const { row, record } of rows) {
    const problems: RecordProblem[] = [];
    const resolved: Record<string, unknown> = { ...record };
    for (const f of orgFields) {
      const m = orgIds.get(String(record[f]));
      if (m && ['id', 'exact', 'certain'].includes(m.decision) && m.candidateId) resolved[f] = m.candidateId;
      else
        problems.push({
          field: f,
          value: record[f],
          expected:
            m?.decision === 'review'
              ? `an organisation named without doubt (it may be ${m.alternatives[0]?.name ?? m.candidateId}: use its id)`
              : demo.has(String(record[f]))
                ? DEMO_TIE
                : 'an organisation of the graph, by id or name (import it first)',
        });
    }
    if (kind === 'participations') {
      const p = projects.get(String(record.project));
      if (p?.id) resolved.project = p.id;
      else
        problems.push({
          field: 'project',
          value: record.project,
          expected: p?.demo
            ? DEMO_PROJECT
            : p && p.sameName > 1
              ? 'a project id (several projects have this title)'
              : 'a project of the graph, by id, title or acronym',
        });
    }
    if (problems.length > 0) {
      out.push({ row, outcome: 'rejected', problems });
      continue;
    }
    try {
      const outcome = await setTie(
        tx,
        actor,
        { via: 'import', importId: ctx.importId, file: ctx.file, row },
        { kind: tie, record: resolved },
      );
      out.push({ row, outcome });
    } catch (err) {
      out.push(failed(row, err));
    }
  }
  return out;
}

export async function applyBatch<K extends RecordKind>(
  tx: Tx,
  actor: Actor,
  ctx: ImportContext,
  kind: K,
  rows: readonly { row: number; record: RecordOf<K> }[],
): Promise<BatchOutcome[]> {
  switch (kind) {
    case 'organizations':
      return applyOrganizations(tx, actor, ctx, rows as readonly { row: number; record: RecordOf<'organizations'> }[]);
    case 'projects':
      return applyProjects(tx, actor, ctx, rows as readonly { row: number; record: RecordOf<'projects'> }[]);
    default:
      return applyTies(
        tx,
        actor,
        ctx,
        kind as 'participations' | 'cooperations' | 'memberships',
        rows as readonly { row: number; record: Record<string, unknown> }[],
      );
  }
}
