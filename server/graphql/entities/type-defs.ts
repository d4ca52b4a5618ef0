// The entity types, handed to the Neo4j GraphQL Library, which generates filtering, sorting,
// cursor pagination and aggregations; custom fields are backed by named Cypher files. The API is
// read-only: no type generates mutations.
import { cypherBlock as statement } from '../../cypher.ts';
import { limitDirective } from '../guard/index.ts';

const readOnly = `@mutation(operations: []) ${limitDirective}`;

interface OrganizationType {
  name: string;
  doc: string;
  extra: string;
  hasMembers: boolean;
}

export const organizationTypes: readonly OrganizationType[] = [
  {
    name: 'Company',
    doc: 'A company of the cluster (all companies of the demo data are synthetic).',
    hasMembers: false,
    extra: '"Head count." employees: Int\n  "Year founded." founded: Int\n  "EU SME class by head count." sizeClass: SizeClass',
  },
  {
    name: 'University',
    doc: 'A Hochschule: university, university of applied sciences, art college or private.',
    hasMembers: false,
    extra: 'universityKind: UniversityKind',
  },
  {
    name: 'ResearchInstitute',
    doc: 'A research institute: Leibniz, Fraunhofer, Max Planck or other.',
    hasMembers: false,
    extra: 'society: ResearchSociety',
  },
  { name: 'Chamber', doc: 'A chamber (IHK or Handwerkskammer).', hasMembers: true, extra: '' },
  { name: 'Association', doc: "A business or employers' association (Verband).", hasMembers: true, extra: '' },
  { name: 'Network', doc: 'A network or cluster.', hasMembers: true, extra: '' },
  { name: 'Agency', doc: 'An economic development agency.', hasMembers: false, extra: '' },
  { name: 'Ministry', doc: 'A ministry of the state.', hasMembers: false, extra: '' },
];

const organizationScalars = `
  "Stable id, e.g. fhg-ipk or co-0042."
  id: ID!
  name: String!
  shortName: String
  kind: OrganizationKind!
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
  confidence: String
  "Network metrics (GDS, see networkMetrics): distinct tie partners."
  metricDegree: Int
  "Shortest paths through it; estimated from sampled sources above 10,000 tied organisations."
  betweenness: Float
  "Weakly connected component of the tie graph: 1 = the largest."
  componentId: Int
  componentSize: Int
  "Leiden community: 1 = the largest; null for an organisation without ties."
  communityId: Int
  "Its loss would split its component (articulation point)."
  articulation: Boolean
  "Its ties that are bridges: the only link between two parts."
  bridgeTies: Int
  "Burt's effective size: partners minus the redundancy among them."
  effectiveSize: Float
  "Organisations separated from the rest if it went."
  splitOff: Int
  "Companies that would lose their last path to a university or institute if it went."
  researchCutOff: Int
  "When these metrics were computed."
  metricsAt: DateTime`;

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
  district: District @cypher(statement: ${statement('entities/organization-district')}, columnName: "district")
  degree: Int! @cypher(statement: ${statement('entities/organization-degree')}, columnName: "degree")
}`;
}

export function entityTypeDefs(): string {
  return `
"An organisation's part in a project."
type Participation @relationshipProperties { role: ParticipationRole! }
"A direct cooperation; stored with a direction, read as undirected."
type Cooperation @relationshipProperties { since: Int kind: CooperationKind synthetic: Boolean }
type Membership @relationshipProperties { since: Int synthetic: Boolean }

"Any actor of the cluster. Query all kinds at once with organizations / organizationsConnection."
interface Organization ${limitDirective} {${organizationScalars}
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
  level: ProjectLevel!
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
  kind: DistrictKind!
  seat: String
  places: [Place!]! @relationship(type: "IN_DISTRICT", direction: IN)
}

type Query {
  "One organisation by id; null when there is none."
  organization(id: ID!): Organization @cypher(statement: ${statement('entities/organization-by-id')}, columnName: "this")
}`;
}
