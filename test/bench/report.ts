// The benchmark's table: each measure beside its baseline, the ratio, the goal and whether it is met.
export interface Stages {
  dataMs: number;
  readyMs: number;
  interactiveMs: number;
}

export type Results = {
  timeToInteractive: { oursMs: number; naiveMs: number; ratio: number; stages: { ours: Stages; naive: Stages } };
  panZoom: { oursFps: number; naiveFps: number; emptyPageRafFps: number; ratio: number };
  interactions: Record<string, unknown> & { naiveFullRedrawMs: number; oursFullRedrawMs: number };
  networkQuery: {
    graphqlServerMs: number;
    graphqlHttpMs: number;
    buildMs: number;
    stringifyMs: number;
    ratio: number;
    endToEnd: { httpMs: number; resolverMs: number; ratio: number };
  };
};

export function printTable(r: Results): void {
  const f = (x: number, d = 0) => x.toFixed(d);
  const ok = (pass: boolean) => (pass ? 'yes' : 'NO');
  const header = ['measure', 'ours', 'baseline', 'ratio', 'goal', 'met'];
  const rows: string[][] = [header];
  const t = r.timeToInteractive;
  rows.push(['first interactive full view', `${f(t.oursMs)} ms`, `${f(t.naiveMs)} ms naive`, f(t.ratio, 2), '<= 0.3', ok(t.ratio <= 0.3)]);
  const stages = (x: Stages) => `data ${f(x.dataMs)}, ready ${f(x.readyMs)}`;
  rows.push(['  (stages from navigation, ms)', stages(t.stages.ours), `${stages(t.stages.naive)} (ready = fcose stopped)`, '', '', '']);
  const p = r.panZoom;
  rows.push([
    'pan/zoom frame rate',
    `${f(p.oursFps, 1)} fps`,
    `${f(p.emptyPageRafFps, 1)} fps empty page`,
    f(p.ratio, 2),
    '>= 0.8',
    ok(p.ratio >= 0.8),
  ]);
  rows.push(['  (naive page pan/zoom, info)', `${f(p.naiveFps, 1)} fps`, '', '', '', '']);
  const redraw = r.interactions.naiveFullRedrawMs;
  for (const [name, value] of Object.entries(r.interactions)) {
    if (typeof value !== 'object' || value === null || !('p95Ms' in value)) continue;
    const v = value as { p95Ms: number; medianMs: number; syncMs: number; ratioToNaiveRedraw: number };
    rows.push([
      `${name} latency (sync ${f(v.syncMs)} ms)`,
      `p95 ${f(v.p95Ms)}, median ${f(v.medianMs)} ms`,
      `${f(redraw)} ms naive redraw`,
      f(v.ratioToNaiveRedraw, 2),
      '<= 200 ms p95, <= 0.5',
      ok(v.p95Ms <= 200 && v.ratioToNaiveRedraw <= 0.5),
    ]);
  }
  rows.push([
    '  (our own full redraw, info)',
    `${f(r.interactions.oursFullRedrawMs)} ms`,
    '',
    f(r.interactions.oursFullRedrawMs / redraw, 2),
    '',
    '',
  ]);
  const q = r.networkQuery;
  rows.push([
    'network over GraphQL+HTTP',
    `${f(q.graphqlServerMs, 1)} ms server`,
    `${f(q.buildMs, 1)} + ${f(q.stringifyMs, 1)} ms build + stringify`,
    f(q.ratio, 2),
    '<= 1.5',
    ok(q.ratio <= 1.5),
  ]);
  rows.push([
    '  (same, seen by the client, info)',
    `${f(q.graphqlHttpMs, 1)} ms`,
    '',
    f(q.graphqlHttpMs / (q.buildMs + q.stringifyMs), 2),
    '',
    '',
  ]);
  const e = q.endToEnd;
  rows.push([
    '  (end to end with Neo4j, info)',
    `${f(e.httpMs, 1)} ms`,
    `${f(e.resolverMs, 1)} + ${f(q.stringifyMs, 1)} ms resolver + stringify`,
    f(e.ratio, 2),
    '',
    '',
  ]);
  const widths = header.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
}
