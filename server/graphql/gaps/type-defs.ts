// The public schema of the network-gap reports: what a cluster manager asks ("Which key connections
// are missing? Who holds the network together?"). A tie is a shared project or a cooperation;
// memberships are not ties. Introductions embed the transfer-partner types (partners/type-defs.ts);
// the reports read from the stored network metrics are in metric-type-defs.ts (both are in the
// domain's list in index.ts).
export const gapTypeDefs = `
"A count under a key: a district, size class, kind, competence or project level id, with its German name."
type GapCount { key: ID! label: String! count: Int! }

"An organisation as the gap reports list it."
type GapOrganization {
  id: ID!
  name: String!
  shortName: String
  kind: OrganizationKind!
  employees: Int
  "Companies only."
  sizeClass: SizeClass
  "True for invented demo data (the demo's companies); real institutions are false."
  synthetic: Boolean!
  "The name of its place."
  place: String
  "The id and name of its district."
  district: ID
  districtName: String
  "Ids of its competences."
  competences: [ID!]!
}

"An organisation named in a list of others."
type GapOrganizationRef { id: ID! name: String! kind: OrganizationKind! }

type IsolatedReport {
  "Organisations of the kinds asked without any project or cooperation tie."
  total: Int!
  byKind: [GapCount!]!
  byDistrict: [GapCount!]!
  "Companies only."
  bySizeClass: [GapCount!]!
  "An organisation counts once for each competence it holds."
  byCompetence: [GapCount!]!
  "The first ones: largest head count first, then by name."
  organizations: [GapOrganization!]!
}

type ResearchReachCount {
  key: ID!
  label: String!
  companies: Int!
  withoutDirectTie: Int!
  withoutTieWithinTwo: Int!
}

type ResearchReachReport {
  companies: Int!
  "Companies with no project or cooperation shared with a university or institute."
  withoutDirectTie: Int!
  "Companies that reach no university or institute within two ties (directly or through one partner)."
  withoutTieWithinTwo: Int!
  byDistrict: [ResearchReachCount!]!
  bySizeClass: [ResearchReachCount!]!
  "The first companies without research within two ties: those with other ties first, then by head count."
  companiesWithoutTieWithinTwo: [GapOrganization!]!
}

type GapCompetence { id: ID! nameDe: String! nameEn: String! core: Boolean! }

"""
One competence field × who holds it and whether industry and research meet in it. A company–research
tie is in the field when the pair shares a project addressing it, or both hold it and share a
project or a cooperation.
"""
type CompetenceCoverage {
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

type ResearchWithoutIndustry {
  organization: GapOrganization!
  "Organisations it shares a project or cooperation with (none of them companies)."
  partners: Int!
  projects: Int!
}

type DistrictRef { id: ID! name: String! kind: DistrictKind! }

type DistrictConnectivity {
  district: DistrictRef!
  organizations: Int!
  companies: Int!
  "Universities and institutes located there."
  research: Int!
  "Ties with both ends in the district."
  tiesWithin: Int!
  "Ties with one end in the district and one elsewhere."
  tiesOutside: Int!
  "Ties of its organisations with universities or institutes anywhere."
  researchTies: Int!
  companiesWithResearchTie: Int!
  "No university or institute there and no tie of its organisations to one."
  cutOffFromResearch: Boolean!
}

"Ties between two districts (ids in alphabetical order)."
type DistrictPair { from: ID! to: ID! ties: Int! }

type DistrictReport {
  districts: [DistrictConnectivity!]!
  "Every pair of districts with at least one tie between them."
  between: [DistrictPair!]!
}

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

type Introduction {
  gap: GapKind!
  "What the gap is about: a competence, district, organisation or community pair id."
  subject: String!
  from: GapOrganization!
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

type YearKpis {
  year: Int!
  "Companies of class micro, small or medium founded by that year."
  smes: Int!
  "Of those, with a research tie active that year: a shared project running, or a cooperation begun by then."
  smesWithResearchTie: Int!
  smeResearchShare: Float!
  "Organisation pairs whose first tie (project start or cooperation) falls in the year."
  newTies: Int!
  "Projects running that year."
  activeProjects: Int!
  "By level: regional, national, international."
  activeProjectsByLevel: [GapCount!]!
}

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
}

"One class of organisations under a gap lens."
type GapLensGroup {
  key: String!
  count: Int!
  ids: [ID!]!
}

type Query {
  """
  The organisations of each class of one gap, by the definitions of its report: what the UI's gap
  lens colours. Classes without members are left out. communities: how many (1 to 50, default 10).
  BROKERS and COMMUNITIES need the stored metrics: null, with FEATURE_UNAVAILABLE, like brokers.
  """
  gapLens(lens: GapLensKind!, target: ID, communities: Int = 10): [GapLensGroup!]
  "Organisations without any project or cooperation tie; kinds (default: all) as in the network filter; limit 0 to 500."
  isolatedOrganizations(kinds: [OrganizationKind!], limit: Int = 50): IsolatedReport!
  "Companies without a research tie within one and within two ties; limit 0 to 500."
  researchReach(limit: Int = 50): ResearchReachReport!
  "Competence fields × companies, research organisations and company–research ties: white spots and fields without uptake."
  competenceWhiteSpots: [CompetenceCoverage!]!
  "Universities and institutes without any company partner, most connected first; by default only those holding a cluster competence. limit 1 to 500."
  researchWithoutIndustry(withCompetencesOnly: Boolean = true, limit: Int = 100): [ResearchWithoutIndustry!]!
  "Ties within and between districts, and the districts cut off from research."
  districtConnectivity: DistrictReport!
  """
  Concrete pairs to connect for one kind of gap, best first, each with why. Pairs come from the
  transfer-partner recommender (its score and evidence), for up to 10 organisations of the gap,
  perOrganization (1 to 5) each; limit 1 to 50. BROKER and UNBRIDGED_COMMUNITIES need the stored
  metrics: null, with FEATURE_UNAVAILABLE, like brokers.
  """
  suggestedIntroductions(gap: GapKind!, target: ID, limit: Int = 20, perOrganization: Int = 2): [Introduction!]
  "Yearly figures from project dates, fromYear to toYear (1900 to 2100; default: the projects' first and last year)."
  networkKpis(fromYear: Int, toYear: Int): [YearKpis!]!
}
`;
