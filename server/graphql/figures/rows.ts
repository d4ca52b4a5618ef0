// The row of figures/cluster-stats, parsed where it comes in.
import { z } from 'zod';

const kindCounts = z.array(z.object({ kind: z.string(), count: z.number().int() }));
const count = z.number().int();

export const ClusterStats = z.object({
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
