// The rows of the cypher/partners/* statements, parsed where they come in.
import { z } from 'zod';
import { organizationKinds } from '../../../shared/vocabulary.ts';
import { OrganizationFacts } from '../network/index.ts';
import { PathNodeRow, PathRelationshipRow } from '../paths/index.ts';

export const CompetenceName = z.object({ id: z.string(), nameDe: z.string(), nameEn: z.string() });
export type CompetenceName = z.infer<typeof CompetenceName>;

export const PartnerOrganization = OrganizationFacts.extend({
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  place: z.string().nullable(),
  district: z.object({ id: z.string(), name: z.string() }).nullable(),
  competences: z.array(z.string()),
});
export type PartnerOrganization = z.infer<typeof PartnerOrganization>;

export const SourceOrganization = PartnerOrganization.extend({ industries: z.array(z.string()), ties: z.number().int() });
export type SourceOrganization = z.infer<typeof SourceOrganization>;

export const ReferencePoint = z.object({ latitude: z.number(), longitude: z.number(), label: z.string().nullable() });
export type ReferencePoint = z.infer<typeof ReferencePoint>;

/** partners/context: the organisation asked about, the place or district given, every competence. */
export const PartnerContext = z.object({
  organization: SourceOrganization.nullable(),
  place: ReferencePoint.nullable(),
  district: ReferencePoint.nullable(),
  vocabulary: z.array(CompetenceName),
});
export type PartnerContext = z.infer<typeof PartnerContext>;

export const CandidateRow = z.object({
  id: z.string(),
  kind: z.enum(organizationKinds),
  held: z.array(z.string()),
  meters: z.number().nullable(),
});

/** A direct tie (introducer null) or an introduction, with its weighted distance. */
export const IntroductionRow = z.object({ candidate: z.string(), introducer: z.string().nullable(), distance: z.number() });

export const TrackRecordRow = z.object({ id: z.string(), similarFirms: z.number().int() });

const pathParts = { nodes: z.array(PathNodeRow), relationships: z.array(PathRelationshipRow) };

/** One hop of an evidence path: from the source (step 0) or on to the partner (step 1). */
export const Hop = z.object({ via: z.string().nullable(), step: z.number().int(), ...pathParts });
export type Hop = z.infer<typeof Hop>;
export const Tie = z.object(pathParts);
export type Tie = z.infer<typeof Tie>;

/** partners/details: the partner first in organizations, then its named introducers. */
export const DetailsRow = z.object({
  organizations: z.tuple([PartnerOrganization], PartnerOrganization),
  hops: z.array(Hop),
  trackRecord: z.array(Tie),
});
