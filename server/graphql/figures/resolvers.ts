// clusterStats: the counts a cluster manager quotes, from one named query.
import { z } from 'zod';
import type { Database } from '../../db.ts';
import type { NoArgs, Resolver } from '../domain.ts';

const kindCounts = z.array(z.object({ kind: z.string(), count: z.number().int() }));
const count = z.number().int();

const ClusterStats = z.object({
  companies: count,
  employees: count,
  syntheticCompanies: count,
  universities: count,
  universitiesByKind: kindCounts,
  institutes: count,
  institutesBySociety: kindCounts,
  otherActors: count,
  otherActorsByKind: kindCounts,
  projects: count,
  participations: count,
  cooperations: count,
  memberships: count,
  syntheticOrganizations: count,
  realOrganizations: count,
  places: count,
  districts: count,
  competences: count,
});
export type ClusterStats = z.infer<typeof ClusterStats>;

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
