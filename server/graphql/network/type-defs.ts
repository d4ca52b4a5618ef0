export const networkTypeDefs = `
"""
A graph in graphology's serialisation format:
{ attributes, options, nodes: [{ key, attributes }], edges: [{ key, source, target, attributes }] }.
See the README ("The network wire format") for every attribute.
"""
scalar GraphologyGraph

"Restricts the network view; every field is optional and fields combine with AND."
input NetworkFilter {
  kinds: [OrganizationKind!]
  "Research institutes of these societies only; other kinds are not affected."
  societies: [ResearchSociety!]
  districts: [ID!]
  competences: [ID!]
  industries: [ID!]
  minEmployees: Int
  maxEmployees: Int
  synthetic: Boolean
  "Project levels to include."
  levels: [ProjectLevel!]
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

type Query {
  "The network for the explorer: one compact graph, not thousands of GraphQL objects."
  network(filter: NetworkFilter): NetworkGraph!
}
`;
