// The import of a large organisations file against a naive loader, side by side on one Neo4j with
// the demo data: ours (runImport, all-or-nothing: the check pass, then the apply pass, with
// matching, review queue and audit trail) on N generated rows, then the demo data loaded afresh and
// the naive loader (naive-import.ts) on the same file. Figures: rows per second of each and their
// ratio (goal ≥ 20), each pass of ours, and ours's peak memory over the process's baseline
// (sampled every 100 ms after a full collection). Not a test: `npm run bench:import`
// (BENCH_IMPORT_ROWS=100000; the naive loader takes the first BENCH_NAIVE_ROWS, all by default, and
// stops after BENCH_NAIVE_SECONDS=900: its rate is taken over the rows it did, as the rate of a
// transaction per row does not depend on how many came before). Figures go to
// test-results/bench-import.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { machine, round } from './machine.ts';
import path from 'node:path';
import { type Figure, figuresOf } from './figures.ts';
import { Database } from '../../server/db.ts';
import { openImport } from '../../server/curation/import/open-import.ts';
import { type ImportSummary, runImport } from '../../server/curation/import/run-import.ts';
import { startLocalNeo4j } from '../../server/neo4j/local.ts';
import { applySchema } from '../../server/schema.ts';
import { loadDataset, wipe } from '../../seed/load.ts';
import { demoGraphAsReal } from '../fixtures/matching-candidates.ts';
import { writeOrganizationsCsv } from './import-rows.ts';
import { naiveImport } from './naive-import.ts';

const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const naiveRows = Number(process.env.BENCH_NAIVE_ROWS ?? rows);
const naiveSeconds = Number(process.env.BENCH_NAIVE_SECONDS ?? 900);
const log = (line: string) => console.log(`[bench] ${line}`);
const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;

