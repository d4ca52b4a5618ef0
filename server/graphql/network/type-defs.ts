export const networkTypeDefs = `
"""
A graph in graphology's serialisation format:
{ attributes, options, nodes: [{ key, attributes }], edges: [{ key, source, target, attributes }] }.
See the README ("The network wire format") for every attribute.
"""
scalar GraphologyGraph

"Restricts the network view; every field is optional and fields combine with AND."
input NetworkFilter {
  "Organisations of these kinds only (default: every kind)."
  kinds: [OrganizationKind!]
  "Research institutes of these societies only; other kinds are not affected."
  societies: [ResearchSociety!]
  "Organisations located in these districts (district ids) only."
  districts: [ID!]
  "Organisations located in these towns (place ids) only: a town of a district too large to draw whole (see districtOverview). Give their districts too, so that only those are read."
  places: [ID!]
  "These organisations only (ids, at most 1,000), with the projects and ties among them: what a client fetches to show a search hit, a path or a partner in context."
  organizations: [ID!]
  "Organisations holding at least one of these competences (competence ids) only."
  competences: [ID!]
  "Organisations supplying at least one of these industries (industry ids) only."
  industries: [ID!]
  "Organisations with a head count of at least this (0 to 1,000,000); only companies have a head count, so others drop out."
  minEmployees: Int
  "Organisations with a head count of at most this; only companies have a head count, so others drop out."
  maxEmployees: Int
  "true: invented demo data only; false: real institutions only; absent: both."
  synthetic: Boolean
  "Project levels to include."
  levels: [ProjectLevel!]
  "Projects contributing to these action fields (Handlungsfelder, ids) only."
  actionFields: [ID!]
  "Projects active in or after this year; cooperations are not limited by it."
  yearFrom: Int
  "Projects started and cooperations begun by this year."
  yearTo: Int
  "Include projects as nodes, with participation edges."
  includeProjects: Boolean = true
  "Projects with at least this many participants among the organisations returned (1 to 1,000; default 1). 2 leaves out the projects that tie nothing in the graph: in one district of a large network, most projects have their other participants elsewhere."
  minParticipants: Int
  "Include memberships in chambers, associations and networks as edges."
  includeMemberships: Boolean = false
}

"A graph for the explorer: its size and the graph itself."
type NetworkGraph {
  "Nodes in graph."
  nodeCount: Int!
  "Edges in graph."
  edgeCount: Int!
  "Nodes (organisations and projects) and edges in graphology's format."
  graph: GraphologyGraph!
}

type Query {
  "The network for the explorer: one compact graph, not thousands of GraphQL objects."
  network("What to include; absent: the whole network." filter: NetworkFilter): NetworkGraph!
  "The network as \`network\` gives it, or null when the filter admits more than maxOrganizations organisations: a client that cannot draw more asks for \`networkOverview\` instead, in the same request."
  networkUpTo(
    "The most organisations the caller will take (0 to 1,000,000)."
    maxOrganizations: Int!
    "What to include; absent: the whole network."
    filter: NetworkFilter
  ): NetworkGraph
}
`;
