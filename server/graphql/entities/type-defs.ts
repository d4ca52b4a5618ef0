// The entity types, handed to the Neo4j GraphQL Library, which generates filtering, sorting,
// cursor pagination and aggregations; custom fields are backed by named Cypher files. The API is
// read-only: no type generates mutations.
import { cypherBlock as statement } from '../../cypher.ts';
import { limitDirective } from '../guard/index.ts';
import { provenanceTypeDefs } from './provenance-type-defs.ts';

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
    extra: '"Which kind of Hochschule." universityKind: UniversityKind',
  },
  {
    name: 'ResearchInstitute',
    doc: 'A research institute: Leibniz, Fraunhofer, Max Planck or other.',
    hasMembers: false,
    extra: '"The research society it belongs to (Fraunhofer, Leibniz, Max Planck) or other." society: ResearchSociety',
  },
  {
    name: 'Chamber',
    doc: 'A chamber: an IHK (Industrie- und Handelskammer, chamber of industry and commerce) or a Handwerkskammer (chamber of crafts), the self-governing bodies firms belong to by law.',
    hasMembers: true,
    extra: '',
  },
  { name: 'Association', doc: "A business or employers' association (Verband).", hasMembers: true, extra: '' },
  { name: 'Network', doc: 'A network or cluster initiative that organisations join as members.', hasMembers: true, extra: '' },
  {
    name: 'Agency',
    doc: 'An economic development agency (Wirtschaftsförderung), of the state or of a district.',
    hasMembers: false,
    extra: '',
  },
  { name: 'Ministry', doc: 'A ministry of the state of Brandenburg or of the federal government.', hasMembers: false, extra: '' },
];

const organizationScalars = `
  "Stable id, e.g. fhg-ipk or co-0042."
  id: ID!
  "Full name."
  name: String!
  "Short name or acronym, e.g. BTU or Fraunhofer IPK."
  shortName: String
  "What it is: company, university, research institute, chamber …; the same as its node type."
  kind: OrganizationKind!
  "True for invented demo data; real institutions are false."
  synthetic: Boolean!
  "Site or place coordinates (WGS 84)."
  location: Point
  "Stored layout position of the network view: x coordinate."
  x: Float
  "Stored layout position of the network view: y coordinate."
  y: Float
  "The source's own topic tags (English), for real institutions."
  topics: [String!]
  "Where the facts come from."
  source: String
  "verified:* or unverified:* for real rows."
  confidence: String
  "ISO 3166 country code (DE, FR, PL …) when a source gives one; its place's country says the same."
  country: String
  "Network metrics (GDS, see networkMetrics): distinct tie partners."
  metricDegree: Int
  "Shortest paths through it; estimated from sampled sources above 10,000 tied organisations."
  betweenness: Float
  "Weakly connected component of the tie graph: 1 = the largest."
  componentId: Int
  "Organisations in its component."
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

// The relationship and computed fields of every organisation type, said once for the interface and each type.
const doc = {
  place: 'The town or city it is located in.',
  competences: 'The competence fields it holds.',
  industries: 'The target industries it supplies.',
  projects: "The projects it takes part in; the relationship's role says lead or partner.",
  cooperationPartners: 'Organisations it cooperates with directly (read in both directions), with since, kind and synthetic.',
  memberOf: 'The chambers, associations and networks it is a member of (Mitgliedschaft).',
  district: "The district of the organisation's place.",
  contacts: 'Its contact persons; non-public: managers and members of this organisation only (others get an empty list).',
  notes: 'Internal notes of the cluster management; non-public: managers and members of this organisation only (others get an empty list).',
  degree: 'Distinct partners through projects and direct cooperations.',
  provenance: "The public source records it was imported from (CORDIS, Förderkatalog); empty for the cluster's own data.",
};

function organizationType(t: OrganizationType): string {
  const members = t.hasMembers
    ? '\n  "Organisations that are members." members: [Organization!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Membership")'
    : '';
  return `