/** Peak RSS and heap over the baseline while `work` runs, sampled every 100 ms. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ result: T; peakRssMb: number; peakHeapMb: number; baseRssMb: number }> {
  globalThis.gc?.();
  const base = process.memoryUsage();
  let rss = base.rss;
  let heap = base.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const timer = setInterval(sample, 100);
  try {
    const result = await work();
    sample();
    return { result, peakRssMb: mb(rss - base.rss), peakHeapMb: mb(heap - base.heapUsed), baseRssMb: mb(base.rss) };
  } finally {
    clearInterval(timer);
  }
}

async function ours(db: Database, file: string) {
  const actor = { id: 'bench', name: 'Benchmark' };
  const fileName = path.basename(file);
  const { open } = await openImport(db, () => file, { kind: 'organizations', fileName, actorId: actor.id });
  const t0 = performance.now();
  let checkDone = t0;
  let lastLog = t0;
  const measured = await withPeakMemory(() =>
    runImport(db, actor, {
      kind: 'organizations',
      file: fileName,
      mode: 'all-or-nothing',
      open,
      onProgress: (p) => {
        const now = performance.now();
        if (p.pass === 'check') checkDone = now;
        if (now - lastLog > 30_000) {
          lastLog = now;
          log(`ours: ${p.pass} pass, ${p.rows.toLocaleString('en')} rows, ${round((now - t0) / 1000)} s`);
        }
      },
    }),
  );
  const end = performance.now();
  const summary: ImportSummary = measured.result;
  if (summary.status !== 'applied') throw new Error(`the import was ${summary.status}: ${JSON.stringify(summary.problems.slice(0, 3))}`);
  const seconds = (end - t0) / 1000;
  const checkSeconds = (checkDone - t0) / 1000;
  return {
    rows: summary.rows,
    counts: summary.counts,
    seconds: round(seconds),
    rowsPerSecond: Math.round(summary.rows / seconds),
    checkSeconds: round(checkSeconds),
    checkRowsPerSecond: Math.round(summary.rows / checkSeconds),
    applySeconds: round(seconds - checkSeconds),
    applyRowsPerSecond: Math.round(summary.rows / (seconds - checkSeconds)),
    peakRssMb: measured.peakRssMb,
    peakHeapMb: measured.peakHeapMb,
    baseRssMb: measured.baseRssMb,
  };
}

async function main(): Promise<void> {
  const machineInfo = { ...machine(), gcExposed: typeof globalThis.gc === 'function' };
  log(`machine: ${JSON.stringify(machineInfo)}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'cluster-explorer-bench-import-'));
  const neo4j = await startLocalNeo4j({
    dataDir: path.join(dir, 'neo4j'),
    boltPort: 0,
    heap: '2g',
    pageCacheMb: 512,
    startTimeoutMs: 180_000,
  });
  const db = Database.connect(neo4j.uri, neo4j.user, neo4j.password, 'neo4j');
  try {
    await applySchema(db);
    // The demo firms as real ones: every tenth row re-spells one, and imports never match demo records.
    const demo = demoGraphAsReal();
    await loadDataset(db, demo, { layout: false });
    const file = path.join(dir, `organisationen-${rows}.csv`);
    const generated = await writeOrganizationsCsv(file, rows, demo);
    log(`${rows.toLocaleString('en')} rows written (${generated.respelt.toLocaleString('en')} re-spell demo firms)`);

    const ourFigures = await ours(db, file);
    log(`ours: ${JSON.stringify(ourFigures)}`);

    // The naive loader starts from the same graph: the demo data alone, loaded afresh.
    await wipe(db);
    await loadDataset(db, demo, { layout: false });
    const naive = await naiveImport(db, file, naiveRows, naiveSeconds);
    const naiveFigures = { ...naive, seconds: round(naive.seconds), rowsPerSecond: Math.round(naive.rows / naive.seconds) };
    log(`naive: ${JSON.stringify(naiveFigures)}${naive.cut ? ` (stopped after ${naiveSeconds} s)` : ''}`);

    const ratio = round(ourFigures.rowsPerSecond / naiveFigures.rowsPerSecond, 2);
    console.table({
      ours: { rows: ourFigures.rows, seconds: ourFigures.seconds, 'rows/s': ourFigures.rowsPerSecond },
      'ours: check pass': { rows: ourFigures.rows, seconds: ourFigures.checkSeconds, 'rows/s': ourFigures.checkRowsPerSecond },
      'ours: apply pass': { rows: ourFigures.rows, seconds: ourFigures.applySeconds, 'rows/s': ourFigures.applyRowsPerSecond },
      naive: { rows: naiveFigures.rows, seconds: naiveFigures.seconds, 'rows/s': naiveFigures.rowsPerSecond },
    });
    log(`ratio ours ÷ naive: ${ratio} (goal ≥ 20); peak RSS +${ourFigures.peakRssMb} MB, peak heap +${ourFigures.peakHeapMb} MB`);
    mkdirSync('test-results', { recursive: true });
    writeFileSync(
      'test-results/bench-import.json',
      `${JSON.stringify({ machine: machineInfo, rows, generated, ours: ourFigures, naive: naiveFigures, ratio, figures: figureList(ourFigures, naiveFigures, ratio) }, null, 2)}\n`,
    );
  } finally {
    await db.close();
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

type Ours = Awaited<ReturnType<typeof ours>>;

/** The table's figures; what limits the ratio is told by the time a row costs each way. */
function figureList(o: Ours, naive: { rows: number; seconds: number; rowsPerSecond: number }, ratio: number): Figure[] {
  const fig = figuresOf('import');
  const msPerRow = (seconds: number, n: number) => round((seconds * 1000) / n, 2);
  return [
    fig.atLeast('ours ÷ naive loader, rows per second', ratio, '×', 20, {
      limit: `ours ${msPerRow(o.checkSeconds, o.rows)} ms a row in the check pass (every batch written, then rolled back) + ${msPerRow(o.applySeconds, o.rows)} ms in the apply pass; the naive loader ${msPerRow(naive.seconds, naive.rows)} ms a row, one commit each`,
    }),
    fig.info(`ours, whole import of ${o.rows.toLocaleString('en')} rows`, o.rowsPerSecond, 'rows/s', { note: `${o.seconds} s` }),
    fig.info('ours, check pass', o.checkRowsPerSecond, 'rows/s', { note: `${o.checkSeconds} s` }),
    fig.info('ours, apply pass', o.applyRowsPerSecond, 'rows/s', { note: `${o.applySeconds} s` }),
    fig.info(`naive loader, first ${naive.rows.toLocaleString('en')} rows`, naive.rowsPerSecond, 'rows/s', { note: `${naive.seconds} s` }),
    fig.info('ours, peak RSS and heap over the baseline', `+${o.peakRssMb} / +${o.peakHeapMb}`, 'MB', {
      note: `baseline RSS ${o.baseRssMb} MB`,
    }),
  ];
}

await main();
