// Where an interaction's time goes: a Chromium performance trace of a few repetitions, kept for
// DevTools (test-results/traces/<name>.json) and summed up in text: the renderer main thread's
// trace events by self time (script, style and layout of the panels, paint, GC) and the sampled
// JavaScript profile by function, self and inclusive. Used with BENCH_TRACE=1 (see README.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { interactionMs } from './in-page.ts';
import type { Plan } from './interactions.ts';

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'toplevel',
];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: {
        nodes?: { id: number; parent?: number; callFrame: { functionName: string; url?: string; lineNumber: number } }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

type Totals = [string, number][];

const top = (m: Map<string, number>, n: number): Totals =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => [k, Math.round(us / 100) / 10]);

/** The timed parts of the runs (the bench:interaction measures), as [start, end] in trace time. */
function timedWindows(events: readonly TraceEvent[]): [number, number][] {
  const measures = events.filter((e) => e.name === 'bench:interaction' && (e.ph === 'b' || e.ph === 'e')).sort((a, b) => a.ts - b.ts);
  const windows: [number, number][] = [];
  for (let i = 0; i + 1 < measures.length; i++) {
    const [b, e] = [measures[i] as TraceEvent, measures[i + 1] as TraceEvent];
    if (b.ph === 'b' && e.ph === 'e') windows.push([b.ts, e.ts]);
  }
  return windows;
}

/** Self time per trace event name and per sampled function (ms) inside the timed parts, on the busiest renderer main thread. */
export function summarise(events: readonly TraceEvent[]): { events: Totals; selfJs: Totals; inclusiveJs: Totals } {
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map<string, number>();
  for (const e of events)
    if (e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`)) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const windows = timedWindows(events);
  const timed = (ts: number) => windows.length === 0 || windows.some(([b, e]) => ts >= b && ts <= e);
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && timed(e.ts));

  // Self time of complete events: each event's duration less that of the events nested in it.
  const self = new Map<string, number>();
  const stack: { name: string; end: number }[] = [];
  for (const e of onMain.filter((x) => x.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    while (stack.length && (stack.at(-1)?.end ?? 0) <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const dur = e.dur ?? 0;
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - dur);
    self.set(e.name, (self.get(e.name) ?? 0) + dur);
    stack.push({ name: e.name, end: e.ts + dur });
  }

  // The sampled profile arrives in chunks (one profile per thread, by id): nodes first seen in
  // one chunk, samples in many, each sample's time as a delta from the one before.
  const nodes = new Map<string, { parent?: number; key: string }>();
  const clock = new Map<string, number>();
  const selfJs = new Map<string, number>();
  const inclusiveJs = new Map<string, number>();
  const [pid] = (main ?? '').split(':');
  for (const e of events) {
    if (String(e.pid) !== pid || (e.name !== 'Profile' && e.name !== 'ProfileChunk')) continue;
    const profile = e.id ?? '';
    const data = e.args?.data;
    if (e.name === 'Profile') clock.set(profile, data?.startTime ?? e.ts);
    for (const n of data?.cpuProfile?.nodes ?? []) {
      const f = n.callFrame;
      nodes.set(`${profile}/${n.id}`, {
        parent: n.parent,
        key: `${f.functionName || '(anonymous)'} ${path.basename(f.url ?? '')}:${f.lineNumber + 1}`,
      });
    }
    const deltas = data?.timeDeltas ?? [];
    (data?.cpuProfile?.samples ?? []).forEach((id, i) => {
      const us = Math.max(0, deltas[i] ?? 0);
      const at = (clock.get(profile) ?? 0) + (deltas[i] ?? 0);
      clock.set(profile, at);
      const node = nodes.get(`${profile}/${id}`);
      if (!node || !timed(at)) return;
      selfJs.set(node.key, (selfJs.get(node.key) ?? 0) + us);
      const seen = new Set<string>();
      for (let n: typeof node | undefined = node; n; n = n.parent === undefined ? undefined : nodes.get(`${profile}/${n.parent}`)) {
        if (seen.has(n.key)) continue;
        seen.add(n.key);
        inclusiveJs.set(n.key, (inclusiveJs.get(n.key) ?? 0) + us);
      }
    });
  }
  return { events: top(self, 20), selfJs: top(selfJs, 30), inclusiveJs: top(inclusiveJs, 40) };
}

/** Traces `repeat` runs of each interaction of the plan and writes the trace and its summary per interaction. */
export async function traceInteractions(browser: Browser, page: Page, plan: Plan, dir: string, log: (line: string) => void, repeat = 5) {
  mkdirSync(dir, { recursive: true });
  for (const [name, make] of Object.entries(plan)) {
    await interactionMs(page, make(0));
    await browser.startTracing(page, { categories });
    const ms: number[] = [];
    for (let i = 0; i < repeat; i++) ms.push((await interactionMs(page, make(i))).ms);
    const buffer = await browser.stopTracing();
    writeFileSync(path.join(dir, `${name}.json`), buffer);
    const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const summary = summarise(Array.isArray(parsed) ? parsed : parsed.traceEvents);
    writeFileSync(path.join(dir, `${name}.summary.json`), `${JSON.stringify({ name, repeat, ms, ...summary }, null, 2)}\n`);
    const line = (t: Totals, n: number) =>
      t
        .slice(0, n)
        .map(([k, v]) => `${k} ${v}`)
        .join('; ');
    log(`  trace ${name} (${repeat} runs, ${ms.map((x) => x.toFixed(0)).join('/')} ms)`);
    log(`    events: ${line(summary.events, 8)}`);
    log(`    js self: ${line(summary.selfJs, 8)}`);
  }
}
