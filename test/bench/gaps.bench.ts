// The metrics job and every gap report on the demo data (2,600 firms) and on a 100,000-firm graph,
// as ratios big ÷ demo (goal: roughly linear, at most 40× for 38× the firms). Each size has its own
// Neo4j, both run at once, and timed runs alternate between sizes, so load from other processes on
// this shared machine hits both alike. Not a test: `node --import tsx test/bench/gaps.bench.ts`
// (about 20 minutes); figures go to test-results/bench-gaps.json. With --accuracy it also compares
// sampled betweenness with a large-sample reference on the big graph (another 5–10 minutes).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { computeMetrics, type MetricsRun } from '../../server/analysis/metrics.ts';
import { projectRoot } from '../../server/config.ts';
import { Database } from '../../server/db.ts';
import { brokers } from '../../server/graphql/gaps/brokers.ts';
import { communities } from '../../server/graphql/gaps/communities.ts';
import { suggestedIntroductions, type GapKind } from '../../server/graphql/gaps/introductions.ts';
import { gapLens, type GapLensKind } from '../../server/graphql/gaps/lens.ts';
import * as reports from '../../server/graphql/gaps/reports.ts';
import { networkMetrics } from '../../server/graphql/gaps/status.ts';
import { startLocalNeo4j } from '../../server/neo4j/local.ts';
import { dbHitsOf } from './profiled-db.ts';
import { applySchema } from '../../server/schema.ts';
import { generate } from '../../seed/generate.ts';
import { loadDataset } from '../../seed/load.ts';
import { brokerId, CUT_OFF_DISTRICT_ID, WHITE_SPOT_COMPETENCE_ID } from '../../seed/planted.ts';
import { betweennessAccuracy, type Accuracy } from './gaps-accuracy.ts';
import { type Figure, figuresOf } from './figures.ts';
import { median } from './stats.ts';

const sizes = [
  { companies: 2600, heap: '2g', pageCacheMb: 512 },
  { companies: 100_000, heap: '4g', pageCacheMb: 1024 },
] as const;
const runs = { metrics: Number(process.env.BENCH_METRICS_RUNS ?? 3), reports: Number(process.env.BENCH_RUNS ?? 5), warmup: 1 };
const log = (line: string) => console.log(`[bench] ${line}`);

const introductions: GapKind[] = [
  'ISOLATED',
  'NO_RESEARCH_TIE',
  'WHITE_SPOT',
  'RESEARCH_WITHOUT_INDUSTRY',
  'CUT_OFF_DISTRICT',
  'BROKER',
  'UNBRIDGED_COMMUNITIES',
];

// The lens of each report as the UI asks for it, on the planted targets.
const lensTargets: Record<GapLensKind, (companies: number) => string | null> = {
  ISOLATED: () => null,
  RESEARCH_REACH: () => null,
  WHITE_SPOT: () => WHITE_SPOT_COMPETENCE_ID,
  RESEARCH_WITHOUT_INDUSTRY: () => null,
  DISTRICTS: () => CUT_OFF_DISTRICT_ID,
  BROKERS: brokerId,
  COMMUNITIES: () => null,
  INTERNATIONAL: () => null,
};

// Each report as the lens calls it, with its defaults.
const reportCalls: Record<string, (db: Database, companies: number) => Promise<unknown>> = {
  networkMetrics: (db) => networkMetrics(db),
  isolatedOrganizations: (db) => reports.isolatedOrganizations(db, {}),
  researchReach: (db) => reports.researchReach(db, {}),
  internationalReach: (db) => reports.internationalReach(db, {}),
  competenceWhiteSpots: (db) => reports.competenceWhiteSpots(db),
  researchWithoutIndustry: (db) => reports.researchWithoutIndustry(db, {}),
  districtConnectivity: (db) => reports.districtConnectivity(db),
  brokers: (db) => brokers(db, {}),
  communities: (db) => communities(db, {}),
  networkKpis: (db) => reports.networkKpis(db, {}),
  ...Object.fromEntries(
    introductions.map((gap) => [`suggestedIntroductions(${gap})`, (db: Database) => suggestedIntroductions(db, { gap })]),
  ),
  ...Object.fromEntries(
    (Object.keys(lensTargets) as GapLensKind[]).map((lens) => [
      `gapLens(${lens})`,
      (db: Database, companies: number) => gapLens(db, { lens, target: lensTargets[lens](companies) }),
    ]),
  ),
};

interface Target {
  companies: number;
  db: Database;
  stop(): Promise<void>;
}

