// Interaction latency on the full network (issue #14): every interaction the explorer offers,
// repeated after warm-up, from the store's dispatch to the next paint, with p95 and median. Rounds
// interleave all interactions with the naive page's full redraw and our own, so ratios compare
// like with like while the machine's load changes.
import type { Page } from 'playwright-core';
import { fullRedrawMs, interactionMs, type Interaction, type InteractionName } from './in-page.ts';
import { median, percentile } from './stats.ts';

export interface InteractionFigures {
  p95Ms: number;
  medianMs: number;
  syncMs: number;
  n: number;
  ratioToNaiveRedraw: number;
  runs: number[];
}

export interface InteractionsResult {
  byName: Record<string, InteractionFigures>;
  naiveFullRedrawMs: number;
  oursFullRedrawMs: number;
}

export type Plan = Record<string, (i: number) => Interaction>;

/** Organisations with the most memberships: expanding them adds membership edges, which tells that the answer arrived. */
async function membershipHolders(url: string): Promise<string[]> {
  const query = '{ network(filter: { includeProjects: false, includeMemberships: true }) { graph } }';
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data: { network: { graph: { edges: { source: string; attributes: { kind?: string } }[] } } } };
  const count = new Map<string, number>();
  for (const e of body.data.network.graph.edges)
    if (e.attributes.kind === 'membership') count.set(e.source, (count.get(e.source) ?? 0) + 1);
  return [...count.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 5)
    .map(([id]) => id);
}

/** What each interaction acts on in round i: spread over the network, the same in every run. */
export async function interactionPlan(page: Page, url: string): Promise<Plan> {
  const orgIds = await page.evaluate(() =>
    (window as unknown as { __cluster: { cy: { nodes(s: string): { map<T>(f: (n: { id(): string }) => T): T[] } } } }).__cluster.cy
      .nodes('[nodeType = "organization"]')
      .map((n) => n.id()),
  );
  const pick = (i: number) => orgIds[(i * 397) % orgIds.length] as string;
  // A path is asked between two organisations it connects (of the largest component): most pairs
  // of the demo are not connected, and "no connection" changes nothing in the graph.
  const connected = await page.evaluate(() => {
    type Nodes = { length: number; map<T>(f: (n: { id(): string }) => T): T[]; nodes(s: string): Nodes };
    const cy = (window as unknown as { __cluster: { cy: { elements(): { components(): Nodes[] } } } }).__cluster.cy;
    const largest = cy
      .elements()
      .components()
      .sort((a, b) => b.length - a.length)[0];
    return largest ? largest.nodes('[nodeType = "organization"]').map((n) => n.id()) : [];
  });
  const linked = (i: number) => connected[(i * 397) % connected.length] as string;
  const competences = ['leichtbau', 'fuegetechnik', 'zerspanung', 'umformtechnik'];
  const categories = ['company', 'project', 'university', 'fraunhofer'];
  const holders = await membershipHolders(url);
  const holder = (i: number) => holders[i % holders.length] as string;
  return {
    select: (i) => ({ name: 'select', id: pick(i) }),
    expand: (i) => ({ name: 'expand', id: holder(i) }),
    collapse: (i) => ({ name: 'collapse', id: holder(i + 1) }),
    filter: (i) => ({ name: 'filter', competence: competences[i % competences.length] as string }),
    legend: (i) => ({ name: 'legend', category: categories[i % categories.length] as string }),
    timeStep: (i) => ({ name: 'timeStep', year: 2026 - (i % 12) }),
    focusOn: (i) => ({ name: 'focusOn', id: pick(i + 50) }),
    focusOff: (i) => ({ name: 'focusOff', id: pick(i + 80) }),
    gapsOpen: () => ({ name: 'gapsOpen' }),
    gapsClose: () => ({ name: 'gapsClose' }),
    path: (i) => ({ name: 'path', from: linked(i), to: linked(i + Math.floor(connected.length / 2)) }),
  } satisfies Partial<Record<InteractionName, (i: number) => Interaction>>;
}

export interface MeasureOptions {
  ours: Page;
  /** The naive page, for the full-redraw baseline; null skips it. */
  naive: Page | null;
  plan: Plan;
  rounds: number;
  warmup: number;
  /** Waits until the page has no request in flight. */
  idle: () => Promise<void>;
  log: (line: string) => void;
}

/** Waits until the page has no request in flight (a details panel still loading would queue ahead of an expansion). */
export function requestTracker(page: Page): () => Promise<void> {
  let inFlight = 0;
  page.on('request', () => inFlight++);
  page.on('requestfinished', () => inFlight--);
  page.on('requestfailed', () => inFlight--);
  return async () => {
    while (inFlight > 0) await new Promise((r) => setTimeout(r, 50));
  };
}

export async function measureInteractions(o: MeasureOptions): Promise<InteractionsResult> {
  const samples: Record<string, { ms: number[]; sync: number[] }> = {};
  const keep = (name: string, round: number, ms: number, sync = 0) => {
    if (round < o.warmup) return;
    const s = (samples[name] ??= { ms: [], sync: [] });
    s.ms.push(ms);
    s.sync.push(sync);
  };
  for (let round = 0; round < o.rounds + o.warmup; round++) {
    const colour = round % 2 ? '#D55E00' : '#0072B2';
    if (o.naive) {
      await o.naive.bringToFront();
      keep('naiveRedraw', round, await fullRedrawMs(o.naive, '__naive', colour));
      await o.ours.bringToFront();
    }
    for (const [name, make] of Object.entries(o.plan)) {
      await o.idle();
      const m = await interactionMs(o.ours, make(round));
      keep(name, round, m.ms, m.syncMs);
    }
    await o.idle();
    keep('oursRedraw', round, await fullRedrawMs(o.ours, '__cluster', colour));
    await fullRedrawMs(o.ours, '__cluster', null);
    if (round % 5 === 4) o.log(`  round ${round + 1} of ${o.rounds + o.warmup}`);
  }
  const naiveRedraw = samples.naiveRedraw ? median(samples.naiveRedraw.ms) : Number.NaN;
  const byName: Record<string, InteractionFigures> = {};
  for (const name of Object.keys(o.plan)) {
    const s = samples[name] ?? { ms: [], sync: [] };
    const f: InteractionFigures = {
      p95Ms: percentile(s.ms, 95),
      medianMs: median(s.ms),
      syncMs: median(s.sync),
      n: s.ms.length,
      ratioToNaiveRedraw: median(s.ms) / naiveRedraw,
      runs: s.ms.map((x) => Math.round(x * 10) / 10),
    };
    byName[name] = f;
    o.log(`  ${name}: p95 ${f.p95Ms.toFixed(0)} ms, median ${f.medianMs.toFixed(0)} ms (synchronous part ${f.syncMs.toFixed(0)} ms)`);
  }
  return { byName, naiveFullRedrawMs: naiveRedraw, oursFullRedrawMs: samples.oursRedraw ? median(samples.oursRedraw.ms) : Number.NaN };
}
