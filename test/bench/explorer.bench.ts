// The explorer against a naive Cytoscape page and against the machine's own ceilings, in one run,
// as ratios (absolute times on a shared 2-core machine say little). Not a test: run it with
// `node --import tsx test/bench/explorer.bench.ts`; see README.md next to it.
import express from 'express';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildApp } from '../../server/app.ts';
import { buildClient, clientDist } from '../../server/client-build.ts';
import { projectRoot } from '../../server/config.ts';
import { Database } from '../../server/db.ts';
import { computeNetwork } from '../../server/graphql/network/network.ts';
import { startLocalNeo4j } from '../../server/neo4j/local.ts';
import { applySchema } from '../../server/schema.ts';
import { generate } from '../../seed/generate.ts';
import { loadDataset } from '../../seed/load.ts';
import { launchBrowser, newPage } from '../setup/browser.ts';
import { explorerFigures } from './explorer-figures.ts';
import { markOursReady, panZoomFps, rafFps } from './in-page.ts';
import { interactionPlan, measureInteractions, requestTracker, type InteractionsResult, type Plan } from './interactions.ts';
import { naiveRouter } from './naive-page.ts';
import { replayDatabase } from './replay-db.ts';
import { printTable } from './report.ts';
import { traceInteractions } from './trace.ts';
import { median } from './stats.ts';

const runs = { load: 5, fps: 3, http: 20 };
// BENCH_ONLY=interactions measures the interactions alone (and keeps the rest of the JSON);
// BENCH_ROUNDS sets their repetitions, BENCH_INTERACTIONS=filter,legend picks some of them.
const onlyInteractions = process.env.BENCH_ONLY === 'interactions';
const rounds = { rounds: Number(process.env.BENCH_ROUNDS ?? 20), warmup: 2 };
const chosen = (plan: Plan): Plan => {
  const names = process.env.BENCH_INTERACTIONS?.split(',');
  return names ? Object.fromEntries(Object.entries(plan).filter(([name]) => names.includes(name))) : plan;
};
const interactionsSection = (r: InteractionsResult) => ({
  naiveFullRedrawMs: r.naiveFullRedrawMs,
  oursFullRedrawMs: r.oursFullRedrawMs,
  ...r.byName,
  goal: '<= 200 ms (p95) and <= 0.5 x naive redraw (median)',
});
const fpsMs = 3000;
const slow = { timeout: 300_000 };
const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

interface LoadStages {
  dataMs: number; // the network's GraphQL response fully received
  readyMs: number; // ours: #graph[data-ready]; naive: fcose stopped
  interactiveMs: number; // the first frame after that
}

/** Navigation start to the first interactive full view, with the stages on the way. */
async function timeToInteractive(browser: Browser, url: string, which: 'ours' | 'naive'): Promise<LoadStages> {
  const page = await newPage(browser);
  try {
    if (which === 'ours') await page.addInitScript(markOursReady);
    await page.goto(which === 'ours' ? `${url}/` : `${url}/naive/`);
    await page.waitForFunction(
      (hook) => (window as unknown as Record<string, { interactiveMs?: number } | undefined>)[hook]?.interactiveMs,
      which === 'ours' ? '__bench' : '__naive',
      slow,
    );
    return await page.evaluate(
      (hook) => {
        const marks = (window as unknown as Record<string, { readyMs?: number; layoutMs?: number; interactiveMs: number }>)[hook] as {
          readyMs?: number;
          layoutMs?: number;
          interactiveMs: number;
        };
        const graphql = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/graphql')) as
          | PerformanceResourceTiming
          | undefined;
        return { dataMs: graphql?.responseEnd ?? NaN, readyMs: marks.readyMs ?? marks.layoutMs ?? NaN, interactiveMs: marks.interactiveMs };
      },
      which === 'ours' ? '__bench' : '__naive',
    );
  } finally {
    await page.context().close();
  }
}

const stageMedians = (xs: readonly LoadStages[]): LoadStages => ({
  dataMs: median(xs.map((x) => x.dataMs)),
  readyMs: median(xs.map((x) => x.readyMs)),
  interactiveMs: median(xs.map((x) => x.interactiveMs)),
});

async function openReady(browser: Browser, url: string, which: 'ours' | 'naive'): Promise<Page> {
  const page = await newPage(browser);
  page.on('pageerror', (err) => log(`${which}: page error ${err.message}`));
  page.on('console', (msg) => msg.type() === 'error' && log(`${which}: console ${msg.text()}`));
  await page.goto(which === 'ours' ? `${url}/` : `${url}/naive/`);
  await page.waitForSelector(which === 'ours' ? '#graph[data-ready="true"]' : 'body[data-ready="true"]', { ...slow, state: 'attached' });
  return page;
}

