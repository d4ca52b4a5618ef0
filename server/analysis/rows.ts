// The rows of the cypher/metrics/* statements and of the metrics status, parsed where they come in.
// The stored metrics are written from JavaScript numbers, so Neo4j keeps them as floats; whole ones
// still pass as integers.
import { z } from 'zod';
import { organizationKinds } from '../../shared/vocabulary.ts';

const count = z.number().int();

export const GdsAvailableRow = z.object({ available: z.boolean() });

/** gaps/metrics-status: the counts are null until a run has stamped some organisation. */
export const MetricsStatusRow = z.object({
  organizations: count,
  computedAt: z.string().nullable(),
  current: count,
  components: count.nullable(),
  largestComponent: count.nullable(),
  communities: count.nullable(),
  articulationPoints: count,
});
export type MetricsStatusRow = z.infer<typeof MetricsStatusRow>;

/** metrics/project: the organisations and ties projected into GDS. */
export const ProjectedRow = z.object({ nodes: count, ties: count });

/** metrics/tied-subgraph: the organisations with at least one tie. */
export const TiedSubgraphRow = z.object({ nodeCount: count });

export const LeidenRow = z.object({ communityCount: count, modularity: z.number() });

/** metrics/node-values: GDS keeps degree and betweenness as floats, the rest as integers (articulation 1 or 0). */
export const NodeValuesRow = z.object({
  id: z.string(),
  kind: z.enum(organizationKinds),
  degree: z.number(),
  betweenness: z.number(),
  component: count,
  community: count,
  articulation: count,
  triangles: count,
});

/** metrics/tie-pairs and metrics/bridges: a tie as its two organisation ids. */
export const TiePairRow = z.object({ a: z.string(), b: z.string() });
