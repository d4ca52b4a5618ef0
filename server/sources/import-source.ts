// A source's records into the graph, in one transaction: organisations first (found again by
// their source key, else matched like every import, uncertain ones to the review queue, and a
// match is only linked: the cluster's own record knows a member better than CORDIS does), then
// projects (found again by key and updated from the source, which owns them, or created), then
// participations between the two. Every record links to its source record (provenance). A dry
// run, and an all-or-nothing run with problems, roll the transaction back: nothing is written.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Database, Tx } from '../db.ts';
import type { Actor, ChangeSource } from '../curation/audit.ts';
import type { BatchOutcome, ImportContext } from '../curation/import/apply-batch.ts';
import { applyOrganizations } from '../curation/import/apply-organizations.ts';
import type { ImportProblem } from '../curation/import/problems.ts';
import type { ImportMode } from '../curation/import/run-import.ts';
import { CandidateIndex } from '../curation/matching/candidate-index.ts';
import { saveProject } from '../curation/projects.ts';
import type { RecordProblem } from '../curation/records.ts';
import { setTie } from '../curation/ties.ts';
import { type Placing, placeRecords } from './placing.ts';
import { type Provenance, sourceRecordKey, sourceUrl } from './provenance.ts';
import { link, located } from './source-links.ts';
import type { SourceBatch, SourceOrganization } from './source-records.ts';

export interface SourceCounts {
  /** Made new. */
  created: number;
  /** Organisations recognised in the graph (matched by name) and linked to the source. */
  matched: number;
  /** Projects and participations the source changed. */
  updated: number;
  /** Found again by their source key (an earlier import) and left as they are. */
  unchanged: number;
  /** Waiting in the review queue (organisations), or for their organisation's review (participations). */
  review: number;
  rejected: number;
}

export interface SourceImportSummary {
  importId: string;
  source: Provenance['source'];
  file: string;
  mode: ImportMode;
  status: 'checked' | 'applied' | 'refused';
  organizations: SourceCounts;
  projects: SourceCounts;
  participations: SourceCounts;
  /** Projects of the file without a participant in the region. */
  outOfScope: number;
  problems: ImportProblem[];
  problemCount: number;
  seconds: number;
}

export interface SourceImportOptions {
  source: Provenance['source'];
  /** The files as the user named them, for the import list. */
  file: string;
  mode: ImportMode;
  batch: SourceBatch;
  placing: Placing;
  maxProblems?: number;
  onProgress?: (p: { step: 'organizations' | 'projects' | 'participations'; done: number; of: number }) => void;
}

const Found = z.object({ key: z.string(), id: z.string() });
const Waiting = z.object({ key: z.string() });
const counts = (): SourceCounts => ({ created: 0, matched: 0, updated: 0, unchanged: 0, review: 0, rejected: 0 });
const chunk = 500;

function totals(s: SourceImportSummary) {
  const kinds = [s.organizations, s.projects, s.participations];
  const sum = (k: keyof SourceCounts) => kinds.reduce((n, c) => n + c[k], 0);
  return {
    created: sum('created'),
    updated: sum('updated') + sum('matched'),
    unchanged: sum('unchanged'),
    rejected: sum('rejected'),
    review: sum('review'),
  };
}

class RolledBack extends Error {
  constructor(readonly summary: SourceImportSummary) {
    super('rolled back');
  }
}

