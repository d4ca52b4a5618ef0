// The detail panel's two queries. The server runs them once at start-up (server/warm-up.ts):
// Neo4j plans the large generated Cypher of an interface query on first use, which took 4–20 s.
import { graphql, type ResultOf } from './graphql.ts';

export const OrgDetailsQuery = graphql(`query OrgDetails($id: ID!) { organization(id: $id) {
  id name shortName kind synthetic source confidence degree
  place { id name } district { id name }
  competences { id nameDe nameEn } industries { id nameDe nameEn }
  projectsConnection(sort: [{ node: { start: DESC } }]) { edges { properties { ... on Participation { role } } node { id title level start end } } }
  cooperationPartnersConnection { edges { properties { ... on Cooperation { since kind } } node { id name } } }
  memberOf { id name }
  metricsAt betweenness componentId componentSize communityId articulation effectiveSize splitOff researchCutOff
  ... on Company { employees founded sizeClass }
  ... on University { universityKind }
  ... on ResearchInstitute { society }
} }`);

export const ProjectDetailsQuery = graphql(`query ProjectDetails($id: ID!) { projects(where: { id: { eq: $id } }) {
  id title level start end programme synthetic actionField { id nameDe nameEn } competences { id nameDe nameEn }
  participantsConnection(sort: [{ node: { name: ASC } }]) { edges { properties { role } node { id name } } }
} }`);

export type OrgDetails = NonNullable<ResultOf<typeof OrgDetailsQuery>['organization']>;
export type ProjectDetails = ResultOf<typeof ProjectDetailsQuery>['projects'][number];

/** The texts the client sends, for the server's warm-up and the tests. */
export const orgQuery = OrgDetailsQuery.toString();
export const projectQuery = ProjectDetailsQuery.toString();
