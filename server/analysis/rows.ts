// The rows the metrics job and its status read, parsed where they come in. The stored metrics are
// written from JavaScript numbers, so Neo4j keeps them as floats; whole ones still pass as integers.
import { z } from 'zod';

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
