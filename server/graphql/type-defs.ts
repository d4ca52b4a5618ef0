// The public GraphQL schema. Entity types are handed to the Neo4j GraphQL Library, which
// generates filtering, sorting, cursor pagination and aggregations; custom fields are backed by
// named Cypher files. The API is read-only: no type generates mutations.
import { cypher } from '../cypher.ts';

const readOnly = '@mutation(operations: [])';
// Block strings hold the Cypher verbatim; our files never contain a triple quote.
const statement = (name: string) => `"""\n${cypher(name)}\n"""`;

interface OrganizationType {
  name: string;
  doc: string;
  extra: string;
  hasMembers: boolean;
}

export const organizationTypes: readonly OrganizationType[] = [
  { name: 'Company', doc: 'A company of the cluster (all companies of the demo data are synthetic).', hasMembers: false,
    extra: '"Head count." employees: Int\n  "Year founded." founded: Int\n  "EU SME class by head count: micro, small, medium, large." sizeClass: String' },
  { name: 'University', doc: 'A Hochschule: university, university of applied sciences, art college or private.', hasMembers: false,
    extra: '"university, university_applied, art_college or private." universityKind: String' },
  { name: 'ResearchInstitute', doc: 'A research institute: Leibniz, Fraunhofer, Max Planck or other.', hasMembers: false,
    extra: '"leibniz, fraunhofer, max_planck or other." society: String' },
  { name: 'Chamber', doc: 'A chamber (IHK or Handwerkskammer).', hasMembers: true, extra: '' },
  { name: 'Association', doc: 'A business or employers\' association (Verband).', hasMembers: true, extra: '' },
  { name: 'Network', doc: 'A network or cluster.', hasMembers: true, extra: '' },
  { name: 'Agency', doc: 'An economic development agency.', hasMembers: false, extra: '' },
  { name: 'Ministry', doc: 'A ministry of the state.', hasMembers: false, extra: '' },
];

const organizationScalars = `
  "Stable id, e.g. fhg-ipk or co-0042."
  id: ID!
  name: String!
  shortName: String
  "company, university, research_institute, chamber, association, network, agency or ministry."
  kind: String!
  "True for invented demo data; real institutions are false."
  synthetic: Boolean!
  "Site or place coordinates (WGS 84)."
  location: Point
  "Stored layout position of the network view."
  x: Float
  y: Float
  "The source's own topic tags (English), for real institutions."
  topics: [String!]
  "Where the facts come from."
  source: String
  "verified:* or unverified:* for real rows."
  confidence: String`;

function organizationType(t: OrganizationType): string {
  const members = t.hasMembers
    ? '\n  "Organisations that are members." members: [Organization!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Membership")'
    : '';
  return `
"${t.doc}"
type ${t.name} implements Organization @node(labels: ["${t.name}", "Organization"]) ${readOnly} {${organizationScalars}
  ${t.extra}
  place: Place @relationship(type: "LOCATED_IN", direction: OUT)
  competences: [Competence!]! @relationship(type: "HAS_COMPETENCE", direction: OUT)
  industries: [Industry!]! @relationship(type: "SUPPLIES", direction: OUT)
  projects: [Project!]! @relationship(type: "PARTICIPATES_IN", direction: OUT, properties: "Participation")
  cooperationPartners: [Organization!]! @relationship(type: "COOPERATES_WITH", direction: OUT, queryDirection: UNDIRECTED, properties: "Cooperation")
  memberOf: [Organization!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Membership")${members}
  district: District @cypher(statement: ${statement('fields/organization-district')}, columnName: "district")
  degree: Int! @cypher(statement: ${statement('fields/organization-degree')}, columnName: "degree")
}`;
}

export function typeDefs(): string {
  return `
"Role in a project: lead or partner."
type Participation @relationshipProperties { role: String! }
"A direct cooperation; stored with a direction, read as undirected."
type Cooperation @relationshipProperties { since: Int kind: String synthetic: Boolean }
type Membership @relationshipProperties { since: Int synthetic: Boolean }

"Any actor of the cluster. Query all kinds at once with organizations / organizationsConnection."
interface Organization {${organizationScalars}
  place: Place @declareRelationship
  competences: [Competence!]! @declareRelationship
  industries: [Industry!]! @declareRelationship
  projects: [Project!]! @declareRelationship
  cooperationPartners: [Organization!]! @declareRelationship
  memberOf: [Organization!]! @declareRelationship
  "The district of the organisation's place."
  district: District
  "Distinct partners through projects and direct cooperations."
  degree: Int!
}
${organizationTypes.map(organizationType).join('\n')}

"A competence field, in German and English."
type Competence @node ${readOnly} {
  id: ID!
  nameDe: String!
  nameEn: String!
  "One of the four core fields of the cluster profile."
  core: Boolean!
  organizations: [Organization!]! @relationship(type: "HAS_COMPETENCE", direction: IN)
  projects: [Project!]! @relationship(type: "ADDRESSES", direction: IN)
}

"A target industry the cluster supplies."
type Industry @node ${readOnly} {
  id: ID!
  nameDe: String!
  nameEn: String!
  organizations: [Organization!]! @relationship(type: "SUPPLIES", direction: IN)
}

"An action field of the cluster masterplan."
type ActionField @node ${readOnly} {
  id: ID!
  nameDe: String!
  nameEn: String!
  projects: [Project!]! @relationship(type: "CONTRIBUTES_TO", direction: IN)
}

"A cooperation or innovation project (synthetic in the demo data)."
type Project @node ${readOnly} {
  id: ID!
  title: String!
  "regional, national or international."
  level: String!
  start: Date!
  end: Date!
  programme: String
  synthetic: Boolean!
  x: Float
  y: Float
  participants: [Organization!]! @relationship(type: "PARTICIPATES_IN", direction: IN, properties: "Participation")
  actionField: ActionField @relationship(type: "CONTRIBUTES_TO", direction: OUT)
  competences: [Competence!]! @relationship(type: "ADDRESSES", direction: OUT)
}

"A town or city."
type Place @node ${readOnly} {
  id: ID!
  name: String!
  kind: String
  location: Point!
  source: String
  district: District @relationship(type: "IN_DISTRICT", direction: OUT)
  organizations: [Organization!]! @relationship(type: "LOCATED_IN", direction: IN)
}

"A Landkreis, a kreisfreie Stadt, or Berlin."
type District @node ${readOnly} {
  id: ID!
  name: String!
  "landkreis, kreisfreie_stadt or land (Berlin)."
  kind: String!
  seat: String
  places: [Place!]! @relationship(type: "IN_DISTRICT", direction: IN)
}

${customTypeDefs}`;
}

