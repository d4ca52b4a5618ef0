// Load: the typical mix of queries (load/mix.ts) under autocannon against the app and, side by
// side in the same run, against a minimal express + neo4j-driver baseline answering the same
// questions (load/baseline.ts): requests per second, p50, p99. Then the same mix at a moderate rate
// while an abusive client hammers the app: the typical clients' p99 with ÷ without it. With --soak:
// the typical mix for SOAK_SECONDS (600) at SOAK_RATE, the app's memory sampled every 10 s.
// The servers run in this process, every autocannon in its own (load/cannon.ts). Not a test:
// `npm run bench:load` (about 5 minutes) and `npm run bench:soak`; figures go to
// test-results/bench-load.json and test-results/bench-soak.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { ensureMetrics } from '../../server/analysis/ensure.ts';
import { buildApp } from '../../server/app.ts';
import { openDatabase } from '../../server/bootstrap.ts';
import { projectRoot, readConfig } from '../../server/config.ts';
import type { Database } from '../../server/db.ts';
import { generate } from '../../seed/generate.ts';
import { loadDataset } from '../../seed/load.ts';
import { buildBaseline } from './load/baseline.ts';
import { fire, users, type Outcome, type Shot } from './load/cannon.ts';
import { abusiveMix, typicalMix, weights } from './load/mix.ts';
import { oneAtATime } from './load/one-at-a-time.ts';
import { line, loadTable, ms, printTable, type Pair, type Round } from './load/report.ts';
import { sameAnswers } from './load/same-answers.ts';
import { listen, settle } from './load/servers.ts';
import { soak } from './load/soak.ts';
import { median } from './stats.ts';

