// clusterStats: the counts a cluster manager quotes, from one named query.
import type { Database } from '../../db.ts';
import type { NoArgs, Resolver } from '../domain.ts';
import { ClusterStats } from './rows.ts';

export async function clusterStats(db: Database): Promise<ClusterStats> {
  const [row] = await db.read('figures/cluster-stats', {}, ClusterStats);
  if (!row) throw new Error('figures/cluster-stats returned no row');
  return row;
}

export const figureResolvers = {
  Query: {
    clusterStats: ((_, __, ctx) => clusterStats(ctx.db)) satisfies Resolver<NoArgs>,
  },
};
