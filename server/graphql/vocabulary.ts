// The graph's fixed value sets as GraphQL enums, written from server/vocabulary.ts so the schema,
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
} from '../vocabulary.ts';
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
    research_institute: 'A research institute (Forschungsinstitut) of a society or independent.',
    university: 'A Hochschule of any kind (see universityKind).',
    chamber: 'A chamber: IHK (commerce) or Handwerkskammer (crafts).',
    association: "A business or employers' association (Verband).",
    agency: 'An economic development agency (Wirtschaftsförderung).',
  }),
  enumType('UniversityKind', 'The kind of a Hochschule.', universityKinds, {
    university_applied: 'A university of applied sciences (Fachhochschule / Technische Hochschule).',
    art_college: 'A college of art, music or film.',
  }),
  enumType('ResearchSociety', 'The society a research institute belongs to.', societies, {
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
  enumType('ParticipationRole', "An organisation's role in a project.", participationRoles, { lead: 'Coordinator (Verbundkoordinator).' }),
  enumType('CooperationKind', 'What a direct cooperation is about.', cooperationKinds),
  enumType('NodeType', 'The type of a node of a path or of the network.', nodeTypes),
  enumType('Relation', 'The kind of a relationship of a path.', relations, {
    participation: 'An organisation takes part in a project.',
    cooperation: 'A direct cooperation between two organisations.',
    membership: 'An organisation is a member of a chamber, association or network.',
  }),
  enumType('SearchHitType', 'What a search hit is.', searchHitTypes),
];

export const vocabulary: Domain = { name: 'vocabulary', typeDefs, resolvers: {}, costs: {} };
