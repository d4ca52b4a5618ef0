// Up to what size the explorer draws the whole network and still answers every interaction within
// 200 ms (issue #14): the demo generated at several sizes, one after another (one Neo4j at a time,
// so the machine is as quiet for each), each drawn whole (`?whole=` lifts the overview's bound),
// with the interactions of bench:explorer. The bound is the largest size whose every p95 stays
// within 200 ms; the client's `wholeNetworkUpTo` (graph/level-of-detail.ts) is set from it.
// `npm run bench:bound` (BENCH_BOUND_SIZES=2000,2600,3500,5000 firms; BENCH_ROUNDS=10), about
// 15 minutes; figures go to test-results/bench-whole-bound.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildClient } from '../../server/client-build.ts';
import { projectRoot } from '../../server/config.ts';
import { wholeNetworkUpTo } from '../../client/src/graph/level-of-detail.ts';
import { launchBrowser, newPage } from '../setup/browser.ts';
import { figuresOf } from './figures.ts';
import { interactionPlan, measureInteractions, requestTracker } from './interactions.ts';
import { machine, round } from './machine.ts';
import { type Cleanup, serve } from './serve.ts';

const sizes = (process.env.BENCH_BOUND_SIZES ?? '2000,2600,3500,5000').split(',').map(Number);
const rounds = { rounds: Number(process.env.BENCH_ROUNDS ?? 10), warmup: 2 };
const goalMs = 200;
const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

interface SizeResult {
  companies: number;
  organizations: number;
  nodes: number;
  edges: number;
  p95Ms: Record<string, number>;
  worst: { name: string; p95Ms: number };
}

async function measureSize(companies: number): Promise<SizeResult> {
  const cleanup: Cleanup = [];
  try {
    const app = await serve(companies, cleanup, log);
    const browser = await launchBrowser();
    cleanup.push(() => browser.close());
    const page = await newPage(browser);
    await page.goto(`${app.url}/?whole=1000000`);
    await page.waitForSelector('#graph[data-ready="true"]', { timeout: 300_000, state: 'attached' });
    const drawn = await page.evaluate(() => {
      type Cy = { nodes(s?: string): { length: number }; edges(): { length: number } };
      const cy = (window as unknown as { __cluster: { cy: Cy } }).__cluster.cy;
      return { organizations: cy.nodes('[nodeType = "organization"]').length, nodes: cy.nodes().length, edges: cy.edges().length };
    });
    const plan = await interactionPlan(page, app.url);
    const measured = await measureInteractions({ ours: page, naive: null, plan, idle: requestTracker(page), log, ...rounds });
    const p95Ms = Object.fromEntries(Object.entries(measured.byName).map(([name, f]) => [name, round(f.p95Ms)]));
    const [name, p95] = Object.entries(p95Ms).sort((a, b) => b[1] - a[1])[0] ?? ['none', Number.NaN];
    return { companies, ...drawn, p95Ms, worst: { name, p95Ms: p95 } };
  } finally {
    for (const f of cleanup.reverse()) await Promise.resolve(f()).catch(() => undefined);
  }
}

async function main(): Promise<void> {
  log('building the client …');
  await buildClient();
  const results: SizeResult[] = [];
  for (const companies of sizes) {
    log(`${companies} firms …`);
    const r = await measureSize(companies);
    log(`  ${r.organizations} organisations, ${r.nodes} nodes, ${r.edges} edges: worst ${r.worst.name} p95 ${r.worst.p95Ms} ms`);
    results.push(r);
  }
  const within = results.filter((r) => r.worst.p95Ms <= goalMs);
  const bound = within.length ? Math.max(...within.map((r) => r.organizations)) : 0;
  const fig = figuresOf('bound');
  const figures = [
    fig.info('largest network drawn whole with every interaction p95 <= 200 ms', bound, 'organisations', {
      note: `measured at ${results.map((r) => r.organizations).join(', ')} organisations; the client draws whole up to ${wholeNetworkUpTo}`,
    }),
    ...results.map((r) =>
      fig.atMost(`slowest interaction at ${r.organizations} organisations drawn whole, p95`, r.worst.p95Ms, 'ms', goalMs, {
        note: `${r.worst.name}; ${r.nodes} nodes, ${r.edges} edges`,
        limit: 'restyling and drawing every element whose classes change',
      }),
    ),
  ];
  const out = path.join(projectRoot, 'test-results', 'bench-whole-bound.json');
  mkdirSync(path.dirname(out), { recursive: true });
  const json = { machine: machine(), date: new Date().toISOString(), goalMs, bound, sizes: results, figures };
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(JSON.stringify({ bound, sizes: results }, null, 2));
}

await main();