export async function importSource(db: Database, actor: Actor, o: SourceImportOptions): Promise<SourceImportSummary> {
  const t0 = performance.now();
  const importId = randomUUID();
  const { batch } = o;
  const maxProblems = o.maxProblems ?? 1_000;
  const summary: SourceImportSummary = {
    importId,
    source: o.source,
    file: o.file,
    mode: o.mode,
    status: 'checked',
    organizations: counts(),
    projects: counts(),
    participations: counts(),
    outOfScope: batch.outOfScope,
    problems: [],
    problemCount: 0,
    seconds: 0,
  };
  const note = (problems: readonly ImportProblem[]) => {
    summary.problemCount += problems.length;
    for (const p of problems) if (summary.problems.length < maxProblems) summary.problems.push(p);
  };
  note(batch.problems);

  async function organizations(tx: Tx, ctx: ImportContext): Promise<Map<string, { id?: string; outcome: BatchOutcome['outcome'] }>> {
    const out = new Map<string, { id?: string; outcome: BatchOutcome['outcome'] }>();
    const c = summary.organizations;
    for (let i = 0; i < batch.organizations.length; i += chunk) {
      const part = batch.organizations.slice(i, i + chunk);
      const keys = part.map((r) => sourceRecordKey('organization', r.key));
      const found = new Map((await tx.run('sources/records-find', { keys }, Found)).map((f) => [f.key, f.id]));
      const waiting = new Set(
        (await tx.run('sources/reviews-waiting', { keys: keys.filter((k) => !found.has(k)) }, Waiting)).map((w) => w.key),
      );
      const fresh = part.filter((_, k) => !found.has(keys[k] ?? '') && !waiting.has(keys[k] ?? ''));
      const records = await placeRecords(tx, o.placing, fresh);
      const outcomes = await applyOrganizations(
        tx,
        actor,
        ctx,
        records.map((record, k) => ({ row: fresh[k]?.row ?? 0, record })),
      );
      const links: ReturnType<typeof link>[] = [];
      part.forEach((r, k) => {
        const id = found.get(keys[k] ?? '');
        if (id !== undefined) {
          c.unchanged += 1;
          out.set(r.key, { id, outcome: 'unchanged' });
        } else if (waiting.has(keys[k] ?? '')) {
          c.review += 1;
          out.set(r.key, { outcome: 'review' });
        }
      });
      const queued: { row: number; name: string; key: string }[] = [];
      outcomes.forEach((result, k) => {
        const r = fresh[k] as SourceOrganization;
        if (result.outcome === 'rejected') note(located('organization', r, result.problems ?? []));
        // A match is linked, never changed (ImportContext.keepMatched).
        const outcome = result.outcome === 'unchanged' || result.outcome === 'updated' ? 'matched' : result.outcome;
        c[outcome] += 1;
        out.set(r.key, { ...(result.id ? { id: result.id } : {}), outcome: result.outcome });
        if (result.id) links.push(link('organization', result.id, r));
        if (result.outcome === 'review')
          queued.push({ row: r.row, name: records[k]?.name ?? r.record.name, key: sourceRecordKey('organization', r.key) });
      });
      if (links.length > 0) await tx.run('sources/records-link', { links, importId });
      if (queued.length > 0) await tx.run('sources/reviews-mark', { marks: queued, importId });
      o.onProgress?.({ step: 'organizations', done: i + part.length, of: batch.organizations.length });
    }
    return out;
  }

  async function projects(tx: Tx): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const c = summary.projects;
    for (let i = 0; i < batch.projects.length; i += chunk) {
      const part = batch.projects.slice(i, i + chunk);
      const keys = part.map((r) => sourceRecordKey('project', `${r.provenance.source}:${r.provenance.recordId}`));
      const found = new Map((await tx.run('sources/records-find', { keys }, Found)).map((f) => [f.key, f.id]));
      const links: ReturnType<typeof link>[] = [];
      for (const [k, r] of part.entries()) {
        const id = found.get(keys[k] ?? '') ?? null;
        const source: ChangeSource = { via: 'import', importId, file: r.provenance.file, row: r.row };
        const { id: _none, ...fields } = r.record;
        try {
          const saved = await saveProject(tx, actor, source, { id, expectedVersion: null, changes: fields });
          c[saved.outcome] += 1;
          out.set(r.provenance.recordId, saved.profile.id);
          links.push(link('project', saved.profile.id, r));
        } catch (err) {
          const ext = (err as { extensions?: { problems?: RecordProblem[] } }).extensions;
          if (!ext?.problems) throw err;
          c.rejected += 1;
          note(located('project', r, ext.problems));
        }
      }
      if (links.length > 0) await tx.run('sources/records-link', { links, importId });
      o.onProgress?.({ step: 'projects', done: i + part.length, of: batch.projects.length });
    }
    return out;
  }

  async function participations(tx: Tx, orgs: Awaited<ReturnType<typeof organizations>>, projectIds: Map<string, string>) {
    const c = summary.participations;
    for (let i = 0; i < batch.participations.length; i += chunk) {
      const part = batch.participations.slice(i, i + chunk);
      const ties: { from: string; to: string; props: Record<string, unknown> }[] = [];
      for (const r of part) {
        const org = orgs.get(r.organizationKey);
        const project = projectIds.get(r.projectRecordId);
        if (org?.outcome === 'review') {
          c.review += 1;
          continue;
        }
        if (!org?.id || !project) {
          c.rejected += 1;
          const which = !org?.id ? 'organisation' : 'project';
          note(
            located('organization', r, [
              {
                field: which === 'organisation' ? 'organization' : 'project',
                value: which === 'organisation' ? r.record.organization : r.projectRecordId,
                expected: `a ${which} this import could take (see its own problem)`,
              },
            ]),
          );
          continue;
        }
        const source: ChangeSource = { via: 'import', importId, file: r.provenance.file, row: r.row };
        c[await setTie(tx, actor, source, { kind: 'participation', record: { ...r.record, organization: org.id, project } })] += 1;
        ties.push({
          from: org.id,
          to: project,
          props: {
            source: r.provenance.source,
            sourceRecordId: r.provenance.recordId,
            sourceRole: r.sourceRole,
            sourceUrl: sourceUrl('participation', r),
            fileDate: r.provenance.fileDate,
            euContributionEur: r.euContributionEur ?? null,
          },
        });
      }
      if (ties.length > 0) await tx.run('sources/participations-mark', { ties });
      o.onProgress?.({ step: 'participations', done: i + part.length, of: batch.participations.length });
    }
  }

  const result = await db
    .transaction(async (tx) => {
      const ctx: ImportContext = {
        importId,
        file: o.file,
        dryRun: o.mode === 'dry-run',
        keepMatched: true,
        index: await CandidateIndex.load(db),
      };
      const orgs = await organizations(tx, ctx);
      const projectIds = await projects(tx);
      await participations(tx, orgs, projectIds);
      // New organisations were placed in the layout by their town; beside their partners they
      // show where they belong (a partner abroad has no town in the network's picture).
      const created = [...orgs.values()].flatMap((x) => (x.outcome === 'created' && x.id ? [x.id] : []));
      if (created.length > 0 && !ctx.dryRun) {
        await tx.run('sources/layout-unplace', { ids: created });
        await tx.run('curation/place-new-organizations', { ids: created });
      }
      const commit = o.mode === 'skip-bad' || (o.mode === 'all-or-nothing' && summary.problemCount === 0);
      summary.status = o.mode === 'dry-run' ? 'checked' : commit ? 'applied' : 'refused';
      summary.seconds = (performance.now() - t0) / 1000;
      if (!commit) throw new RolledBack(summary);
      await tx.run('curation/import-save', {
        id: importId,
        props: {
          kind: o.source,
          file: o.file,
          mode: o.mode,
          actorId: actor.id,
          actorName: actor.name,
          status: 'applied',
          // counts: all kinds together, as the import list shows every import's.
          summary: JSON.stringify({ ...summary, problems: undefined, counts: totals(summary) }),
        },
      });
      return summary;
    })
    .catch((err: unknown) => {
      if (err instanceof RolledBack) return err.summary;
      throw err;
    });
  return result;
}
