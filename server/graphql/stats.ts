// clusterStats: the counts a cluster manager quotes, from one named query.
import type { Database } from '../db.ts';

export async function clusterStats(db: Database): Promise<Record<string, unknown>> {
  const [row] = await db.read('stats/cluster-stats');
  if (!row) throw new Error('stats/cluster-stats returned no row');
  return row;
}
