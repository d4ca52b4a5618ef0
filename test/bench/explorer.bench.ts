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
import { network } from '../../server/graphql/network.ts';
import { startLocalNeo4j } from '../../server/neo4j/local.ts';
import { applySchema } from '../../server/schema.ts';
import { generate } from '../../seed/generate.ts';
import { loadDataset } from '../../seed/load.ts';
import { launchBrowser, newPage } from '../setup/browser.ts';
import { interactionMs, markOursReady, naiveRedrawMs, panZoomFps, rafFps, type Interaction } from './in-page.ts';
import { naiveRouter } from './naive-page.ts';

const runs = { load: 5, fps: 3, latency: 7, http: 20 };
const fpsMs = 3000;
const slow = { timeout: 300_000 };

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const log = (line: string) => console.log(`[bench] ${line}`);

/** Warm-up runs first (discarded), then the median of `n` timed runs. */
async function medianOf(n: number, warmup: number, f: (i: number) => Promise<number>): Promise<{ median: number; runs: number[] }> {
  for (let i = 0; i < warmup; i++) await f(i);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await f(warmup + i));
  return { median: median(out), runs: out };
}

async function timeToInteractive(browser: Browser, url: string, which: 'ours' | 'naive'): Promise<number> {
  const page = await newPage(browser);
  try {
    if (which === 'ours') {
      await page.addInitScript(markOursReady);
      await page.goto(`${url}/`);
      await page.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench, undefined, slow);
      return await page.evaluate(() => (window as unknown as { __bench: { interactiveMs: number } }).__bench.interactiveMs);
    }
    await page.goto(`${url}/naive/`);
    await page.waitForFunction(() => (window as unknown as { __naive?: unknown }).__naive, undefined, slow);
    return await page.evaluate(() => (window as unknown as { __naive: { interactiveMs: number } }).__naive.interactiveMs);
  } finally {
    await page.context().close();
  }
}

async function openReady(browser: Browser, url: string, which: 'ours' | 'naive'): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(which === 'ours' ? `${url}/` : `${url}/naive/`);
  await page.waitForSelector(which === 'ours' ? '#graph[data-ready="true"]' : 'body[data-ready="true"]', slow);
  return page;
}

