// A record as the edit forms show it and the audit trail stores it: one flat snapshot per
// organisation or project, read in the change's transaction.
import { z } from 'zod';
import type { Tx } from '../db.ts';
import { organizationKinds, projectLevels, societies, universityKinds } from '../../shared/vocabulary.ts';

const opt = <T extends z.ZodType>(t: T) => t.nullable().transform((v) => v ?? null);
// Neo4j prints a datetime without trailing zeros (".96Z"); one spelling, so a profile read back
// equals the one written.
const instant = opt(z.string().transform((s) => new Date(s).toISOString()));

export const OrganizationProfile = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  shortName: opt(z.string()),
  kind: z.enum(organizationKinds),
  city: opt(z.string()),
  placeId: opt(z.string()),
  country: z.string(),
  street: opt(z.string()),
  postCode: opt(z.string()),
  lat: opt(z.number()),
  lon: opt(z.number()),
  employees: opt(z.number().int()),
  founded: opt(z.number().int()),
  website: opt(z.string()),
  universityKind: opt(z.enum(universityKinds)),
  society: opt(z.enum(societies)),
  competences: z.array(z.string()),
  industries: z.array(z.string()),
  contactName: opt(z.string()),
  contactEmail: opt(z.string()),
  contactPhone: opt(z.string()),
  notes: opt(z.string()),
  source: opt(z.string()),
  synthetic: z.boolean(),
  updatedAt: instant,
});
export type OrganizationProfile = z.infer<typeof OrganizationProfile>;

/** The fields only managers and the organisation itself may read. */
export const nonPublicOrganizationFields = ['contactName', 'contactEmail', 'contactPhone', 'notes'] as const;

export const ProjectProfile = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  acronym: opt(z.string()),
  level: z.enum(projectLevels),
  programme: opt(z.string()),
  start: z.string(),
  end: opt(z.string()),
  actionField: opt(z.string()),
  competences: z.array(z.string()),
  fundingEur: opt(z.number()),
  website: opt(z.string()),
  source: opt(z.string()),
  synthetic: z.boolean(),
  updatedAt: instant,
});
export type ProjectProfile = z.infer<typeof ProjectProfile>;

const OrganizationRow = z.object({ organization: OrganizationProfile });
const ProjectRow = z.object({ project: ProjectProfile });

/** The profiles of the organisations that exist among `ids`, by id. */
export async function organizationProfiles(tx: Pick<Tx, 'run'>, ids: readonly string[]): Promise<Map<string, OrganizationProfile>> {
  const rows = await tx.run('curation/organization-snapshot', { ids }, OrganizationRow);
  return new Map(rows.map((r) => [r.organization.id, r.organization]));
}

export async function organizationProfile(tx: Pick<Tx, 'run'>, id: string): Promise<OrganizationProfile | null> {
  return (await organizationProfiles(tx, [id])).get(id) ?? null;
}

export async function projectProfile(tx: Pick<Tx, 'run'>, id: string): Promise<ProjectProfile | null> {
  const [row] = await tx.run('curation/project-snapshot', { id }, ProjectRow);
  return row?.project ?? null;
}
