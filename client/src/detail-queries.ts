// The detail panel's two queries. The server runs them once at start-up (server/warm-up.ts), so
// that Neo4j has planned them before the first user asks.
import { graphql, type ResultOf } from './graphql.ts';

// The organisation comes from one named statement (organizationDetails): the generated interface
// query with this selection was planned again after every change of the statistics (20–60 s).
export const OrgDetailsQuery = graphql(`query OrgDetails($id: ID!) { organizationDetails(id: $id) {
  id name shortName kind synthetic source confidence degree
  place { id name } district { id name }
  competences { id nameDe nameEn } industries { id nameDe nameEn }
  projects { role project { id title level start end } }
  cooperations { since kind partner { id name } }
  memberOf { id name }
  metricsAt betweenness componentId componentSize communityId articulation effectiveSize splitOff researchCutOff
  employees founded sizeClass universityKind society
  provenance { source recordId url fileDate }
} }`);

export const ProjectDetailsQuery = graphql(`query ProjectDetails($id: ID!) { projects(where: { id: { eq: $id } }) {
  id title level start end programme synthetic actionField { id nameDe nameEn } competences { id nameDe nameEn }
  participantsConnection(sort: [{ node: { name: ASC } }]) { edges { properties { role } node { id name } } }
  provenance(sort: [{ source: ASC }, { recordId: ASC }]) { source recordId url fileDate }
} }`);

export type OrgDetails = NonNullable<ResultOf<typeof OrgDetailsQuery>['organizationDetails']>;
export type ProjectDetails = ResultOf<typeof ProjectDetailsQuery>['projects'][number];

/** The texts the client sends, for the server's warm-up and the tests. */
export const orgQuery = OrgDetailsQuery.toString();
export const projectQuery = ProjectDetailsQuery.toString();
