// How good is sampled betweenness on the big graph? Exact betweenness does not finish there within
// the local Neo4j's 10-minute transaction limit on two cores, so the reference is a large sample
// (every fifth tied organisation as a source). Against it, the estimate from k sampled sources, on
// the tied organisations and scaled by their number / k as metrics.ts does: time, how many of the
// reference's top 100 (and top 20) it also ranks there, and the median relative error on the 100.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../server/db.ts';
import { median } from './stats.ts';

export interface Accuracy {
  samplingSize: number;
  reference: boolean;
  ms: number;
  top100Overlap: number;
  top20Overlap: number;
  top100MedianRelativeError: number;
}

async function scores(db: Database, subgraph: string, samplingSize: number): Promise<{ ms: number; byNode: Map<number, number> }> {
  const session = db.driver.session({ database: db.database });
  try {
    const t = performance.now();
    const r = await session.run(
      `CALL gds.betweenness.stream($subgraph, {samplingSize: toInteger($k), samplingSeed: 20260})
       YIELD nodeId, score RETURN nodeId, score`,
      { subgraph, k: samplingSize },
    );
    return { ms: performance.now() - t, byNode: new Map(r.records.map((x) => [Number(x.get('nodeId')), Number(x.get('score'))])) };
  } finally {
    await session.close();
  }
}

const top = (m: Map<number, number>, n: number): number[] =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([id]) => id);

export async function betweennessAccuracy(
  db: Database,
  samplingSizes: readonly number[],
  log: (line: string) => void,
): Promise<Accuracy[]> {
  const graph = `bench-accuracy-${randomUUID()}`;
  const subgraph = `${graph}-tied`;
  try {
    await db.write('metrics/project', { graph });
    await db.write('metrics/degree', { graph });
    const [tied] = await db.write('metrics/tied-subgraph', { graph, subgraph });
    const n = Number(tied?.nodeCount);
    const referenceSize = Math.round(n / 5);
    log(`accuracy: reference betweenness from ${referenceSize} of ${n} tied sources …`);
    const reference = await scores(db, subgraph, referenceSize);
    const estimate = (m: Map<number, number>, k: number, id: number) => (m.get(id) ?? 0) * (n / k);
    const best = top(reference.byNode, 100);
    const best20 = best.slice(0, 20);
    const out: Accuracy[] = [
      {
        samplingSize: referenceSize,
        reference: true,
        ms: Math.round(reference.ms),
        top100Overlap: 100,
        top20Overlap: 20,
        top100MedianRelativeError: 0,
      },
    ];
    for (const k of samplingSizes) {
      const sampled = await scores(db, subgraph, k);
      const overlap = top(sampled.byNode, 100).filter((id) => best.includes(id)).length;
      const overlap20 = top(sampled.byNode, 20).filter((id) => best20.includes(id)).length;
      const errors = best.map((id) => {
        const want = estimate(reference.byNode, referenceSize, id);
        return Math.abs(estimate(sampled.byNode, k, id) - want) / want;
      });
      out.push({
        samplingSize: k,
        reference: false,
        ms: Math.round(sampled.ms),
        top100Overlap: overlap,
        top20Overlap: overlap20,
        top100MedianRelativeError: Math.round(median(errors) * 1000) / 1000,
      });
      log(`accuracy: ${k} sources: ${Math.round(sampled.ms)} ms, top-100 overlap ${overlap}, top-20 ${overlap20}`);
    }
    return out;
  } finally {
    await db.write('metrics/drop', { graph: subgraph });
    await db.write('metrics/drop', { graph });
  }
}
