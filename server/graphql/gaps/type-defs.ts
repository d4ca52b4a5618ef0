// The public schema of the network-gap reports: what a cluster manager asks ("Which key connections
// are missing? Who holds the network together?"). A tie is a shared project or a cooperation;
// memberships are not ties. Introductions embed the transfer-partner types (partners/type-defs.ts);
// the reports read from the stored network metrics are in metric-type-defs.ts (both are in the
// domain's list in index.ts).
export const gapTypeDefs = `
"A count under a key: a district, size class, kind, competence or project level id, with its German name."
type GapCount {
  "The id it counts under (a district id, size class, kind, competence id or level)."
  key: ID!
  "Its German name, for display."
  label: String!
  "How many."
  count: Int!
}

"An organisation as the gap reports list it."
type GapOrganization {
  "Organisation id."
  id: ID!
  "Full name."
  name: String!
  "Short name or acronym."
  shortName: String
  "What it is."
  kind: OrganizationKind!
  "Head count, for companies."
  employees: Int
  "Companies only."
  sizeClass: SizeClass
  "True for invented demo data (the demo's companies); real institutions are false."
  synthetic: Boolean!
  "The name of its place."
  place: String
  "The id of its district (Landkreis or kreisfreie Stadt)."
  district: ID
  "The name of its district."
  districtName: String
  "Ids of its competences."
  competences: [ID!]!
}

"An organisation named in a list of others."
type GapOrganizationRef {
  "Organisation id."
  id: ID!
  "Full name."
  name: String!
  "What it is."
  kind: OrganizationKind!
}

"Organisations without any tie (no project, no cooperation), counted and listed."
type IsolatedReport {
  "Organisations of the kinds asked without any project or cooperation tie."
  total: Int!
  "By kind (OrganizationKind)."
  byKind: [GapCount!]!
  "By district."
  byDistrict: [GapCount!]!
  "Companies only."
  bySizeClass: [GapCount!]!
  "An organisation counts once for each competence it holds."
  byCompetence: [GapCount!]!
  "The first ones: largest head count first, then by name."
  organizations: [GapOrganization!]!
}

"The research reach of the companies under one key (a district or size class)."
type ResearchReachCount {
  "The district id or size class."
  key: ID!
  "Its German name."
  label: String!
  "Companies under the key."
  companies: Int!
  "Of those, without a project or cooperation shared with a university or institute."
  withoutDirectTie: Int!
  "Of those, reaching no university or institute within two ties."
  withoutTieWithinTwo: Int!
}

"How far companies are from research: directly tied, within two ties, or not at all."
type ResearchReachReport {
  "Companies in all."
  companies: Int!
  "Companies with no project or cooperation shared with a university or institute."
  withoutDirectTie: Int!
  "Companies that reach no university or institute within two ties (directly or through one partner)."
  withoutTieWithinTwo: Int!
  "By district."
  byDistrict: [ResearchReachCount!]!
  "By EU size class."
  bySizeClass: [ResearchReachCount!]!
  "The first companies without research within two ties: those with other ties first, then by head count."
  companiesWithoutTieWithinTwo: [GapOrganization!]!
}

"A competence field as the gap reports show it."
type GapCompetence {
  "Competence id."
  id: ID!
  "German name."
  nameDe: String!
  "English name."
  nameEn: String!
  "One of the four core fields of the cluster profile."
  core: Boolean!
}

"""
One competence field × who holds it and whether industry and research meet in it. A company–research
tie is in the field when the pair shares a project addressing it, or both hold it and share a
project or a cooperation.
"""
type CompetenceCoverage {
  "The competence field."
  competence: GapCompetence!
  "Companies holding it."
  companies: Int!
  "Universities and institutes holding it."
  research: Int!
  "Company–research pairs tied in the field."
  ties: Int!
  "Projects addressing it with a university or institute taking part."
  researchProjects: Int!
  "Holders with any tie to a university or institute."
  linkedCompanies: Int!
  "A white spot: companies hold it, no research organisation does, no project on it has research in it, and no holder has any research tie."
  whiteSpot: Boolean!
  "Demand without a research link: companies hold it and no company–research tie is in it."
  demandWithoutResearchLink: Boolean!
  "Research supply without industrial uptake: research organisations hold it and no company–research tie is in it."
  supplyWithoutUptake: Boolean!
}

"A university or institute without any company among its partners."
type ResearchWithoutIndustry {
  "The university or institute."
  organization: GapOrganization!
  "Organisations it shares a project or cooperation with (none of them companies)."
  partners: Int!
  "Projects it takes part in."
  projects: Int!
}

"A district (Landkreis, kreisfreie Stadt or Berlin) by id, name and kind."
type DistrictRef {
  "District id."
  id: ID!
  "District name."
  name: String!
  "Landkreis, kreisfreie Stadt or city state."
  kind: DistrictKind!
}

"How one district's organisations are tied, within it, to elsewhere and to research."
type DistrictConnectivity {
  "The district."
  district: DistrictRef!
  "Organisations located there."
  organizations: Int!
  "Companies located there."
  companies: Int!
  "Universities and institutes located there."
  research: Int!
  "Ties with both ends in the district."
  tiesWithin: Int!
  "Ties with one end in the district and one elsewhere."
  tiesOutside: Int!
  "Ties of its organisations with universities or institutes anywhere."
  researchTies: Int!
  "Its companies with a tie to a university or institute anywhere."
  companiesWithResearchTie: Int!
  "No university or institute there and no tie of its organisations to one."
  cutOffFromResearch: Boolean!
}

"Ties between two districts (ids in alphabetical order)."
type DistrictPair {
  "One district id (the first alphabetically)."
  from: ID!
  "The other district id."
  to: ID!
  "Ties between organisations of the two."
  ties: Int!
}

"Ties within and between districts."
type DistrictReport {
  "Every district with its figures."
  districts: [DistrictConnectivity!]!
  "Every pair of districts with at least one tie between them."
  between: [DistrictPair!]!
}

"A kind of network gap that suggestedIntroductions can close."
enum GapKind {
  "An isolated company and a partner in the network."
  ISOLATED
  "A company without research within two ties and a university or institute."
  NO_RESEARCH_TIE
  "A holder of a white-spot competence and research for it or a related field; target: a competence id."
  WHITE_SPOT
  "A university or institute without industry partners and companies for it; target: its id."
  RESEARCH_WITHOUT_INDUSTRY
  "A company of a district cut off from research and a university or institute; target: a district id."
  CUT_OFF_DISTRICT
  "An organisation that hangs on a broker and a second link into the network; target: the broker's id."
  BROKER
  "The hubs of two communities that share competences but no tie; target: a community id."
  UNBRIDGED_COMMUNITIES
}

"A suggested introduction: two organisations that should meet, and why."
type Introduction {
  "The gap it closes."
  gap: GapKind!
  "What the gap is about: a competence, district, organisation or community pair id."
  subject: String!
  "The organisation of the gap (the one to introduce)."
  from: GapOrganization!
  "Whom to introduce it to."
  to: GapOrganization!
  "0 to 1: the transfer-partner score, or for community hubs the share of the 3 dominant competences they have in common."
  score: Float!
  "One sentence on why this pair, in English; the numbers behind it are in partner and sharedCompetences."
  why: String!
  "Competences both hold."
  sharedCompetences: [ID!]!
  "The transfer-partner recommendation behind the pair (score breakdown, evidence paths); null for community hubs."
  partner: TransferPartner
}

"The network's figures for one year."
type YearKpis {
  "The year."
  year: Int!
  "Companies of class micro, small or medium founded by that year."
  smes: Int!
  "Of those, with a research tie active that year: a shared project running, or a cooperation begun by then."
  smesWithResearchTie: Int!
  "smesWithResearchTie / smes, 0 to 1 (0 when there are no SMEs)."
  smeResearchShare: Float!
  "Organisation pairs whose first tie (project start or cooperation) falls in the year."
  newTies: Int!
  "Projects running that year."
  activeProjects: Int!
  "By level: regional, national, international."
  activeProjectsByLevel: [GapCount!]!
}

"A gap report as a lens on the network: which classes of organisations it colours."
enum GapLensKind {
  "Organisations without ties (key isolated)."
  ISOLATED
  "Companies by distance to research (direct, within_two, none) and the research organisations (research)."
  RESEARCH_REACH
  "For a competence (target): research holders (research), company holders with (linked) and without (unlinked) a research tie."
  WHITE_SPOT
  "Universities and institutes with_industry and without_industry partners."
  RESEARCH_WITHOUT_INDUSTRY
  "Organisations of districts cut off from research (cut_off), research organisations (research), and of the district target (district)."
  DISTRICTS
  "Articulation points (articulation), the broker target (broker) and what it alone holds (cut_off). Needs the stored metrics."
  BROKERS
  "Members of the largest communities and of the community target (a number), keyed c1, c2, … Needs the stored metrics."
  COMMUNITIES
  "The region's organisations with partners abroad (with_abroad) and without (without_abroad), and those partners (abroad)."
  INTERNATIONAL
}

"One class of organisations under a gap lens."
type GapLensGroup {
  "The class, as each GapLensKind value lists it (e.g. isolated, within_two, research, c1)."
  key: String!
  "Organisations in it."
  count: Int!
  "Their ids."
  ids: [ID!]!
}

type Query {
  """
  The organisations of each class of one gap, by the definitions of its report: what the UI's gap
  lens colours. Classes without members are left out. communities: how many (1 to 50, default 10).
  BROKERS and COMMUNITIES need the stored metrics: null, with FEATURE_UNAVAILABLE, like brokers.
  """
  gapLens(
    "Which gap report."
    lens: GapLensKind!
    "What the lens is about, for the kinds that take one: a competence, district or broker id, or a community number."
    target: ID
    "For COMMUNITIES: how many of the largest communities (1 to 50)."
    communities: Int = 10
  ): [GapLensGroup!]
  "Organisations without any project or cooperation tie; kinds (default: all) as in the network filter; limit 0 to 500."
  isolatedOrganizations(
    "Organisations of these kinds only (default: every kind)."
    kinds: [OrganizationKind!]
    "How many organisations to list (0 to 500); the counts cover all."
    limit: Int = 50
  ): IsolatedReport!
  "Companies without a research tie within one and within two ties; limit 0 to 500."
  researchReach("How many companies to list (0 to 500); the counts cover all." limit: Int = 50): ResearchReachReport!
  "Competence fields × companies, research organisations and company–research ties: white spots and fields without uptake."
  competenceWhiteSpots: [CompetenceCoverage!]!
  "Universities and institutes without any company partner, most connected first; by default only those holding a cluster competence. limit 1 to 500."
  researchWithoutIndustry(
    "Only those holding at least one of the cluster's competence fields."
    withCompetencesOnly: Boolean = true
    "How many (1 to 500)."
    limit: Int = 100
  ): [ResearchWithoutIndustry!]!
  "Ties within and between districts, and the districts cut off from research."
  districtConnectivity: DistrictReport!
  """
  Concrete pairs to connect for one kind of gap, best first, each with why. Pairs come from the
  transfer-partner recommender (its score and evidence), for up to 10 organisations of the gap,
  perOrganization (1 to 5) each; limit 1 to 50. BROKER and UNBRIDGED_COMMUNITIES need the stored
  metrics: null, with FEATURE_UNAVAILABLE, like brokers.
  """
  suggestedIntroductions(
    "Which kind of gap to close."
    gap: GapKind!
    "What the gap is about, for the kinds that take one (see GapKind): a competence, district, broker or community id."
    target: ID
    "How many pairs (1 to 50)."
    limit: Int = 20
    "Pairs per organisation of the gap (1 to 5)."
    perOrganization: Int = 2
  ): [Introduction!]
  "Yearly figures from project dates, fromYear to toYear (1900 to 2100; default: the projects' first and last year)."
  networkKpis(
    "The first year (1900 to 2100; default: the first project's start)."
    fromYear: Int
    "The last year (1900 to 2100; default: the last project's end)."
    toYear: Int
  ): [YearKpis!]!
}
`;
