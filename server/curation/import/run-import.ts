// An import from start to end, in bounded memory: the file is read twice, streamed in batches.
// The check pass applies each batch in a transaction that is rolled back (the dry run: exactly
// what would happen, nothing written); the apply pass runs only when the check allows it
// (all-or-nothing: no problem at all; skip-bad: the bad rows are left out and reported) and
// commits batch by batch. Should a batch fail on the way, the batches before it are undone.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db.ts';
import type { Actor } from '../audit.ts';
import { CandidateIndex } from '../matching/candidate-index.ts';
import type { RecordKind } from '../records.ts';
import { applyBatch, type BatchOutcome, type RowOutcome } from './apply-batch.ts';
import type { ImportProblem } from './problems.ts';
import type { ImportFile } from './read-import-file.ts';
import type { RecordOf } from './row-record.ts';
import { undoImport } from './undo-import.ts';

export type ImportMode = 'dry-run' | 'all-or-nothing' | 'skip-bad';

export interface ImportSummary {
  importId: string;
  kind: RecordKind;
  file: string;
  mode: ImportMode;
  /** checked: a dry run; applied: written; refused: problems and all-or-nothing, nothing written. */
  status: 'checked' | 'applied' | 'refused';
  rows: number;
  counts: Record<RowOutcome, number>;
  /** The first problems, in file order (maxProblems); problemCount says how many there are. */
  problems: ImportProblem[];
  problemCount: number;
  seconds: number;
}

export interface ImportOptions<K extends RecordKind> {
  kind: K;
  file: string;
  mode: ImportMode;
  /** Opens the file (again): the check and the apply pass each read it from the start. */
  open: () => Promise<ImportFile<K>>;
  batchSize?: number;
  maxProblems?: number;
  onProgress?: (p: { pass: 'check' | 'apply'; rows: number }) => void;
}

/** Thrown inside the check pass's transactions to roll them back with their outcome. */
class RolledBack extends Error {
  constructor(readonly outcomes: BatchOutcome[]) {
    super('dry run');
  }
}

const emptyCounts = (): Record<RowOutcome, number> => ({ created: 0, updated: 0, unchanged: 0, rejected: 0, review: 0 });

export async function runImport<K extends RecordKind>(db: Database, actor: Actor, o: ImportOptions<K>): Promise<ImportSummary> {
  const t0 = performance.now();
  const importId = randomUUID();
  const batchSize = o.batchSize ?? 500;
  const maxProblems = o.maxProblems ?? 1_000;

  async function pass(kind: 'check' | 'apply') {
    const counts = emptyCounts();
    const problems: ImportProblem[] = [];
    let problemCount = 0;
    let rows = 0;
    const note = (p: ImportProblem[]) => {
      problemCount += p.length;
      for (const x of p) if (problems.length < maxProblems) problems.push(x);
    };
    const { header, rows: input } = await o.open();
    // Projects are found by id, title or acronym in their statement; every other kind names organisations.
    const ctx = {
      importId,
      file: o.file,
      dryRun: kind === 'check',
      index: o.kind === 'projects' ? CandidateIndex.of([]) : await CandidateIndex.load(db),
    };
    if (header.problems.length > 0) {
      note([...header.problems]);
      return { counts, problems, problemCount, rows, headerFailed: true };
    }
    let batch: { row: number; record: RecordOf<K> }[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const current = batch;
      batch = [];
      const work = (tx: Parameters<Parameters<Database['transaction']>[0]>[0]) => applyBatch(tx, actor, ctx, o.kind, current);
      let outcomes: BatchOutcome[];
      if (kind === 'check') {
        outcomes = await db
          .transaction(async (tx) => {
            throw new RolledBack(await work(tx));
          })
          .catch((err: unknown) => {
            if (err instanceof RolledBack) return err.outcomes;
            throw err;
          });
      } else {
        outcomes = await db.transaction(work);
      }
      for (const out of outcomes) {
        counts[out.outcome] += 1;
        if (out.problems)
          note(
            out.problems.map((p) => ({
              file: o.file,
              row: out.row,
              column: header.columns.find((c) => c.field === p.field)?.header ?? null,
              field: p.field,
              value: p.value === null || p.value === undefined ? null : String(p.value),
              expected: p.expected,
            })),
          );
      }
      rows += current.length;
      o.onProgress?.({ pass: kind, rows });
    };
    for await (const r of input) {
      if ('problems' in r) {
        counts.rejected += 1;
        rows += 1;
        note(r.problems);
        continue;
      }
      batch.push(r);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    return { counts, problems, problemCount, rows, headerFailed: false };
  }

  const summary = (status: ImportSummary['status'], p: Awaited<ReturnType<typeof pass>>): ImportSummary => ({
    importId,
    kind: o.kind,
    file: o.file,
    mode: o.mode,
    status,
    rows: p.rows,
    counts: p.counts,
    problems: p.problems,
    problemCount: p.problemCount,
    seconds: (performance.now() - t0) / 1000,
  });

  const checked = await pass('check');
  if (o.mode === 'dry-run') return summary('checked', checked);
  if (checked.headerFailed || (o.mode === 'all-or-nothing' && checked.problemCount > 0)) return summary('refused', checked);
  await db.write('curation/import-save', {
    id: importId,
    props: { kind: o.kind, file: o.file, mode: o.mode, actorId: actor.id, actorName: actor.name, status: 'running' },
  });
  let applied: Awaited<ReturnType<typeof pass>>;
  try {
    applied = await pass('apply');
    if (o.mode === 'all-or-nothing' && applied.problemCount > 0)
      throw new Error('rows failed that passed the check: the data changed meanwhile');
  } catch (err) {
    await undoImport(db, actor, importId);
    throw err;
  }
  const result = summary('applied', applied);
  await db.write('curation/import-save', {
    id: importId,
    props: { status: 'applied', summary: JSON.stringify({ ...result, problems: undefined }) },
  });
  return result;
}