const customTypeDefs = `
"""
A graph in graphology's serialisation format:
{ attributes, options, nodes: [{ key, attributes }], edges: [{ key, source, target, attributes }] }.
See the README ("The network wire format") for every attribute.
"""
scalar GraphologyGraph

type KindCount { kind: String! count: Int! }

"The figures a cluster manager quotes."
type ClusterStats {
  companies: Int!
  employees: Int!
  syntheticCompanies: Int!
  universities: Int!
  universitiesByKind: [KindCount!]!
  institutes: Int!
  institutesBySociety: [KindCount!]!
  otherActors: Int!
  otherActorsByKind: [KindCount!]!
  projects: Int!
  participations: Int!
  cooperations: Int!
  memberships: Int!
  syntheticOrganizations: Int!
  realOrganizations: Int!
  places: Int!
  districts: Int!
  competences: Int!
}

"Restricts the network view; every field is optional and fields combine with AND."
input NetworkFilter {
  kinds: [String!]
  districts: [ID!]
  competences: [ID!]
  industries: [ID!]
  minEmployees: Int
  maxEmployees: Int
  synthetic: Boolean
  "Project levels to include: regional, national, international."
  levels: [String!]
  actionFields: [ID!]
  "Projects active in or after this year; cooperations are not limited by it."
  yearFrom: Int
  "Projects started and cooperations begun by this year."
  yearTo: Int
  includeProjects: Boolean = true
  includeMemberships: Boolean = false
}

type NetworkGraph {
  nodeCount: Int!
  edgeCount: Int!
  "Nodes (organisations and projects) and edges in graphology's format."
  graph: GraphologyGraph!
}

type SearchHit {
  id: ID!
  "organization, competence, industry, place or district."
  type: String!
  "The organisation's kind, where type is organization."
  kind: String
  name: String!
  "Short name, or the English name of a competence or industry."
  secondary: String
  score: Float!
}

"An organisation or project on a path."
type PathNode {
  id: ID!
  "The organisation's name, or the project's title."
  name: String!
  "The organisation's kind, or project."
  kind: String!
  "organization or project."
  nodeType: String!
}

"One relationship of a path, in path order (from is nearer the start)."
type PathStep {
  from: PathNode!
  to: PathNode!
  "participation, cooperation or membership."
  relation: String!
  "lead or partner, for a participation."
  role: String
  "The year a cooperation or membership began."
  since: Int
  "The start year of the project, for a participation."
  year: Int
}

type Path {
  "Relationships on the path: a shared project counts 2 (organisation → project → organisation), a cooperation or membership 1."
  length: Int!
  steps: [PathStep!]!
  "Organisations and projects from start to end: the keys of the network's nodes."
  nodeIds: [ID!]!
  "The keys the network gives these edges: org>project, source~target (cooperation), source^target (membership), in the stored direction."
  edgeKeys: [String!]!
}

type Query {
  clusterStats: ClusterStats!
  "The network for the explorer: one compact graph, not thousands of GraphQL objects."
  network(filter: NetworkFilter): NetworkGraph!
  """
  One organisation and everything within hops (1 or 2) steps, in the network's format plus the graph
  attribute center and a hop per node. A step is a shared project, a cooperation or, with
  includeMemberships, a membership; a project takes the hop of the step it lies on (the centre's
  projects are hop 1, like their participants). limit (1 to 2000) caps the organisations, nearest
  first; the graph attribute truncated says whether it cut any.
  """
  neighbourhood(id: ID!, hops: Int = 1, includeMemberships: Boolean = false, limit: Int = 500): NetworkGraph!
  """
  The shortest connection between two organisations through projects, cooperations and, if asked,
  memberships; null when there is none of at most maxHops (1 to 12) relationships.
  """
  shortestPath(from: ID!, to: ID!, includeMemberships: Boolean = false, maxHops: Int = 8): Path
  "Full-text search over names, short names, competences, industries and places."
  search(text: String!, limit: Int = 10): [SearchHit!]!
  "One organisation by id; null when there is none."
  organization(id: ID!): Organization @cypher(statement: ${statement('fields/organization-by-id')}, columnName: "this")
}
`;
