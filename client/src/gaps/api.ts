// The gap lens's questions to the API (see the server's graphql/gaps/type-defs.ts): one report
// query per lens, the lens classes that colour the graph, and suggested introductions.
import { gql } from '../api.ts';
import { graphql, type ResultOf, type VariablesOf } from '../graphql.ts';
import type { GapLensName } from '../state.ts';

const GapOrgFields = graphql(
  `fragment GapOrgFields on GapOrganization { id name kind sizeClass employees districtName competences synthetic }`,
);
export type GapOrg = ResultOf<typeof GapOrgFields>;

const reportQueries = {
  isolated: graphql(
    `query IsolatedReport { isolated: isolatedOrganizations(limit: 500) { total byDistrict { key label count } bySizeClass { key label count } byCompetence { key label count } organizations { ...GapOrgFields } } }`,
  ),
  reach: graphql(
    `query ReachReport { reach: researchReach(limit: 0) { companies withoutDirectTie withoutTieWithinTwo byDistrict { key label companies withoutDirectTie withoutTieWithinTwo } } }`,
  ),
  whitespots:
    graphql(`query WhiteSpotsReport { whitespots: competenceWhiteSpots { competence { id nameDe nameEn core } companies research ties researchProjects linkedCompanies
    whiteSpot demandWithoutResearchLink supplyWithoutUptake } }`),
  research: graphql(
    `query ResearchReport { research: researchWithoutIndustry(limit: 500) { organization { ...GapOrgFields } partners projects } }`,
  ),
  districts:
    graphql(`query DistrictsReport { districts: districtConnectivity { districts { district { id name } organizations companies research tiesWithin tiesOutside researchTies
    companiesWithResearchTie cutOffFromResearch } between { from to ties } } }`),
  international:
    graphql(`query InternationalReport { international: internationalReach(limit: 500, projects: 5) { regionalOrganizations withForeignPartners withoutForeignPartners
    foreignPartners byKind { kind organizations withForeignPartners withoutForeignPartners }
    countries { country partners syntheticPartners regionalOrganizations projects }
    organizations { organization { ...GapOrgFields } foreignPartners countries { key count } projectCount projects { id title synthetic } } } }`),
  brokers: graphql(
    `query BrokersReport { brokers(limit: 50, orderBy: SPLIT_OFF, cutOffLimit: 0) { computedAt brokers { organization { ...GapOrgFields } degree betweenness articulation bridgeTies splitOff researchCutOff } } }`,
  ),
  communities:
    graphql(`query CommunitiesReport { communities(limit: 200) { computedAt communities { id size companies research label competences { key label count } districts { key label count } hubs { id name } }
    unbridged { a b sharedCompetences } } }`),
  kpis: graphql(
    `query KpisReport { kpis: networkKpis { year smes smesWithResearchTie smeResearchShare newTies activeProjects activeProjectsByLevel { key label count } } }`,
  ),
} satisfies Record<GapLensName, unknown>;

type Reports = typeof reportQueries;
/** Any one lens's report: the field of that lens is set. */
export type ReportData = Partial<
  ResultOf<Reports['isolated']> &
    ResultOf<Reports['reach']> &
    ResultOf<Reports['whitespots']> &
    ResultOf<Reports['research']> &
    ResultOf<Reports['districts']> &
    ResultOf<Reports['international']> &
    ResultOf<Reports['brokers']> &
    ResultOf<Reports['communities']> &
    ResultOf<Reports['kpis']>
>;

export function fetchReport(lens: GapLensName): Promise<ReportData> {
  // Each lens's document answers with its own field of ReportData.
  return gql<ReportData, {}>(reportQueries[lens]);
}

const MetricsStatusQuery = graphql(`query MetricsStatus { networkMetrics { gdsAvailable hint computedAt stale } }`);
export type MetricsStatus = ResultOf<typeof MetricsStatusQuery>['networkMetrics'];

export async function fetchMetricsStatus(): Promise<MetricsStatus> {
  return (await gql(MetricsStatusQuery)).networkMetrics;
}

const LensQuery = graphql(`query GapLens($lens: GapLensKind!, $target: ID) { gapLens(lens: $lens, target: $target) { key count ids } }`);
export type LensGroup = NonNullable<ResultOf<typeof LensQuery>['gapLens']>[number];
export type GapLensKind = VariablesOf<typeof LensQuery>['lens'];

export async function fetchLens(lens: GapLensKind, target: string | null): Promise<LensGroup[]> {
  const data = await gql(LensQuery, { lens, target });
  return data.gapLens ?? [];
}

const IntroductionsQuery =
  graphql(`query Introductions($gap: GapKind!, $target: ID) { suggestedIntroductions(gap: $gap, target: $target, limit: 8, perOrganization: 1) {
  gap subject score from { id name kind districtName } to { id name kind districtName } sharedCompetences
  partner { ...RecommendationFields } } }`);
export type Introduction = NonNullable<ResultOf<typeof IntroductionsQuery>['suggestedIntroductions']>[number];
export type IntroductionGap = Introduction['gap'];

export async function fetchIntroductions(gap: IntroductionGap, target: string | null): Promise<Introduction[]> {
  const data = await gql(IntroductionsQuery, { gap, target });
  return data.suggestedIntroductions ?? [];
}
