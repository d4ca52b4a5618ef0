// The rows of the network/* and paths/neighbourhood/* statements, parsed where they come in.
import { z } from 'zod';
import {
  cooperationKinds,
  organizationKinds,
  participationRoles,
  projectLevels,
  societies,
  universityKinds,
} from '../../../shared/vocabulary.ts';

const year = z.number().int().nullable();

/** What every statement that shows an organisation returns about it. */
export const OrganizationFacts = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(organizationKinds),
  society: z.enum(societies).nullable(),
  universityKind: z.enum(universityKinds).nullable(),
  employees: z.number().int().nullable(),
});

export const OrganizationRow = OrganizationFacts.extend({
  synthetic: z.boolean(),
  x: z.number().nullable(),
  y: z.number().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  place: z.string().nullable(),
  district: z.string().nullable(),
  competences: z.array(z.string()),
  industries: z.array(z.string()),
});
export type OrganizationRow = z.infer<typeof OrganizationRow>;

export const ProjectRow = z.object({
  id: z.string(),
  title: z.string(),
  level: z.enum(projectLevels),
  programme: z.string().nullable(),
  startYear: year,
  endYear: year,
  synthetic: z.boolean(),
  x: z.number().nullable(),
  y: z.number().nullable(),
  actionField: z.string().nullable(),
  // The participants among the organisations of the graph.
  participants: z.array(z.object({ org: z.string(), role: z.enum(participationRoles) })),
});
export type ProjectRow = z.infer<typeof ProjectRow>;

export const CooperationRow = z.object({
  source: z.string(),
  target: z.string(),
  since: year,
  kind: z.enum(cooperationKinds).nullable(),
  synthetic: z.boolean().nullable(),
});
export type CooperationRow = z.infer<typeof CooperationRow>;

export const MembershipRow = z.object({ source: z.string(), target: z.string(), since: year, synthetic: z.boolean().nullable() });
export type MembershipRow = z.infer<typeof MembershipRow>;
