// The detail panel's organisation: the explorer's one question about a single organisation,
// answered by one named statement (cypher/details/organization.cypher) instead of the generated
// interface query, whose planning takes tens of seconds after every change of the statistics.
export const detailTypeDefs = `
"An id and a name: a place, district, project partner or network."
type NamedRef {
  "Its id."
  id: ID!
  "Its name."
  name: String!
}

"A term of the vocabulary in German and English: a competence or an industry."
type TermRef {
  "Its id."
  id: ID!
  "German name."
  nameDe: String!
  "English name."
  nameEn: String!
}

"A project an organisation takes part in."
type DetailProject {
  "The project's id."
  id: ID!
  "Its title."
  title: String!
  "Where it is funded."
  level: ProjectLevel!
  "First day."
  start: Date!
  "Last day."
  end: Date!
}

"An organisation's part in a project."
type DetailParticipation {
  "lead (Verbundkoordinator) or partner."
  role: ParticipationRole!
  "The project."
  project: DetailProject!
}

"A direct cooperation, read in both directions."
type DetailCooperation {
  "Year it began, when known."
  since: Int
  "What it is about."
  kind: CooperationKind
  "The other organisation."
  partner: NamedRef!
}

"A public source record an organisation was imported from, as the detail panel links it."
type DetailSourceRecord {
  "The source: cordis or foerderkatalog."
  source: String!
  "The source's own key: a CORDIS project id or organisation PIC, a Förderkatalog joint-project name or funding code."
  recordId: String!
  "The source's page of the record; null when it has none."
  url: String
  "The name of the file it was read from."
  file: String
  "The date of that file (YYYY-MM-DD)."
  fileDate: String
}

"One organisation with its ties and network metrics, as the explorer's detail panel shows it."
type OrganizationDetails {
  "Stable id."
  id: ID!
  "Full name."
  name: String!
  "Short name or acronym."
  shortName: String
  "company, university, research institute or other actor."
  kind: OrganizationKind!
  "True for invented demo data."
  synthetic: Boolean!
  "Where the facts come from."
  source: String
  "verified:* or unverified:* for real rows."
  confidence: String
  "Distinct partners through projects and direct cooperations."
  degree: Int!
  "Its place (Ort)."
  place: NamedRef
  "Its Landkreis or kreisfreie Stadt."
  district: NamedRef
  "Its competences, by id."
  competences: [TermRef!]!
  "The industries it supplies, by id."
  industries: [TermRef!]!
  "Its projects, newest first."
  projects: [DetailParticipation!]!
  "Its direct cooperations, by partner name."
  cooperations: [DetailCooperation!]!
  "Networks and associations it is a member of."
  memberOf: [NamedRef!]!
  "When the network metrics were computed."
  metricsAt: DateTime
  "Shortest paths through it (betweenness)."
  betweenness: Float
  "Weakly connected component: 1 = the largest."
  componentId: Int
  "Organisations in its component."
  componentSize: Int
  "Leiden community: 1 = the largest."
  communityId: Int
  "Its loss would split its component."
  articulation: Boolean
  "Burt's effective size."
  effectiveSize: Float
  "Organisations separated from the rest if it went."
  splitOff: Int
  "Companies that would lose their last path to research if it went."
  researchCutOff: Int
  "Head count (companies)."
  employees: Int
  "Year founded (companies)."
  founded: Int
  "EU SME class by head count (companies)."
  sizeClass: SizeClass
  "Kind of Hochschule (universities)."
  universityKind: UniversityKind
  "Research society (institutes)."
  society: ResearchSociety
  "The public source records it was imported from, by source and record id; empty for the cluster's own data."
  provenance: [DetailSourceRecord!]!
}

type Query {
  "One organisation as the explorer's detail panel shows it; null when there is none. Answers in milliseconds even right after a change, unlike organization(id) with the same selection."
  organizationDetails("The organisation's id, e.g. fhg-ipk." id: ID!): OrganizationDetails
}`;