async function membershipHolders(db: Database): Promise<string[]> {
  const session = db.driver.session({ database: db.database });
  try {
    const r = await session.run('MATCH (o:Organization)-[:MEMBER_OF]->() WITH o, count(*) AS n ORDER BY n DESC, o.id RETURN o.id AS id LIMIT 3');
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
    const db = Database.connect(neo4j.uri, 'neo4j', 'bench', 'neo4j');
    cleanup.push(() => db.close());
    await applySchema(db);
    const loaded = await loadDataset(db, generate());
    log(`demo data: ${loaded.nodes} nodes, ${loaded.relationships} relationships`);
    log('building the client …');
    await buildClient();
    const app = await buildApp({ db, clientDir: clientDist });
    cleanup.push(() => app.stop());
    const outer = express();
    outer.use('/naive', naiveRouter());
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
    const load = { ours: [] as number[], naive: [] as number[] };
    for (let i = 0; i <= runs.load; i++) {
      const o = await timeToInteractive(browser, url, 'ours');
      const n = await timeToInteractive(browser, url, 'naive');
      if (i === 0) continue; // warm-up: server, Neo4j and Chromium caches
      load.ours.push(o);
      load.naive.push(n);
      log(`  run ${i}: ours ${o.toFixed(0)} ms, naive ${n.toFixed(0)} ms`);
    }

    // 2. Pan/zoom frame rate on the full network versus an empty page's animation frames.
    log('pan/zoom frame rate …');
    const ours = await openReady(browser, url, 'ours');
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
    await naive.bringToFront();
    const redraw = await medianOf(runs.latency, 2, (i) => naiveRedrawMs(naive, i % 2 ? '#D55E00' : '#0072B2'));
    await ours.bringToFront();
    const orgIds = await ours.evaluate(() =>
      (window as unknown as { __cluster: { cy: { nodes(s: string): { map<T>(f: (n: { id(): string }) => T): T[] } } } }).__cluster.cy
        .nodes('[nodeType = "organization"]').map((n) => n.id()));
    const pick = (i: number) => orgIds[(i * 397) % orgIds.length] as string;
    const competences = ['leichtbau', 'fuegetechnik', 'zerspanung', 'umformtechnik'];
    const holders = await membershipHolders(db);
    const interactions: Record<string, (i: number) => Interaction> = {
      select: (i) => ({ name: 'select', id: pick(i) }),
      filter: (i) => ({ name: 'filter', competence: competences[i % competences.length] as string }),
      lens: (i) => ({ name: 'lens', id: pick(i + 50) }),
      expand: (i) => ({ name: 'expand', id: holders[i % holders.length] as string }),
    };
    const latency: Record<string, { median: number; runs: number[] }> = {};
    for (const [name, make] of Object.entries(interactions)) {
      latency[name] = await medianOf(runs.latency, 2, (i) => interactionMs(ours, make(i)));
      log(`  ${name}: ${latency[name]?.median.toFixed(0)} ms`);
    }

    // 4. The network query over HTTP versus the resolver called directly and JSON.stringify.
    log('network query …');
    const body = JSON.stringify({ query: '{ network { graph } }' });
    let text = '';
    const http = await medianOf(runs.http, 3, async () => {
      const t0 = performance.now();
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      text = await res.text();
      return performance.now() - t0;
    });
    const resolver = await medianOf(runs.http, 3, async () => {
      const t0 = performance.now();
      await network(db, null);
      return performance.now() - t0;
    });
    const data: unknown = JSON.parse(text);
    const stringify = await medianOf(runs.http, 3, async () => {
      const t0 = performance.now();
      JSON.stringify(data);
      return performance.now() - t0;
    });

    const results = {
      machine: { cores: (await import('node:os')).cpus().length, chromium: browser.version(), node: process.version },
      timeToInteractive: { oursMs: median(load.ours), naiveMs: median(load.naive), ratio: median(load.ours) / median(load.naive), goal: '<= 0.3', runs: load },
      panZoom: { oursFps: oursFps.fps, oursRafFps: oursFps.rafFps, naiveFps: naiveFps.fps, emptyPageRafFps: emptyFps, ratio: oursFps.fps / emptyFps, goal: '>= 0.8' },
      interactions: {
        naiveFullRedrawMs: redraw.median,
        ...Object.fromEntries(Object.entries(latency).map(([k, v]) => [k, { ms: v.median, ratioToNaiveRedraw: v.median / redraw.median, runs: v.runs }])),
        goal: '<= 200 ms and <= 0.5 x naive redraw',
      },
      networkQuery: {
        httpMs: http.median, resolverMs: resolver.median, stringifyMs: stringify.median, bytes: text.length,
        ratio: http.median / (resolver.median + stringify.median),
        overheadRatio: (http.median - resolver.median) / stringify.median,
        goal: '<= 1.5 (ratio)',
      },
    };
    printTable(results);
    const out = path.join(projectRoot, 'test-results', 'bench-explorer.json');
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
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

type Results = {
  timeToInteractive: { oursMs: number; naiveMs: number; ratio: number };
  panZoom: { oursFps: number; naiveFps: number; emptyPageRafFps: number; ratio: number };
  interactions: Record<string, unknown> & { naiveFullRedrawMs: number };
  networkQuery: { httpMs: number; resolverMs: number; stringifyMs: number; ratio: number; overheadRatio: number };
};

function printTable(r: Results): void {
  const f = (x: number, d = 0) => x.toFixed(d);
  const ok = (pass: boolean) => (pass ? 'yes' : 'NO');
  const rows: string[][] = [['measure', 'ours', 'baseline', 'ratio', 'goal', 'met']];
  const t = r.timeToInteractive;
  rows.push(['first interactive full view', `${f(t.oursMs)} ms`, `${f(t.naiveMs)} ms naive`, f(t.ratio, 2), '<= 0.3', ok(t.ratio <= 0.3)]);
  const p = r.panZoom;
  rows.push(['pan/zoom frame rate', `${f(p.oursFps, 1)} fps`, `${f(p.emptyPageRafFps, 1)} fps empty page`, f(p.ratio, 2), '>= 0.8', ok(p.ratio >= 0.8)]);
  rows.push(['  (naive page pan/zoom, info)', `${f(p.naiveFps, 1)} fps`, '', '', '', '']);
  const redraw = r.interactions.naiveFullRedrawMs;
  for (const name of ['select', 'filter', 'lens', 'expand']) {
    const v = r.interactions[name] as { ms: number; ratioToNaiveRedraw: number };
    rows.push([`${name} latency`, `${f(v.ms)} ms`, `${f(redraw)} ms naive redraw`, f(v.ratioToNaiveRedraw, 2), '<= 200 ms, <= 0.5', ok(v.ms <= 200 && v.ratioToNaiveRedraw <= 0.5)]);
  }
  const q = r.networkQuery;
  rows.push(['network over HTTP', `${f(q.httpMs, 1)} ms`, `${f(q.resolverMs, 1)} + ${f(q.stringifyMs, 1)} ms resolver + stringify`, f(q.ratio, 2), '<= 1.5', ok(q.ratio <= 1.5)]);
  rows.push(['  GraphQL+HTTP overhead', `${f(q.httpMs - q.resolverMs, 1)} ms`, `${f(q.stringifyMs, 1)} ms stringify`, f(q.overheadRatio, 2), '', '']);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
