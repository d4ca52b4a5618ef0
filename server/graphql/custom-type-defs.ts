// The custom part of the public schema: figures, the network wire format, search, paths.
import { cypherBlock as statement } from '../cypher.ts';
import { partnerQueryFields, partnerTypeDefs } from './partners/type-defs.ts';

export const customTypeDefs = `
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
  "Research institutes of these societies only (leibniz, fraunhofer, max_planck, other); other kinds are not affected."
  societies: [String!]
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

${partnerTypeDefs}
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
  organization(id: ID!): Organization @cypher(statement: ${statement('fields/organization-by-id')}, columnName: "this")${partnerQueryFields}
}
`;
