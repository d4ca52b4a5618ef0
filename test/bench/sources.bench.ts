// The import of a public source at the size of Horizon Europe, against a naive loader, side by side
// on one Neo4j holding the demo data with the real institutions. A seeded CORDIS package
// (cordis-package.ts: BENCH_SOURCES_PROJECTS=15000 projects, ~8 participants each, a tenth with a
// participant in Berlin or Brandenburg, the real institutions among them under CORDIS's names) is
// read from its zip (rows per second, peak RSS), imported as a dry run and for real (seconds, and
// records per second of each kind; skip-bad, so rows the import refuses are counted and left
// out), imported again (which should change nothing: what it does change is listed), then the same
// records in scope go through the naive loader (naive-sources.ts: a MERGE and a transaction per
// organisation, project and participation) for at most BENCH_NAIVE_SECONDS=120 over a prefix: the
// rate of a transaction per record does not depend on how many came before. Also: how many of the
// planted institutions were recognised, made anew or sent to review, and where the import's time
// goes (every named statement timed). Not a test: `npm run bench:sources`; figures go to
// test-results/bench-sources.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { machine, round } from './machine.ts';
import path from 'node:path';
import type { Actor } from '../../server/curation/audit.ts';
import type { ImportMode } from '../../server/curation/import/run-import.ts';
import { Database } from '../../server/db.ts';
import { startLocalNeo4j } from '../../server/neo4j/local.ts';
import { applySchema } from '../../server/schema.ts';
import { readCordis } from '../../server/sources/cordis/read.ts';
import { townCoordinates } from '../../server/sources/gazetteer.ts';
import { importSource, type SourceImportSummary } from '../../server/sources/import-source.ts';
import type { SourceBatch } from '../../server/sources/source-records.ts';
import { generate } from '../../seed/generate.ts';
import { countGraph, loadDataset, wipeAll } from '../../seed/load.ts';
import { type Planted, writeCordisPackage } from './cordis-package.ts';
import { naiveSourceImport } from './naive-sources.ts';
import { sourcesFigures } from './sources-figures.ts';
import { timedDatabase } from './timed-db.ts';

const projects = Number(process.env.BENCH_SOURCES_PROJECTS ?? 15_000);
const naiveSeconds = Number(process.env.BENCH_NAIVE_SECONDS ?? 120);
const actor: Actor = { id: 'bench', name: 'Benchmark' };
const fileDate = '2026-12-01';
const log = (line: string) => console.log(`[bench] ${line}`);
const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;
const seconds = (from: number) => (performance.now() - from) / 1000;

/** Peak RSS over the baseline while `work` runs, sampled every 50 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakRssMb: number }> {
  const base = process.memoryUsage.rss();
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peakRssMb: mb(peak - base) };
  } finally {
    clearInterval(timer);
  }
}

/** One import of the batch; the seconds of each step (the organisations' include loading the candidate index, the rest is the commit). */
async function run(db: Database, file: string, batch: SourceBatch, mode: ImportMode) {
  const t0 = performance.now();
  // Progress comes after each chunk: a step ends with its last report.
  const last = new Map<string, number>();
  const summary = await importSource(db, actor, {
    source: 'cordis',
    file,
    mode,
    batch,
    placing: { town: townCoordinates },
    onProgress: (p) => last.set(p.step, performance.now()),
  });
  const end = performance.now();
  const organizations = last.get('organizations') ?? t0;
  const projects = last.get('projects') ?? organizations;
  const participations = last.get('participations') ?? projects;
  const steps = {
    organizations: (organizations - t0) / 1000,
    projects: (projects - organizations) / 1000,
    participations: (participations - projects) / 1000,
    rest: (end - participations) / 1000,
  };
  return { summary, seconds: (end - t0) / 1000, steps };
}

const changes = (s: SourceImportSummary) =>
  [s.organizations, s.projects, s.participations].reduce((n, c) => n + c.created + c.matched + c.updated, 0);

