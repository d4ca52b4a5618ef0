// The row of details/organization, parsed where it comes in.
import { z } from 'zod';
import {
  cooperationKinds,
  organizationKinds,
  participationRoles,
  projectLevels,
  sizeClasses,
  societies,
  universityKinds,
} from '../../../shared/vocabulary.ts';

const Ref = z.object({ id: z.string(), name: z.string() });
const Term = z.object({ id: z.string(), nameDe: z.string(), nameEn: z.string() });

export const OrganizationDetails = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(organizationKinds),
  synthetic: z.boolean(),
  source: z.string().nullable(),
  confidence: z.string().nullable(),
  degree: z.number().int(),
  place: Ref.nullable(),
  district: Ref.nullable(),
  competences: z.array(Term),
  industries: z.array(Term),
  projects: z.array(
    z.object({
      role: z.enum(participationRoles),
      project: z.object({ id: z.string(), title: z.string(), level: z.enum(projectLevels), start: z.string(), end: z.string() }),
    }),
  ),
  cooperations: z.array(z.object({ since: z.number().int().nullable(), kind: z.enum(cooperationKinds).nullable(), partner: Ref })),
  memberOf: z.array(Ref),
  metricsAt: z.string().nullable(),
  betweenness: z.number().nullable(),
  componentId: z.number().int().nullable(),
  componentSize: z.number().int().nullable(),
  communityId: z.number().int().nullable(),
  articulation: z.boolean().nullable(),
  effectiveSize: z.number().nullable(),
  splitOff: z.number().int().nullable(),
  researchCutOff: z.number().int().nullable(),
  employees: z.number().int().nullable(),
  founded: z.number().int().nullable(),
  sizeClass: z.enum(sizeClasses).nullable(),
  universityKind: z.enum(universityKinds).nullable(),
  society: z.enum(societies).nullable(),
  provenance: z.array(
    z.object({
      source: z.string(),
      recordId: z.string(),
      url: z.string().nullable(),
      file: z.string().nullable(),
      fileDate: z.string().nullable(),
    }),
  ),
});
export type OrganizationDetails = z.infer<typeof OrganizationDetails>;

export const DetailsRow = z.object({ organization: OrganizationDetails });
