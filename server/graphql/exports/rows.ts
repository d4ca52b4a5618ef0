// The rows of the exports/* statements, parsed where they come in.
import { z } from 'zod';
import { OrganizationRow } from '../network/index.ts';

const count = z.number().int().nullable();

export const IdRow = z.object({ id: z.string() });

/** What the network shows of an organisation, its degree in the export and its stored metrics. */
export const ExportOrganizationRow = OrganizationRow.extend({
  degree: z.number().int(),
  metricDegree: count,
  betweenness: z.number().nullable(),
  componentId: count,
  componentSize: count,
  communityId: count,
  articulation: z.boolean().nullable(),
  bridgeTies: count,
  effectiveSize: z.number().nullable(),
  splitOff: count,
  researchCutOff: count,
});
export type ExportOrganizationRow = z.infer<typeof ExportOrganizationRow>;