async function rows(db: Database, cypher: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const session = db.driver.session({ database: db.database });
  try {
    return (await session.run(cypher, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/** Each planted institution: linked to its own record (recognised), to a new one, or waiting for review. */
async function recognition(db: Database, planted: readonly Planted[]) {
  const found = await rows(
    db,
    `UNWIND $planted AS p
     OPTIONAL MATCH (o:Organization)-[:FROM_SOURCE]->(:SourceRecord {key: 'organization:cordis:' + p.pic})
     OPTIONAL MATCH (q:MatchReview {name: p.name})
     RETURN p.id AS id, p.name AS name, o.id AS linked, count(q) > 0 AS review`,
    { planted },
  );
  const out = { recognised: 0, wrong: [] as string[], created: [] as string[], review: [] as string[], missing: [] as string[] };
  for (const r of found) {
    if (r.linked === r.id) out.recognised += 1;
    else if (typeof r.linked === 'string' && r.linked.startsWith('org-')) out.wrong.push(`${r.name} → ${r.linked}`);
    else if (typeof r.linked === 'string') out.created.push(String(r.name));
    else if (r.review === true) out.review.push(String(r.name));
    else out.missing.push(String(r.name));
  }
  return out;
}

/** What an import linked to its source records for the first time, with what waits for review under that name. */
const madeBy = (db: Database, importId: string) =>
  rows(
    db,
    `MATCH (o:Organization)-[r:FROM_SOURCE]->(s:SourceRecord) WHERE r.importId = $importId
     OPTIONAL MATCH (q:MatchReview {name: o.name}) OPTIONAL MATCH (c:Organization {id: q.candidateId})
     RETURN o.id AS id, o.name AS name, s.recordId AS pic, collect(c.name) AS reviewCandidates`,
    { importId },
  );

/** Nodes by label and relationships by type: what a re-import may not change. */
async function fingerprint(db: Database): Promise<Record<string, number>> {
  const found = await rows(
    db,
    `CALL { MATCH (n) UNWIND labels(n) AS l RETURN l AS what, count(*) AS n
            UNION ALL MATCH ()-[r]->() RETURN type(r) AS what, count(*) AS n }
     RETURN what, n ORDER BY what`,
    {},
  );
  return Object.fromEntries(found.map((r) => [String(r.what), Number(r.n)]));
}

const differences = (a: Record<string, number>, b: Record<string, number>) =>
  Object.fromEntries(
    [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).map((k) => [k, (b[k] ?? 0) - (a[k] ?? 0)]),
  );

async function main(): Promise<void> {
  const machineInfo = machine();
  log(`machine: ${JSON.stringify(machineInfo)}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'cluster-explorer-bench-sources-'));
  const demo = generate();
  const zip = path.join(dir, 'cordis-HORIZONprojects-csv.zip');
  let t = performance.now();
  const generated = writeCordisPackage(zip, demo, { projects, pool: 2 * projects, seed: 20_261 });
  log(`package: ${JSON.stringify({ ...generated, planted: generated.planted.length })} in ${round(seconds(t))} s`);

  const neo4j = await startLocalNeo4j({
    dataDir: process.env.NEO4J_DATA_DIR ?? path.join(dir, 'neo4j'),
    boltPort: Number(process.env.NEO4J_BOLT_PORT ?? 0),
    heap: '2g',
    pageCacheMb: 512,
    startTimeoutMs: 180_000,
  });
  const plain = Database.connect(neo4j.uri, neo4j.user, neo4j.password, 'neo4j');
  const { db, times } = timedDatabase(plain);
  try {
    // NEO4J_DATA_DIR may hold an earlier run's graph.
    await wipeAll(plain);
    await applySchema(plain);
    await loadDataset(plain, demo, { layout: false });

    t = performance.now();
    const read = await withPeakRss(() => readCordis({ zip }, { fileDate }));
    const readSeconds = seconds(t);
    const batch = read.result;
    const packageRows = generated.projectRows + generated.organizationRows;
    const reading = { seconds: round(readSeconds), packageRowsPerSecond: Math.round(packageRows / readSeconds), peakRssMb: read.peakRssMb };
    const scoped = {
      projects: batch.projects.length,
      organizations: batch.organizations.length,
      participations: batch.participations.length,
    };
    const records = scoped.projects + scoped.organizations + scoped.participations;
    log(`read: ${JSON.stringify(reading)}; in scope ${JSON.stringify(scoped)}, ${batch.problems.length} problems`);

    // Warm-up: the first statements after start run on a cold JVM and cold caches; a dry run of a
    // few projects pays that before anything is measured.
    await run(db, path.basename(zip), firstProjects(batch, 30), 'dry-run');
    const before = await countGraph(plain);
    times.clear();
    const dry = await run(db, path.basename(zip), batch, 'dry-run');
    const dryProfile = profileOf(times);
    if (JSON.stringify(await countGraph(plain)) !== JSON.stringify(before)) throw new Error('the dry run changed the graph');
    // Rows the import refuses (a town it cannot place) are reported and left out (skip-bad): the
    // figures are for what it takes.
    const refused = {
      problems: dry.summary.problemCount,
      values: [...new Set(dry.summary.problems.map((p) => `${p.column}: ${p.value}`))],
    };
    log(`dry run: ${round(dry.seconds)} s; refused rows: ${JSON.stringify(refused)}`);

    times.clear();
    const apply = await run(db, path.basename(zip), batch, 'skip-bad');
    if (apply.summary.status !== 'applied') throw new Error(`refused: ${JSON.stringify(apply.summary.problems.slice(0, 3))}`);
    const profile = profileOf(times);
    const inStatements = profile.reduce((n, s) => n + s.seconds, 0);
    const dryInStatements = dryProfile.reduce((n, s) => n + s.seconds, 0);
    log(
      `apply: ${round(apply.seconds)} s; ${JSON.stringify({ organizations: apply.summary.organizations, projects: apply.summary.projects, participations: apply.summary.participations })}`,
    );
    const recognised = await recognition(plain, generated.planted);
    log(`planted institutions: ${JSON.stringify(recognised)}`);

    const afterApply = await fingerprint(plain);
    const again = await run(db, path.basename(zip), batch, 'skip-bad');
    // Every applied import leaves its own record for the import list (curation/import-save).
    const reimport = {
      seconds: round(again.seconds),
      changes: changes(again.summary),
      graphChanges: differences(afterApply, await fingerprint(plain)),
    };
    log(
      `re-import: ${JSON.stringify(reimport)}; ${JSON.stringify({ organizations: again.summary.organizations, projects: again.summary.projects, participations: again.summary.participations })}`,
    );
    // Not thrown: a re-import that changes something is a finding to report, with what it made.
    const madeAgain = reimport.changes === 0 ? [] : await madeBy(plain, again.summary.importId);
    if (madeAgain.length > 0) log(`the re-import made: ${JSON.stringify(madeAgain)}`);

    const naive = await naiveSourceImport(plain, batch, naiveSeconds);
    const naiveRate = naive.records / naive.seconds;
    const oursRate = records / apply.seconds;
    const ratio = round(oursRate / naiveRate, 2);
    const perKind = (n: number, s: number) => ({ records: n, seconds: round(s), perSecond: Math.round(n / s) });
    const table = {
      'read zip': { records: packageRows, seconds: reading.seconds, 'records/s': reading.packageRowsPerSecond },
      'dry run': { records, seconds: round(dry.seconds), 'records/s': Math.round(records / dry.seconds) },
      apply: { records, seconds: round(apply.seconds), 'records/s': Math.round(oursRate) },
      '  organisations': perKindRow(perKind(scoped.organizations, apply.steps.organizations)),
      '  projects': perKindRow(perKind(scoped.projects, apply.steps.projects)),
      '  participations': perKindRow(perKind(scoped.participations, apply.steps.participations)),
      're-import': { records, seconds: reimport.seconds, 'records/s': Math.round(records / again.seconds) },
      naive: { records: naive.records, seconds: round(naive.seconds), 'records/s': Math.round(naiveRate) },
    };
    console.table(table);
    log(
      `ratio apply ÷ naive: ${ratio}; apply: ${round(inStatements)} of ${round(apply.seconds)} s in statements; dry run: ${round(dryInStatements)} of ${round(dry.seconds)} s`,
    );
    log(`steps (s): dry run ${JSON.stringify(mapValues(dry.steps))}, apply ${JSON.stringify(mapValues(apply.steps))}`);
    console.table(profile.slice(0, 12));
    console.table(dryProfile.slice(0, 8));
    const figures = sourcesFigures({
      reading,
      scoped,
      drySeconds: dry.seconds,
      apply,
      inStatements,
      dearest: profile,
      reimport,
      recognised,
      planted: generated.planted.length,
      naive,
      ratio,
    });
    mkdirSync('test-results', { recursive: true });
    writeFileSync(
      'test-results/bench-sources.json',
      `${JSON.stringify({ machine: machineInfo, projects, generated: { ...generated, planted: generated.planted.length }, reading, scoped, dry: { seconds: dry.seconds, steps: dry.steps, profile: dryProfile }, apply: { seconds: apply.seconds, steps: apply.steps, summary: { ...apply.summary, problems: undefined } }, refused, reimport, madeAgain, recognised, naive, ratio, profile, figures }, null, 2)}\n`,
    );
  } finally {
    await plain.close();
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first n projects of a batch, with their participations and organisations. */
function firstProjects(batch: SourceBatch, n: number): SourceBatch {
  const projects = batch.projects.slice(0, n);
  const ids = new Set(projects.map((p) => p.provenance.recordId));
  const participations = batch.participations.filter((p) => ids.has(p.projectRecordId));
  const keys = new Set(participations.map((p) => p.organizationKey));
  return { ...batch, projects, participations, organizations: batch.organizations.filter((o) => keys.has(o.key)) };
}

function profileOf(times: ReturnType<typeof timedDatabase>['times']) {
  return [...times.entries()]
    .map(([name, t]) => ({ name, calls: t.calls, seconds: round(t.ms / 1000) }))
    .sort((a, b) => b.seconds - a.seconds);
}

const mapValues = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)]));

function perKindRow(k: { records: number; seconds: number; perSecond: number }) {
  return { records: k.records, seconds: k.seconds, 'records/s': k.perSecond };
}

await main();
