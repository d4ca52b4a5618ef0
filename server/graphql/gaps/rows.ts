// The rows of the cypher/gaps/* statements, parsed where they come in. Stored metrics are written
// from JavaScript numbers, so Neo4j keeps them as floats; whole ones still pass as integers.
import { z } from 'zod';
import { districtKinds, organizationKinds, projectLevels, sizeClasses } from '../../../shared/vocabulary.ts';

const count = z.number().int();

/** An organisation as the gap reports show it (gaps/organization.part.cypher); place and district may be missing. */
export const GapOrganization = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(organizationKinds),
  employees: count.nullable(),
  // Companies only.
  sizeClass: z.enum(sizeClasses).nullable(),
  synthetic: z.boolean(),
  place: z.string().nullable(),
  district: z.string().nullable(),
  districtName: z.string().nullable(),
  competences: z.array(z.string()),
});
export type GapOrganization = z.infer<typeof GapOrganization>;

/** An organisation named in a list of others (a broker's cut-off, a community's hubs). */
const GapOrganizationRef = z.object({ id: z.string(), name: z.string(), kind: z.enum(organizationKinds) });

/** A count under a key: a district, size class, kind, competence or project level id, with its name. */
const GapCount = z.object({ key: z.string(), label: z.string(), count });

export const IsolatedRow = z.object({
  total: count,
  byKind: z.array(GapCount),
  byDistrict: z.array(GapCount),
  bySizeClass: z.array(GapCount),
  byCompetence: z.array(GapCount),
  organizations: z.array(GapOrganization),
});
export type IsolatedRow = z.infer<typeof IsolatedRow>;

const reach = { companies: count, withoutDirectTie: count, withoutTieWithinTwo: count };

export const ResearchReachRow = z.object({
  ...reach,
  byDistrict: z.array(z.object({ key: z.string(), label: z.string(), ...reach })),
  bySizeClass: z.array(z.object({ key: z.enum(sizeClasses), label: z.string(), ...reach })),
  companiesWithoutTieWithinTwo: z.array(GapOrganization),
});
export type ResearchReachRow = z.infer<typeof ResearchReachRow>;

const CountryReach = z.object({
  country: z.string(),
  partners: count,
  syntheticPartners: count,
  regionalOrganizations: count,
  projects: count,
});

export const InternationalReachRow = z.object({
  regionalOrganizations: count,
  withForeignPartners: count,
  withoutForeignPartners: count,
  foreignPartners: count,
  byKind: z.array(
    z.object({ kind: z.enum(organizationKinds), organizations: count, withForeignPartners: count, withoutForeignPartners: count }),
  ),
  countries: z.array(CountryReach),
  organizations: z.array(
    z.object({
      organization: GapOrganization,
      foreignPartners: count,
      countries: z.array(GapCount),
      projectCount: count,
      projects: z.array(z.object({ id: z.string(), title: z.string(), level: z.enum(projectLevels), synthetic: z.boolean() })),
    }),
  ),
});
export type InternationalReachRow = z.infer<typeof InternationalReachRow>;

export const WhiteSpotRow = z.object({
  competence: z.object({ id: z.string(), nameDe: z.string(), nameEn: z.string(), core: z.boolean() }),
  companies: count,
  research: count,
  ties: count,
  researchProjects: count,
  linkedCompanies: count,
  whiteSpot: z.boolean(),
  demandWithoutResearchLink: z.boolean(),
  supplyWithoutUptake: z.boolean(),
});
export type WhiteSpotRow = z.infer<typeof WhiteSpotRow>;

export const ResearchWithoutIndustryRow = z.object({ organization: GapOrganization, partners: count, projects: count });
export type ResearchWithoutIndustryRow = z.infer<typeof ResearchWithoutIndustryRow>;

export const DistrictsRow = z.object({
  districts: z.array(
    z.object({
      district: z.object({ id: z.string(), name: z.string(), kind: z.enum(districtKinds) }),
      organizations: count,
      companies: count,
      research: count,
      tiesWithin: count,
      tiesOutside: count,
      researchTies: count,
      companiesWithResearchTie: count,
      cutOffFromResearch: z.boolean(),
    }),
  ),
  between: z.array(z.object({ from: z.string(), to: z.string(), ties: count })),
});
export type DistrictsRow = z.infer<typeof DistrictsRow>;

export const KpisRow = z.object({
  year: count,
  smes: count,
  smesWithResearchTie: count,
  smeResearchShare: z.number(),
  newTies: count,
  activeProjects: count,
  activeProjectsByLevel: z.array(GapCount.extend({ key: z.enum(projectLevels) })),
});
export type KpisRow = z.infer<typeof KpisRow>;

export const BrokerRow = z.object({
  organization: GapOrganization,
  degree: count,
  betweenness: z.number(),
  articulation: z.boolean(),
  bridgeTies: count,
  splitOff: count,
  researchCutOff: count,
  componentId: count,
  // Null for an organisation without ties.
  communityId: count.nullable(),
  // All it would separate (up to 100); cutOff names the first of them.
  splitOffIds: z.array(z.string()),
  cutOff: z.array(GapOrganizationRef),
});
export type BrokerRow = z.infer<typeof BrokerRow>;

export const CommunityRow = z.object({
  id: count,
  size: count,
  companies: count,
  research: count,
  componentId: count,
  competences: z.array(GapCount),
  districts: z.array(GapCount),
  hubs: z.array(GapOrganizationRef),
});
export type CommunityRow = z.infer<typeof CommunityRow>;

export const CommunityGapRow = z.object({ a: count, b: count, sharedCompetences: z.array(z.string()) });
export type CommunityGapRow = z.infer<typeof CommunityGapRow>;

/** gaps/organizations: one organisation of the ids asked for. */
export const OrganizationRow = z.object({ organization: GapOrganization });

export const CompetenceNameRow = z.object({ id: z.string(), nameDe: z.string(), nameEn: z.string() });

/** gaps/competence-holders and gaps/district-companies: the companies an introduction starts from. */
export const IdRow = z.object({ id: z.string() });

export const LensRow = z.object({ key: z.string(), ids: z.array(z.string()) });

export const TargetExistsRow = z.object({ found: z.boolean() });

export const MetricsComputedAtRow = z.object({ computedAt: z.string() });
