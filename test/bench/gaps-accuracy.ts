// How good is sampled betweenness on the big graph? Exact GDS betweenness against the estimate from
// k sampled sources (scaled by organisations / k, as metrics.ts does): time, how many of the exact
// top 100 the estimate also ranks top 100, and the median relative error on those 100.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../server/db.ts';
import { median } from './stats.ts';

export interface Accuracy {
  samplingSize: number | 'exact';
  ms: number;
  top100Overlap: number | null;
  top100MedianRelativeError: number | null;
}

async function scores(db: Database, graph: string, samplingSize: number | null): Promise<{ ms: number; byNode: Map<number, number> }> {
  const session = db.driver.session({ database: db.database });
  try {
    const t = performance.now();
    const r = await session.run(
      `CALL gds.betweenness.stream($graph, CASE WHEN $k IS NULL THEN {} ELSE {samplingSize: toInteger($k), samplingSeed: 20260} END)
       YIELD nodeId, score RETURN nodeId, score`,
      { graph, k: samplingSize },
    );
    return { ms: performance.now() - t, byNode: new Map(r.records.map((x) => [Number(x.get('nodeId')), Number(x.get('score'))])) };
  } finally {
    await session.close();
  }
}

const top = (m: Map<number, number>, n: number): number[] => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([id]) => id);

export async function betweennessAccuracy(db: Database, samplingSizes: readonly number[], log: (line: string) => void): Promise<Accuracy[]> {
  const graph = `bench-accuracy-${randomUUID()}`;
  try {
    const [projected] = await db.write('metrics/project', { graph });
    const n = Number(projected?.nodes);
    log(`accuracy: exact betweenness on ${n} organisations …`);
    const exact = await scores(db, graph, null);
    log(`accuracy: exact took ${(exact.ms / 1000).toFixed(0)} s`);
    const best = top(exact.byNode, 100);
    const out: Accuracy[] = [{ samplingSize: 'exact', ms: Math.round(exact.ms), top100Overlap: 100, top100MedianRelativeError: 0 }];
    for (const k of samplingSizes) {
      const sampled = await scores(db, graph, k);
      const scale = n / k;
      const overlap = top(sampled.byNode, 100).filter((id) => best.includes(id)).length;
      const errors = best.map((id) => Math.abs((sampled.byNode.get(id) ?? 0) * scale - exact.byNode.get(id)!) / exact.byNode.get(id)!);
      out.push({ samplingSize: k, ms: Math.round(sampled.ms), top100Overlap: overlap, top100MedianRelativeError: Math.round(median(errors) * 1000) / 1000 });
      log(`accuracy: ${k} sources: ${Math.round(sampled.ms)} ms, top-100 overlap ${overlap}`);
    }
    return out;
  } finally {
    await db.write('metrics/drop', { graph });
  }
}