const out = path.join(projectRoot, 'test-results', 'bench-explorer.json');

/** BENCH_ONLY=interactions: the interactions alone, written into the JSON beside what it held. */
async function interactionsOnly(browser: Browser, url: string, withNaive: boolean): Promise<void> {
  const ours = await openReady(browser, url, 'ours');
  const naive = withNaive ? await openReady(browser, url, 'naive') : null;
  await ours.bringToFront();
  const plan = chosen(await interactionPlan(ours, url));
  const measured = await measureInteractions({ ours, naive, plan, idle: requestTracker(ours), log, ...rounds });
  if (process.env.BENCH_TRACE) await traceInteractions(browser, ours, plan, path.join(projectRoot, 'test-results', 'traces'), log);
  mkdirSync(path.dirname(out), { recursive: true });
  const before = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(out, `${JSON.stringify({ ...before, interactions: interactionsSection(measured) }, null, 2)}\n`);
  log(`interactions written to ${path.relative(projectRoot, out)}`);
}

async function main(): Promise<void> {
  const cleanup: (() => Promise<unknown> | void)[] = [];
  try {
    // BENCH_URL: an app already running (npm start), for quick rounds; no naive page there.
    const running = process.env.BENCH_URL;
    if (onlyInteractions && running) {
      const browser = await launchBrowser();
      cleanup.push(() => browser.close());
      return await interactionsOnly(browser, running, false);
    }
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cluster-explorer-bench-'));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    log('starting Neo4j …');
    const neo4j = await startLocalNeo4j({ dataDir, boltPort: 0, heap: '2g', pageCacheMb: 256, startTimeoutMs: 180_000 });
    cleanup.push(() => neo4j.stop());
    const db = Database.connect(neo4j.uri, neo4j.user, neo4j.password, 'neo4j');
    cleanup.push(() => db.close());
    await applySchema(db);
    const loaded = await loadDataset(db, generate());
    log(`demo data: ${loaded.nodes} nodes, ${loaded.relationships} relationships`);
    log('building the client …');
    await buildClient({ minify: !process.env.BENCH_TRACE });
    const app = await buildApp({ db, clientDir: clientDist });
    cleanup.push(() => app.stop());
    // The same app on a database that replays its reads from memory: GraphQL and HTTP alone.
    const replayDb = replayDatabase(db);
    const replayApp = await buildApp({ db: replayDb });
    cleanup.push(() => replayApp.stop());
    const outer = express();
    outer.use('/naive', naiveRouter());
    // Server-side time of each replayed request: arrival to the response handed to the socket.
    const serverMs: number[] = [];
    outer.use(
      '/replay',
      (_req, res, next) => {
        const t0 = performance.now();
        res.on('finish', () => serverMs.push(performance.now() - t0));
        next();
      },
      replayApp.express,
    );
    outer.use(app.express);
    const server: Server = await new Promise((resolve) => {
      const s = outer.listen(0, '127.0.0.1', () => resolve(s));
    });
    cleanup.push(() => new Promise<void>((r) => server.close(() => r())));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const browser = await launchBrowser();
    cleanup.push(() => browser.close());
    if (onlyInteractions) return await interactionsOnly(browser, url, true);

    // 1. Time to the first interactive full view (a fresh browser context each run: cold cache).
    log('time to interactive …');
    const load = { ours: [] as LoadStages[], naive: [] as LoadStages[] };
    for (let i = 0; i <= runs.load; i++) {
      const o = await timeToInteractive(browser, url, 'ours');
      const n = await timeToInteractive(browser, url, 'naive');
      if (i === 0) continue; // warm-up: server, Neo4j and Chromium caches
      load.ours.push(o);
      load.naive.push(n);
      log(`  run ${i}: ours ${o.interactiveMs.toFixed(0)} ms, naive ${n.interactiveMs.toFixed(0)} ms`);
    }

    // 2. Pan/zoom frame rate on the full network versus an empty page's animation frames.
    log('pan/zoom frame rate …');
    const ours = await openReady(browser, url, 'ours');
    const idle = requestTracker(ours);
    const naive = await openReady(browser, url, 'naive');
    const empty = await newPage(browser);
    await empty.setContent('<!doctype html><title>empty</title>');
    const fps = async (page: Page, hook: '__cluster' | '__naive') => {
      await page.bringToFront();
      await panZoomFps(page, 1000, hook);
      const r: { fps: number; rafFps: number }[] = [];
      for (let i = 0; i < runs.fps; i++) r.push(await panZoomFps(page, fpsMs, hook));
      return { fps: median(r.map((x) => x.fps)), rafFps: median(r.map((x) => x.rafFps)) };
    };
    const oursFps = await fps(ours, '__cluster');
    const naiveFps = await fps(naive, '__naive');
    await empty.bringToFront();
    await rafFps(empty, 1000);
    const emptyRuns: number[] = [];
    for (let i = 0; i < runs.fps; i++) emptyRuns.push(await rafFps(empty, fpsMs));
    const emptyFps = median(emptyRuns);

    // 3. Interaction latency on the full network versus the naive page's full redraw.
    log('interaction latency …');
    await ours.bringToFront();
    const interactions = await measureInteractions({ ours, naive, plan: chosen(await interactionPlan(ours, url)), idle, log, ...rounds });

    // 4. The network query over HTTP from the replaying database (GraphQL execute + serialise +
    // HTTP, timed in the server) versus building the same graph from the same rows plus
    // JSON.stringify, in process; and end to end with Neo4j. Interleaved, like the latencies.
    // Both apps serve the answer they kept after the first request (server/answer-cache.ts), as
    // they do for every visitor: what remains is GraphQL, HTTP and the check that the database
    // is unchanged. The builds are computed every time (computeNetwork, never kept).
    log('network query …');
    const body = JSON.stringify({ query: '{ network { graph } }' });
    let text = '';
    const timed = async (f: () => Promise<unknown> | unknown) => {
      const t0 = performance.now();
      await f();
      return performance.now() - t0;
    };
    const post = (route: string) =>
      timed(async () => {
        const res = await fetch(`${url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        text = await res.text();
      });
    const q = {
      replayHttp: [] as number[],
      replayBuild: [] as number[],
      stringify: [] as number[],
      http: [] as number[],
      resolver: [] as number[],
    };
    let data: unknown = null;
    for (let i = 0; i < runs.http + 3; i++) {
      const replayHttp = await post('/replay/graphql');
      data ??= JSON.parse(text);
      const sample = {
        replayHttp,
        replayBuild: await timed(() => computeNetwork(replayDb, {})),
        stringify: await timed(() => JSON.stringify(data)),
        http: await post('/graphql'),
        resolver: await timed(() => computeNetwork(db, {})),
      };
      if (i >= 3) for (const [k, v] of Object.entries(sample)) q[k as keyof typeof q].push(v);
    }
    const replayServer = median(serverMs.slice(3));
    const [replayHttp, replayBuild, stringify] = [median(q.replayHttp), median(q.replayBuild), median(q.stringify)];

    const results = {
      machine: { cores: (await import('node:os')).cpus().length, chromium: browser.version(), node: process.version },
      timeToInteractive: {
        oursMs: stageMedians(load.ours).interactiveMs,
        naiveMs: stageMedians(load.naive).interactiveMs,
        ratio: stageMedians(load.ours).interactiveMs / stageMedians(load.naive).interactiveMs,
        goal: '<= 0.3',
        stages: { ours: stageMedians(load.ours), naive: stageMedians(load.naive) },
        runs: { ours: load.ours.map((x) => x.interactiveMs), naive: load.naive.map((x) => x.interactiveMs) },
      },
      panZoom: {
        oursFps: oursFps.fps,
        oursRafFps: oursFps.rafFps,
        naiveFps: naiveFps.fps,
        emptyPageRafFps: emptyFps,
        ratio: oursFps.fps / emptyFps,
        goal: '>= 0.8',
      },
      interactions: interactionsSection(interactions),
      networkQuery: {
        bytes: text.length,
        graphqlServerMs: replayServer,
        graphqlHttpMs: replayHttp,
        buildMs: replayBuild,
        stringifyMs: stringify,
        ratio: replayServer / (replayBuild + stringify),
        clientObservedRatio: replayHttp / (replayBuild + stringify),
        endToEnd: { httpMs: median(q.http), resolverMs: median(q.resolver), ratio: median(q.http) / (median(q.resolver) + stringify) },
        goal: '<= 1.5 (ratio)',
      },
    };
    printTable(results);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ ...results, figures: explorerFigures(results) }, null, 2)}\n`);
    log(`written to ${path.relative(projectRoot, out)}`);
  } finally {
    for (const f of cleanup.reverse()) {
      try {
        await f();
      } catch (err) {
        console.error('[bench] cleanup failed:', err);
      }
    }
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