"${t.doc}"
type ${t.name} implements Organization @node(labels: ["${t.name}", "Organization"]) ${readOnly} {${organizationScalars}
  ${t.extra}
  "${doc.place}" place: Place @relationship(type: "LOCATED_IN", direction: OUT)
  "${doc.competences}" competences: [Competence!]! @relationship(type: "HAS_COMPETENCE", direction: OUT)
  "${doc.industries}" industries: [Industry!]! @relationship(type: "SUPPLIES", direction: OUT)
  "${doc.projects}" projects: [Project!]! @relationship(type: "PARTICIPATES_IN", direction: OUT, properties: "Participation")
  "${doc.cooperationPartners}" cooperationPartners: [Organization!]! @relationship(type: "COOPERATES_WITH", direction: OUT, queryDirection: UNDIRECTED, properties: "Cooperation")
  "${doc.memberOf}" memberOf: [Organization!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Membership")${members}
  "${doc.contacts}" contacts: [Contact!]! @relationship(type: "HAS_CONTACT", direction: OUT)
  "${doc.notes}" notes: [Note!]! @relationship(type: "HAS_NOTE", direction: OUT)
  "${doc.district}" district: District @cypher(statement: ${statement('entities/organization-district')}, columnName: "district")
  "${doc.degree}" degree: Int! @cypher(statement: ${statement('entities/organization-degree')}, columnName: "degree")
  "${doc.provenance}" provenance: [SourceRecord!]! @relationship(type: "FROM_SOURCE", direction: OUT)
}`;
}

// Non-public facts. The library applies the filter to every read, nested or not: a viewer who
// may not see a contact or note gets it left out (an empty list), never an error. The claims are
// the viewer's (claimsOf in server/auth/viewer.ts): roles lists every role up to the user's own.
// The rule reads the organisation's id through a @cypher field, not a relationship back to the
// Organization interface: that one makes the library check all eight organisation labels, and
// Neo4j took over 30 s to plan it.
const visibleToManagersAndOwnMembers = `@authorization(filter: [
  { where: { jwt: { roles: { includes: "manager" } } } }
  { where: { node: { organizationId: { eq: "$jwt.organizationId" } } } }
])`;

const nonPublicTypeDefs = `
"The claims the access rules read: the signed-in viewer's, from server/auth/viewer.ts (claimsOf)."
type ViewerClaims @jwt {
  "Every role up to the viewer's own (an admin has member, manager and admin)."
  roles: [String!]!
  "The organisation of a member."
  organizationId: String
}

"A contact person of an organisation. Non-public: managers, and members of that organisation."
type Contact @node ${readOnly} ${visibleToManagersAndOwnMembers} {
  "Stable id."
  id: ID!
  "The person's name."
  name: String!
  "E-mail address."
  email: String
  "Telephone number."
  phone: String
  "The id of the organisation it is a contact of."
  organizationId: ID @cypher(statement: ${statement('entities/contact-organization-id')}, columnName: "organizationId")
}

"An internal note of the cluster management about an organisation. Non-public: managers, and members of that organisation."
type Note @node ${readOnly} ${visibleToManagersAndOwnMembers} {
  "Stable id."
  id: ID!
  "The note."
  text: String!
  "When it was written."
  at: DateTime!
  "Who wrote it (display name)."
  by: String
  "The id of the organisation it is about."
  organizationId: ID @cypher(statement: ${statement('entities/note-organization-id')}, columnName: "organizationId")
}`;

export function entityTypeDefs(): string {
  return `
${provenanceTypeDefs(readOnly)}
"A direct cooperation; stored with a direction, read as undirected."
type Cooperation @relationshipProperties {
  "The year it began."
  since: Int
  "What it is about."
  kind: CooperationKind
  "True for invented demo data."
  synthetic: Boolean
}
"A membership in a chamber, association or network."
type Membership @relationshipProperties {
  "The year it began."
  since: Int
  "True for invented demo data."
  synthetic: Boolean
}

"Any actor of the cluster. Query all kinds at once with organizations / organizationsConnection."
interface Organization ${limitDirective} {${organizationScalars}
  "${doc.place}" place: Place @declareRelationship
  "${doc.competences}" competences: [Competence!]! @declareRelationship
  "${doc.industries}" industries: [Industry!]! @declareRelationship
  "${doc.projects}" projects: [Project!]! @declareRelationship
  "${doc.cooperationPartners}" cooperationPartners: [Organization!]! @declareRelationship
  "${doc.memberOf}" memberOf: [Organization!]! @declareRelationship
  "${doc.contacts}" contacts: [Contact!]! @declareRelationship
  "${doc.notes}" notes: [Note!]! @declareRelationship
  "${doc.district}" district: District
  "${doc.degree}" degree: Int!
  "${doc.provenance}" provenance: [SourceRecord!]! @declareRelationship
}
${organizationTypes.map(organizationType).join('\n')}

"A competence field, in German and English."
type Competence @node ${readOnly} {
  "Stable id, e.g. fuegetechnik."
  id: ID!
  "German name, as the cluster uses it."
  nameDe: String!
  "English name."
  nameEn: String!
  "One of the four core fields of the cluster profile."
  core: Boolean!
  "Organisations that hold it."
  organizations: [Organization!]! @relationship(type: "HAS_COMPETENCE", direction: IN)
  "Projects that address it."
  projects: [Project!]! @relationship(type: "ADDRESSES", direction: IN)
}

"A target industry the cluster supplies."
type Industry @node ${readOnly} {
  "Stable id, e.g. fahrzeugbau."
  id: ID!
  "German name."
  nameDe: String!
  "English name."
  nameEn: String!
  "Organisations that supply it."
  organizations: [Organization!]! @relationship(type: "SUPPLIES", direction: IN)
}

"An action field (Handlungsfeld) of the cluster masterplan: a strategic theme the cluster's projects work on."
type ActionField @node ${readOnly} {
  "Stable id, e.g. fachkraefte."
  id: ID!
  "German name, as the masterplan words it."
  nameDe: String!
  "English name."
  nameEn: String!
  "Projects that contribute to it."
  projects: [Project!]! @relationship(type: "CONTRIBUTES_TO", direction: IN)
}

"A cooperation or innovation project, often a Verbundprojekt (a joint project of several partners under one coordinator); synthetic in the demo data."
type Project @node ${readOnly} {
  "Stable id."
  id: ID!
  "Title of the project."
  title: String!
  "Where it is funded: regional (Brandenburg), national (federal) or international (EU)."
  level: ProjectLevel!
  "First day."
  start: Date!
  "Last day."
  end: Date!
  "The funding programme, e.g. ZIM or Horizon Europe."
  programme: String
  "True for invented demo data."
  synthetic: Boolean!
  "Stored layout position of the network view: x coordinate."
  x: Float
  "Stored layout position of the network view: y coordinate."
  y: Float
  "Organisations taking part; the relationship's role says lead or partner."
  participants: [Organization!]! @relationship(type: "PARTICIPATES_IN", direction: IN, properties: "Participation")
  "The action field (Handlungsfeld) of the masterplan it contributes to."
  actionField: ActionField @relationship(type: "CONTRIBUTES_TO", direction: OUT)
  "The competence fields it addresses."
  competences: [Competence!]! @relationship(type: "ADDRESSES", direction: OUT)
  "The public source records it was imported from (CORDIS, Förderkatalog); empty for the cluster's own data."
  provenance: [SourceRecord!]! @relationship(type: "FROM_SOURCE", direction: OUT)
}

"A town or city."
type Place @node ${readOnly} {
  "Stable id, e.g. cottbus."
  id: ID!
  "Name of the town or city."
  name: String!
  "What the source calls it, e.g. city or town."
  kind: String
  "Its coordinates (WGS 84)."
  location: Point!
  "Where the facts come from."
  source: String
  "ISO 3166 country code of a place abroad (FR, PL …), which has no district; DE or null in Germany."
  country: String
  "The district (Landkreis or kreisfreie Stadt) it belongs to."
  district: District @relationship(type: "IN_DISTRICT", direction: OUT)
  "Organisations located there."
  organizations: [Organization!]! @relationship(type: "LOCATED_IN", direction: IN)
}

"A district: a Landkreis (rural district), a kreisfreie Stadt (a city that is a district of its own), or Berlin."
type District @node ${readOnly} {
  "Stable id, e.g. prignitz."
  id: ID!
  "Name of the district."
  name: String!
  "Landkreis, kreisfreie Stadt or city state."
  kind: DistrictKind!
  "The town of its administration (Kreisstadt); a kreisfreie Stadt is its own seat."
  seat: String
  "Towns and cities in it."
  places: [Place!]! @relationship(type: "IN_DISTRICT", direction: IN)
}

${nonPublicTypeDefs}

type Query {
  "One organisation by id; null when there is none."
  organization("The organisation's id, e.g. fhg-ipk." id: ID!): Organization @cypher(statement: ${statement('entities/organization-by-id')}, columnName: "this")
}`;
}
