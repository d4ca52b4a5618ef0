// The explorer's overview of a graph too large to draw whole: per district its organisations,
// projects and research ties, and the ties between districts. Aggregating every tie takes
// seconds at 100,000 firms, so it is computed with the network metrics (after seeding, imports and
// on demand) and stored on the districts; the API reads 18 nodes and their ties.
import { z } from 'zod';
import type { Database } from '../db.ts';

const count = z.number().int();

export const DistrictCounts = z.object({
  id: z.string(),
  organizations: count,
  companies: count,
  research: count,
  synthetic: count,
  projects: count,
  researchLinked: count,
});
export type DistrictCounts = z.infer<typeof DistrictCounts>;

export const DistrictTie = z.object({ source: z.string(), target: z.string(), ties: count, cooperations: count });
export type DistrictTie = z.infer<typeof DistrictTie>;

export const researchKinds = ['university', 'research_institute'];

/** Ties within a district are the pairs whose two ends lie in it. */
export function internalTies(ties: readonly DistrictTie[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of ties) if (t.source === t.target) out.set(t.source, (out.get(t.source) ?? 0) + t.ties);
  return out;
}

export async function computeOverview(db: Database, at: string = new Date().toISOString()): Promise<void> {
  const [districts, ties] = await Promise.all([
    db.read('overview/districts', { researchKinds }, DistrictCounts),
    db.read('overview/ties', {}, DistrictTie),
  ]);
  const inside = internalTies(ties);
  await db.transaction(async (tx) => {
    await tx.run('overview/store-districts', { rows: districts.map((d) => ({ ...d, internalTies: inside.get(d.id) ?? 0 })), at });
    await tx.run('overview/store-ties', { rows: ties.filter((t) => t.source !== t.target) });
  });
}