async function start(size: (typeof sizes)[number], cleanup: (() => Promise<unknown> | void)[]): Promise<Target> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `cluster-explorer-bench-gaps-${size.companies}-`));
  cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const neo4j = await startLocalNeo4j({ dataDir, boltPort: 0, heap: size.heap, pageCacheMb: size.pageCacheMb, startTimeoutMs: 180_000 });
  const db = Database.connect(neo4j.uri, neo4j.user, neo4j.password, 'neo4j');
  cleanup.push(
    () => db.close(),
    () => neo4j.stop(),
  );
  await applySchema(db);
  const t0 = performance.now();
  const summary = await loadDataset(db, generate({ companies: size.companies }), { layout: false });
  log(
    `${size.companies}: ${summary.nodes} nodes, ${summary.relationships} relationships loaded in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
  return { companies: size.companies, db, stop: () => neo4j.stop() };
}

/** The report once more with every read PROFILEd: its db hits, which do not vary between runs. */
async function dbHits(db: Database, call: (db: Database) => Promise<unknown>): Promise<number> {
  return Object.values(await dbHitsOf(db, call)).reduce((a, b) => a + b, 0);
}

const timed = async (f: () => Promise<unknown>): Promise<number> => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};

async function main(): Promise<void> {
  const cleanup: (() => Promise<unknown> | void)[] = [];
  try {
    const targets = await Promise.all(sizes.map((s) => start(s, cleanup)));
    const [small, big] = targets as [Target, Target];

    // The metrics job, alternating sizes; the last run's numbers stay for the reports.
    const metricsMs: Record<number, number[]> = { [small.companies]: [], [big.companies]: [] };
    const last: Record<number, MetricsRun> = {};
    for (let i = 0; i < runs.metrics; i++) {
      for (const t of targets) {
        const run = await computeMetrics(t.db);
        metricsMs[t.companies]!.push(run.millis.total!);
        last[t.companies] = run;
        log(
          `metrics ${t.companies}: ${run.millis.total} ms (${Object.entries(run.millis)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')})`,
        );
      }
    }

    const reportMs: Record<string, Record<number, number[]>> = {};
    const hits: Record<string, Record<number, number>> = {};
    for (const [name, call] of Object.entries(reportCalls)) {
      reportMs[name] = { [small.companies]: [], [big.companies]: [] };
      hits[name] = {
        [small.companies]: await dbHits(small.db, (db) => call(db, small.companies)),
        [big.companies]: await dbHits(big.db, (db) => call(db, big.companies)),
      };
      for (const t of targets) for (let i = 0; i < runs.warmup; i++) await call(t.db, t.companies);
      for (let i = 0; i < runs.reports; i++) {
        for (const t of targets) reportMs[name]![t.companies]!.push(await timed(() => call(t.db, t.companies)));
      }
      log(`${name}: ${median(reportMs[name]![small.companies]!).toFixed(0)} ms / ${median(reportMs[name]![big.companies]!).toFixed(0)} ms`);
    }

    let accuracy: Accuracy[] | null = null;
    if (process.argv.includes('--accuracy')) accuracy = await betweennessAccuracy(big.db, [500, 1000, 2000, 4000], log);

    const round1 = (x: number) => Math.round(x * 10) / 10;
    const row = (name: string, ms: Record<number, number[]>) => {
      const a = median(ms[small.companies]!);
      const b = median(ms[big.companies]!);
      const h = hits[name];
      return {
        name,
        smallMs: Math.round(a),
        bigMs: Math.round(b),
        ratio: round1(b / a),
        dbHitsRatio: h ? round1(h[big.companies]! / h[small.companies]!) : null,
      };
    };
    const table = [row('metrics job', metricsMs), ...Object.entries(reportMs).map(([name, ms]) => row(name, ms))];
    const results = {
      machine: { cpus: cpus().length, loadavg: loadavg() },
      companies: { small: small.companies, big: big.companies, factor: big.companies / small.companies },
      goal: 'ratio <= 40 (38.5x the firms)',
      metricsRuns: { small: last[small.companies], big: last[big.companies] },
      table,
      dbHits: hits,
      runs: { metrics: metricsMs, reports: reportMs },
      accuracy,
      figures: gapsFigures(table),
    };
    mkdirSync(path.join(projectRoot, 'test-results'), { recursive: true });
    writeFileSync(path.join(projectRoot, 'test-results', 'bench-gaps.json'), `${JSON.stringify(results, null, 2)}\n`);
    const pad = (s: string, n: number) => s.padEnd(n);
    console.log(`\n${pad('measure', 50)}${pad('2,600 ms', 10)}${pad('100,000 ms', 12)}${pad('ratio', 7)}${pad('db hits', 9)}goal <= 40`);
    for (const r of table) {
      console.log(
        `${pad(r.name, 50)}${pad(String(r.smallMs), 10)}${pad(String(r.bigMs), 12)}${pad(String(r.ratio), 7)}${pad(String(r.dbHitsRatio ?? '–'), 9)}${r.ratio <= 40 ? 'yes' : 'NO'}`,
      );
    }
    if (accuracy) console.table(accuracy);
  } finally {
    for (const f of cleanup.reverse()) await Promise.resolve(f()).catch(() => {});
  }
}

/** Each row's growth from the demo data to 100,000 firms (38.5× the firms); db hits say how much the work itself grew. */
function gapsFigures(
  table: readonly { name: string; smallMs: number; bigMs: number; ratio: number; dbHitsRatio: number | null }[],
): Figure[] {
  const fig = figuresOf('gaps');
  return table.map((r) =>
    fig.atMost(`${r.name}: 100,000 ÷ 2,600 firms`, r.ratio, '×', 40, {
      note: `${r.smallMs} → ${r.bigMs} ms`,
      limit: r.dbHitsRatio === null ? 'no db hits measured' : `db hits grow ${r.dbHitsRatio}×`,
    }),
  );
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
