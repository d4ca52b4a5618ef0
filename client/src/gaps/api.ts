// The gap lens's questions to the API (see the server's graphql/gaps/type-defs.ts): one report
// query per lens, the lens classes that colour the graph, and suggested introductions.
import { gql } from '../api.ts';
import { recommendationFields, type Recommendation, type Term } from '../partners/types.ts';
import type { GapLensName } from '../state.ts';

export interface Count { key: string; label: string; count: number }
export interface GapOrg { id: string; name: string; kind: string; sizeClass: string | null; employees: number | null; districtName: string | null; competences: string[]; synthetic: boolean }
const gapOrg = 'id name kind sizeClass employees districtName competences synthetic';

export interface ReportData {
  isolated?: { total: number; byDistrict: Count[]; bySizeClass: Count[]; byCompetence: Count[]; organizations: GapOrg[] };
  reach?: {
    companies: number; withoutDirectTie: number; withoutTieWithinTwo: number;
    byDistrict: { key: string; label: string; companies: number; withoutDirectTie: number; withoutTieWithinTwo: number }[];
  };
  whitespots?: {
    competence: Term & { core: boolean }; companies: number; research: number; ties: number; researchProjects: number; linkedCompanies: number;
    whiteSpot: boolean; demandWithoutResearchLink: boolean; supplyWithoutUptake: boolean;
  }[];
  research?: { organization: GapOrg; partners: number; projects: number }[];
  districts?: {
    districts: {
      district: { id: string; name: string }; organizations: number; companies: number; research: number;
      tiesWithin: number; tiesOutside: number; researchTies: number; companiesWithResearchTie: number; cutOffFromResearch: boolean;
    }[];
    between: { from: string; to: string; ties: number }[];
  };
  brokers?: {
    computedAt: string;
    brokers: { organization: GapOrg; degree: number; betweenness: number; articulation: boolean; bridgeTies: number; splitOff: number; researchCutOff: number }[];
  } | null;
  communities?: {
    computedAt: string;
    communities: { id: number; size: number; companies: number; research: number; label: string; competences: Count[]; districts: Count[]; hubs: { id: string; name: string }[] }[];
    unbridged: { a: number; b: number; sharedCompetences: string[] }[];
  } | null;
  kpis?: { year: number; smes: number; smesWithResearchTie: number; smeResearchShare: number; newTies: number; activeProjects: number; activeProjectsByLevel: Count[] }[];
}

const reportQueries: Record<GapLensName, string> = {
  isolated: `{ isolated: isolatedOrganizations(limit: 500) { total byDistrict { key label count } bySizeClass { key label count } byCompetence { key label count } organizations { ${gapOrg} } } }`,
  reach: '{ reach: researchReach(limit: 0) { companies withoutDirectTie withoutTieWithinTwo byDistrict { key label companies withoutDirectTie withoutTieWithinTwo } } }',
  whitespots: `{ whitespots: competenceWhiteSpots { competence { id nameDe nameEn core } companies research ties researchProjects linkedCompanies
    whiteSpot demandWithoutResearchLink supplyWithoutUptake } }`,
  research: `{ research: researchWithoutIndustry(limit: 500) { organization { ${gapOrg} } partners projects } }`,
  districts: `{ districts: districtConnectivity { districts { district { id name } organizations companies research tiesWithin tiesOutside researchTies
    companiesWithResearchTie cutOffFromResearch } between { from to ties } } }`,
  brokers: `{ brokers(limit: 50, orderBy: SPLIT_OFF, cutOffLimit: 0) { computedAt brokers { organization { ${gapOrg} } degree betweenness articulation bridgeTies splitOff researchCutOff } } }`,
  communities: `{ communities(limit: 200) { computedAt communities { id size companies research label competences { key label count } districts { key label count } hubs { id name } }
    unbridged { a b sharedCompetences } } }`,
  kpis: '{ kpis: networkKpis { year smes smesWithResearchTie smeResearchShare newTies activeProjects activeProjectsByLevel { key label count } } }',
};

export function fetchReport(lens: GapLensName): Promise<ReportData> {
  return gql<ReportData>(reportQueries[lens]);
}

export interface MetricsStatus { gdsAvailable: boolean; hint: string | null; computedAt: string | null; stale: number }

export async function fetchMetricsStatus(): Promise<MetricsStatus> {
  return (await gql<{ networkMetrics: MetricsStatus }>('{ networkMetrics { gdsAvailable hint computedAt stale } }')).networkMetrics;
}

export type GapLensKind = 'ISOLATED' | 'RESEARCH_REACH' | 'WHITE_SPOT' | 'RESEARCH_WITHOUT_INDUSTRY' | 'DISTRICTS' | 'BROKERS' | 'COMMUNITIES';
export interface LensGroup { key: string; count: number; ids: string[] }

export async function fetchLens(lens: GapLensKind, target: string | null): Promise<LensGroup[]> {
  const data = await gql<{ gapLens: LensGroup[] | null }>(
    'query ($lens: GapLensKind!, $target: ID) { gapLens(lens: $lens, target: $target) { key count ids } }', { lens, target });
  return data.gapLens ?? [];
}

export type IntroductionGap = 'ISOLATED' | 'NO_RESEARCH_TIE' | 'WHITE_SPOT' | 'RESEARCH_WITHOUT_INDUSTRY' | 'CUT_OFF_DISTRICT' | 'BROKER' | 'UNBRIDGED_COMMUNITIES';

export interface Introduction {
  gap: IntroductionGap;
  subject: string;
  score: number;
  from: { id: string; name: string; kind: string; districtName: string | null };
  to: { id: string; name: string; kind: string; districtName: string | null };
  sharedCompetences: string[];
  partner: Recommendation | null;
}

export async function fetchIntroductions(gap: IntroductionGap, target: string | null): Promise<Introduction[]> {
  const data = await gql<{ suggestedIntroductions: Introduction[] | null }>(
    `query ($gap: GapKind!, $target: ID) { suggestedIntroductions(gap: $gap, target: $target, limit: 8, perOrganization: 1) {
      gap subject score from { id name kind districtName } to { id name kind districtName } sharedCompetences
      partner { ${recommendationFields} } } }`,
    { gap, target },
  );
  return data.suggestedIntroductions ?? [];
}