function knob(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw ? Number(raw) : fallback;
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} "${raw}" is not a positive number.`);
  return n;
}
const knobs = {
  seconds: knob('LOAD_SECONDS', 10), // one timed run of one side
  rounds: knob('LOAD_ROUNDS', 3),
  connections: knob('LOAD_CONNECTIONS', 16), // typical users, each its own connection and address
  abuseConnections: knob('ABUSE_CONNECTIONS', 64),
  abusePairs: knob('ABUSE_PAIRS', 3),
  typicalShare: 0.5, // beside the abuser, typical users ask at half the app's measured throughput
  typicalTimeoutSeconds: 10,
  soakSeconds: knob('SOAK_SECONDS', 600),
  soakRate: knob('SOAK_RATE', 5), // about half of what the app answers on the 2-core box
  soakSampleSeconds: 10,
};
const goals = { throughputRatio: 0.8, abuseP99Ratio: 2, heapMbPerMinute: 1 };
const abuserAddress = '127.0.0.2';

const t0 = performance.now();
const log = (text: string) => console.log(`[bench ${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${text}`);
const sleep = (msecs: number) => new Promise((r) => setTimeout(r, msecs));

const toApp = typicalMix.map((q) => ({ path: '/graphql', body: JSON.stringify({ query: q.query, variables: q.variables }) }));
const toBaseline = typicalMix.map((q) => ({ path: `/plain/${q.field}`, body: JSON.stringify(q.variables) }));
const abusive = abusiveMix.map((a) => ({ path: '/graphql', body: JSON.stringify(a.body) }));

const typicalShot = (url: string, requests: Shot['requests'], rate?: number): Shot => ({
  url,
  requests,
  connections: knobs.connections,
  seconds: knobs.seconds,
  sources: users(knobs.connections),
  ...(rate ? { rate } : {}),
});

/** Closed loop, app and baseline in turn (ABBA: each goes first as often), after a warm-up of each. */
async function throughput(appUrl: string, baseUrl: string): Promise<Round[]> {
  log(`warm-up: 5 s each side, ${knobs.connections} connections …`);
  await fire({ ...typicalShot(appUrl, toApp), seconds: 5 }).done;
  await fire({ ...typicalShot(baseUrl, toBaseline), seconds: 5 }).done;
  const rounds: Round[] = [];
  for (let i = 0; i < knobs.rounds; i++) {
    const order = i % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const);
    const round: Partial<Round> = {};
    for (const side of order) round[side] = await fire(side === 'app' ? typicalShot(appUrl, toApp) : typicalShot(baseUrl, toBaseline)).done;
    rounds.push(round as Round);
    log(`round ${i + 1}/${knobs.rounds}  app      ${line(round.app as Outcome)}`);
    log(`               baseline ${line(round.baseline as Outcome)}`);
  }
  return rounds;
}

/** The typical mix at a fixed rate: rate × LOAD_SECONDS requests, each answered, failed or timed out. */
async function atRate(url: string, rate: number): Promise<Outcome> {
  const firing = fire({
    ...typicalShot(url, toApp, rate),
    amount: Math.round(rate * knobs.seconds),
    timeoutSeconds: knobs.typicalTimeoutSeconds,
  });
  // Bounded even when the app has stopped answering: what is not answered by then counts as failed.
  const deadline = setTimeout(() => firing.stop(), (knobs.seconds + 2 * knobs.typicalTimeoutSeconds) * 1000);
  try {
    return await firing.done;
  } finally {
    clearTimeout(deadline);
  }
}

/** The typical mix at a fixed rate, alone and then beside the abusive client, pair after pair. */
async function abuse(db: Database, appUrl: string, rate: number): Promise<Pair[]> {
  const pairs: Pair[] = [];
  for (let i = 0; i < knobs.abusePairs; i++) {
    await settle(db);
    const alone = await atRate(appUrl, rate);
    await settle(db);
    const abuser = fire({
      url: appUrl,
      requests: abusive,
      connections: knobs.abuseConnections,
      seconds: 3600,
      sources: [abuserAddress],
      timeoutSeconds: 30,
    });
    await sleep(2000); // the abuser at full strength before the typical users start
    const withAbuser = await atRate(appUrl, rate);
    abuser.stop();
    const abuserOutcome = await abuser.done;
    pairs.push({ intended: Math.round(rate * knobs.seconds), alone, withAbuser, abuser: abuserOutcome });
    log(`pair ${i + 1}/${knobs.abusePairs}  alone  ${line(alone)}`);
    log(`              abused ${line(withAbuser)}`);
    log(`              abuser ${line(abuserOutcome)}`);
  }
  log(`Neo4j quiet again after ${(await settle(db)).toFixed(0)} s`);
  return pairs;
}

function write(name: string, content: Record<string, unknown>): void {
  const dir = path.join(projectRoot, 'test-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  const machine = { cpus: cpus().length, loadAverage: loadavg() };
  writeFileSync(file, `${JSON.stringify({ when: new Date().toISOString(), machine, knobs, goals, ...content }, null, 2)}\n`);
  log(`written ${path.relative(projectRoot, file)}`);
}

async function main(): Promise<void> {
  const soakMode = process.argv.includes('--soak');
  const cleanup: (() => Promise<unknown> | void)[] = [];
  try {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cluster-explorer-bench-load-'));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const config = readConfig({ ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: '0', NEO4J_HEAP: '2g' });
    const opened = await openDatabase(config, (l) => log(`    ${l}`));
    cleanup.push(() => opened.close());
    const { db } = opened;
    log('generating and loading the demo data …');
    const loaded = await loadDataset(db, generate());
    log(`loaded ${loaded.nodes} nodes, ${loaded.relationships} relationships in ${loaded.seconds.toFixed(0)} s`);
    await ensureMetrics(db, (l) => log(`    ${l}`));

    // As npm start builds it: the limits and HTTP settings from the environment, the plans warmed.
    const app = await buildApp({ db, limits: config.limits, http: config.http });
    cleanup.push(() => app.stop());
    const appServer = await listen(app.express);
    cleanup.push(() => appServer.close());
    log(`app at ${appServer.url}; query plans warmed up in ${(await app.warmUp()).toFixed(1)} s`);

    if (soakMode) {
      const { rows, figures, list } = await soak({
        shot: typicalShot(appServer.url, toApp, knobs.soakRate),
        seconds: knobs.soakSeconds,
        sampleSeconds: knobs.soakSampleSeconds,
        heapGoalMbPerMinute: goals.heapMbPerMinute,
        log,
      });
      printTable(rows);
      write('bench-soak.json', { mix: typicalMix, weights: weights(typicalMix), ...figures, figures: list });
      return;
    }

    const baseServer = await listen(buildBaseline(db, typicalMix));
    cleanup.push(() => baseServer.close());
    log(`baseline at ${baseServer.url}; the same question to both must get the same answer:`);
    const same = await sameAnswers(appServer.url, baseServer.url, typicalMix);
    for (const s of same) log(`    ${s.same ? 'same answer' : 'DIFFERENT  '} ${s.question}${s.difference ? `: ${s.difference}` : ''}`);
    log('each question alone, one request at a time (5 each side) …');
    const oneByOne = await oneAtATime(appServer.url, baseServer.url, typicalMix);
    for (const [field, t] of Object.entries(oneByOne))
      log(`    ${field.padEnd(20)} app ${ms(t.app).padStart(8)}  baseline ${ms(t.baseline).padStart(8)}`);

    const rounds = await throughput(appServer.url, baseServer.url);
    const typicalRate = Math.max(5, Math.round(knobs.typicalShare * median(rounds.map((r) => r.app.okPerSecond))));
    log(
      `typical users at ${typicalRate} req/s, alone and beside an abusive client (${knobs.abuseConnections} connections from ${abuserAddress}) …`,
    );
    const pairs = await abuse(db, appServer.url, typicalRate);

    const { rows, figures, list } = loadTable({ ...knobs, abuserAddress, typicalRate, goals }, rounds, pairs, same, oneByOne);
    printTable(rows);
    // `measured`: the figures as numbers; `figures`: the rows every bench writes for RESULTS.md.
    write('bench-load.json', {
      mix: typicalMix,
      weights: weights(typicalMix),
      abusiveMix,
      sameAnswers: same,
      measured: figures,
      figures: list,
      rounds,
      pairs,
    });
  } finally {
    for (const f of cleanup.reverse()) await f();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
