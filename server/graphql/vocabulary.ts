// The graph's fixed value sets as GraphQL enums, written from shared/vocabulary.ts so the schema,
// the seed and the row parsers cannot drift apart. Only type definitions: no root fields.
import {
  cooperationKinds,
  districtKinds,
  organizationKinds,
  participationRoles,
  projectLevels,
  sizeClasses,
  societies,
  universityKinds,
} from '../../shared/vocabulary.ts';
import type { Domain } from './domain.ts';

/** The path and search value sets, which exist only in the API. */
export const nodeTypes = ['organization', 'project'] as const;
export const relations = ['participation', 'cooperation', 'membership'] as const;
export type Relation = (typeof relations)[number];
export const searchHitTypes = ['organization', 'competence', 'industry', 'place', 'district'] as const;

function enumType(name: string, doc: string, values: readonly string[], valueDocs: Readonly<Record<string, string>> = {}): string {
  const lines = values.map((v) => (valueDocs[v] ? `  "${valueDocs[v]}"\n  ${v}` : `  ${v}`));
  return `"${doc}"\nenum ${name} {\n${lines.join('\n')}\n}`;
}

const typeDefs = [
  enumType('OrganizationKind', 'What an organisation is.', organizationKinds, {
    company: 'A company (Unternehmen): a manufacturer, supplier or service firm of the metal industry.',
    research_institute: 'A research institute (Forschungsinstitut) of a society or independent.',
    university: 'A Hochschule of any kind (see universityKind).',
    chamber: 'A chamber: IHK (commerce) or Handwerkskammer (crafts).',
    association: "A business or employers' association (Verband).",
    agency: 'An economic development agency (Wirtschaftsförderung).',
    network: 'A network or cluster initiative that organisations join as members (Netzwerk, Cluster).',
    ministry: 'A ministry of the state of Brandenburg or of the federal government (Ministerium).',
  }),
  enumType('UniversityKind', 'The kind of a Hochschule.', universityKinds, {
    university: 'A research university (Universität) with the right to award doctorates.',
    university_applied: 'A university of applied sciences (Fachhochschule / Technische Hochschule).',
    art_college: 'A college of art, music or film.',
    private: 'A privately run Hochschule (state-recognised).',
  }),
  enumType('ResearchSociety', 'The society a research institute belongs to.', societies, {
    leibniz:
      'A Leibniz institute (Leibniz-Gemeinschaft: application-oriented basic research, jointly funded by the federal and state governments).',
    fraunhofer: 'A Fraunhofer institute (Fraunhofer-Gesellschaft: applied research and contract research for industry).',
    max_planck: 'A Max Planck institute (Max-Planck-Gesellschaft: basic research).',
    other: 'Independent or a federal or state institute.',
  }),
  enumType('SizeClass', 'The EU SME class of a company by head count.', sizeClasses, {
    micro: 'Fewer than 10 employees.',
    small: '10 to 49 employees.',
    medium: '50 to 249 employees.',
    large: '250 employees or more.',
  }),
  enumType('DistrictKind', 'The kind of a district.', districtKinds, {
    landkreis: 'A rural district (Landkreis).',
    kreisfreie_stadt: 'A district-free city (kreisfreie Stadt).',
    land: 'A city state (Berlin).',
  }),
  enumType('ProjectLevel', 'Where a project is funded.', projectLevels, {
    regional: 'Funded by the state of Brandenburg.',
    national: 'Funded by the federal government.',
    international: 'Funded by the EU or internationally.',
  }),
  enumType('ParticipationRole', "An organisation's role in a project.", participationRoles, {
    lead: 'Coordinator of a joint project (Verbundkoordinator): leads it and speaks for the partners.',
    partner: 'A partner of a joint project (Verbundpartner) with its own share of the work.',
  }),
  enumType('CooperationKind', 'What a direct cooperation is about.', cooperationKinds, {
    supply: 'One supplies the other: parts, materials or production steps.',
    development: 'They develop a product or process together.',
    research: 'Joint research, e.g. a company with a university or institute.',
    training: 'Education and training: apprenticeships, courses, dual study places.',
    service: 'One provides services to the other: testing, consulting, maintenance.',
  }),
  enumType('NodeType', 'The type of a node of a path or of the network.', nodeTypes, {
    organization: 'An organisation of any kind (see OrganizationKind).',
    project: 'A project that organisations take part in.',
  }),
  enumType('Relation', 'The kind of a relationship of a path.', relations, {
    participation: 'An organisation takes part in a project.',
    cooperation: 'A direct cooperation between two organisations.',
    membership: 'An organisation is a member of a chamber, association or network.',
  }),
  enumType('SearchHitType', 'What a search hit is.', searchHitTypes, {
    organization: 'An organisation; kind says which.',
    competence: 'A competence field.',
    industry: 'A target industry.',
    place: 'A town or city.',
    district: 'A district (Landkreis or kreisfreie Stadt).',
  }),
];

export const vocabulary: Domain = { name: 'vocabulary', typeDefs, resolvers: {}, costs: {} };
