// The explorer benchmark's figures for RESULTS.md, from the results it prints (report.ts): each
// ratio with its goal, and where one is missed, the stage or part that takes the time.
import { type Figure, figuresOf } from './figures.ts';
import type { Results } from './report.ts';

export function explorerFigures(r: Results): Figure[] {
  const fig = figuresOf('explorer');
  const t = r.timeToInteractive;
  const f0 = (x: number) => x.toFixed(0);
  const p = r.panZoom;
  const redraw = r.interactions.naiveFullRedrawMs;
  const q = r.networkQuery;
  const list: Figure[] = [
    fig.atMost('first interactive full view ÷ naive page', t.ratio, '×', 0.3, {
      note: `${f0(t.oursMs)} against ${f0(t.naiveMs)} ms`,
      limit: `ours: data after ${f0(t.stages.ours.dataMs)} ms, ready at ${f0(t.stages.ours.readyMs)} ms, interactive at ${f0(t.stages.ours.interactiveMs)} ms`,
    }),
    fig.atLeast('pan/zoom frame rate ÷ empty page', p.ratio, '×', 0.8, {
      note: `${p.oursFps.toFixed(1)} against ${p.emptyPageRafFps.toFixed(1)} fps; naive page ${p.naiveFps.toFixed(1)} fps`,
      limit: 'drawing the full network each frame (canvas renderer, software GL)',
    }),
  ];
  for (const [name, value] of Object.entries(r.interactions)) {
    if (typeof value !== 'object' || value === null || !('p95Ms' in value)) continue;
    const v = value as { p95Ms: number; medianMs: number; syncMs: number; ratioToNaiveRedraw: number };
    const limit = `synchronous part ${f0(v.syncMs)} ms (the store's listeners), the rest restyling and drawing; our own full redraw ${f0(r.interactions.oursFullRedrawMs)} ms`;
    list.push(
      fig.atMost(`${name} latency p95`, v.p95Ms, 'ms', 200, { note: `median ${f0(v.medianMs)} ms`, limit }),
      fig.atMost(`${name} median ÷ naive full redraw`, v.ratioToNaiveRedraw, '×', 0.5, { note: `naive redraw ${f0(redraw)} ms`, limit }),
    );
  }
  list.push(
    fig.atMost('network over GraphQL + HTTP ÷ build + stringify', q.ratio, '×', 1.5, {
      note: `${q.graphqlServerMs.toFixed(1)} ms in the server (its kept answer) against ${q.buildMs.toFixed(1)} + ${q.stringifyMs.toFixed(1)} ms`,
      limit: 'GraphQL execution, serialising the answer and the check that the database is unchanged',
    }),
    fig.info('network end to end, the answer kept', q.endToEnd.httpMs, 'ms', {
      note: `computed with Neo4j: ${q.endToEnd.resolverMs.toFixed(1)} ms`,
    }),
  );
  return list;
}
