// The explorer against a naive Cytoscape page and against the machine's own ceilings, in one run,
// as ratios (absolute times on a shared 2-core machine say little). Not a test: run it with
// `node --import tsx test/bench/explorer.bench.ts`; see README.md next to it.
import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildApp } from '../../server/app.ts';
import { buildClient, clientDist } from '../../server/client-build.ts';
import { projectRoot } from '../../server/config.ts';
import { Database } from '../../server/db.ts';
import { network } from '../../server/graphql/network/network.ts';
import { startLocalNeo4j } from '../../server/neo4j/local.ts';
import { applySchema } from '../../server/schema.ts';
import { generate } from '../../seed/generate.ts';
import { loadDataset } from '../../seed/load.ts';
import { launchBrowser, newPage } from '../setup/browser.ts';
import { explorerFigures } from './explorer-figures.ts';
import { fullRedrawMs, interactionMs, markOursReady, panZoomFps, rafFps, type Interaction } from './in-page.ts';
import { naiveRouter } from './naive-page.ts';
import { replayDatabase } from './replay-db.ts';
import { printTable } from './report.ts';
import { median } from './stats.ts';

const runs = { load: 5, fps: 3, latency: 7, http: 20 };
const fpsMs = 3000;
const slow = { timeout: 300_000 };
const log = (line: string) => console.log(`[bench] ${line}`);

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
  await page.goto(which === 'ours' ? `${url}/` : `${url}/naive/`);
  await page.waitForSelector(which === 'ours' ? '#graph[data-ready="true"]' : 'body[data-ready="true"]', slow);
  return page;
}

/** Waits until the page has no request in flight (a details panel still loading would queue ahead of an expansion). */
function requestTracker(page: Page): () => Promise<void> {
  let inFlight = 0;
  page.on('request', () => inFlight++);
  page.on('requestfinished', () => inFlight--);
  page.on('requestfailed', () => inFlight--);
  return async () => {
    while (inFlight > 0) await new Promise((r) => setTimeout(r, 50));
  };
}

async function membershipHolders(db: Database): Promise<string[]> {
  const session = db.driver.session({ database: db.database });
  try {
    const r = await session.run(
      'MATCH (o:Organization)-[:MEMBER_OF]->() WITH o, count(*) AS n ORDER BY n DESC, o.id RETURN o.id AS id LIMIT 3',
    );
    return r.records.map((rec) => String(rec.get('id')));
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const cleanup: (() => Promise<unknown> | void)[] = [];
  try {
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
    await buildClient();
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
    const orgIds = await ours.evaluate(() =>
      (window as unknown as { __cluster: { cy: { nodes(s: string): { map<T>(f: (n: { id(): string }) => T): T[] } } } }).__cluster.cy
        .nodes('[nodeType = "organization"]')
        .map((n) => n.id()),
    );
    const pick = (i: number) => orgIds[(i * 397) % orgIds.length] as string;
    const competences = ['leichtbau', 'fuegetechnik', 'zerspanung', 'umformtechnik'];
    const holders = await membershipHolders(db);
    const interactions: Record<string, (i: number) => Interaction> = {
      select: (i) => ({ name: 'select', id: pick(i) }),
      filter: (i) => ({ name: 'filter', competence: competences[i % competences.length] as string }),
      lens: (i) => ({ name: 'lens', id: pick(i + 50) }),
      expand: (i) => ({ name: 'expand', id: holders[i % holders.length] as string }),
    };
    // Interleaved rounds: each measures the naive redraw, every interaction and our own redraw,
    // so the ratios compare like with like while the machine's load changes.
    const samples: Record<string, { ms: number[]; sync: number[] }> = {};
    const keepSample = (name: string, round: number, ms: number, sync = 0) => {
      if (round < 2) return; // warm-up rounds
      const s = (samples[name] ??= { ms: [], sync: [] });
      s.ms.push(ms);
      s.sync.push(sync);
    };
    for (let round = 0; round < runs.latency + 2; round++) {
      const colour = round % 2 ? '#D55E00' : '#0072B2';
      await naive.bringToFront();
      keepSample('naiveRedraw', round, await fullRedrawMs(naive, '__naive', colour));
      await ours.bringToFront();
      for (const [name, make] of Object.entries(interactions)) {
        await idle();
        const m = await interactionMs(ours, make(round));
        keepSample(name, round, m.ms, m.syncMs);
      }
      await idle();
      keepSample('oursRedraw', round, await fullRedrawMs(ours, '__cluster', colour));
      await fullRedrawMs(ours, '__cluster', null);
    }
    const latency: Record<string, { median: number; syncMs: number; runs: number[] }> = {};
    for (const [name, s] of Object.entries(samples)) latency[name] = { median: median(s.ms), syncMs: median(s.sync), runs: s.ms };
    for (const name of Object.keys(interactions))
      log(`  ${name}: ${latency[name]?.median.toFixed(0)} ms (synchronous part ${latency[name]?.syncMs.toFixed(0)} ms)`);
    const redraw = latency.naiveRedraw as { median: number };
    const ourRedraw = latency.oursRedraw as { median: number };

    // 4. The network query over HTTP from the replaying database (GraphQL execute + serialise +
    // HTTP, timed in the server) versus building the same graph from the same rows plus
    // JSON.stringify, in process; and end to end with Neo4j. Interleaved, like the latencies.
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
        replayBuild: await timed(() => network(replayDb, null)),
        stringify: await timed(() => JSON.stringify(data)),
        http: await post('/graphql'),
        resolver: await timed(() => network(db, null)),
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
      interactions: {
        naiveFullRedrawMs: redraw.median,
        oursFullRedrawMs: ourRedraw.median,
        ...Object.fromEntries(
          Object.keys(interactions).map((k) => [
            k,
            {
              ms: latency[k]?.median,
              syncMs: latency[k]?.syncMs,
              ratioToNaiveRedraw: (latency[k]?.median ?? NaN) / redraw.median,
              runs: latency[k]?.runs,
            },
          ]),
        ),
        goal: '<= 200 ms and <= 0.5 x naive redraw',
      },
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
    const out = path.join(projectRoot, 'test-results', 'bench-explorer.json');
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
