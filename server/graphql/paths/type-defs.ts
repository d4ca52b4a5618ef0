export const pathTypeDefs = `
"An organisation or project on a path."
type PathNode {
  "The organisation's or project's id."
  id: ID!
  "The organisation's name, or the project's title."
  name: String!
  "The organisation's kind (an OrganizationKind value), or project."
  kind: String!
  "Organisation or project."
  nodeType: NodeType!
}

"One relationship of a path, in path order (from is nearer the start)."
type PathStep {
  "Where the step starts."
  from: PathNode!
  "Where the step ends."
  to: PathNode!
  "Participation, cooperation or membership."
  relation: Relation!
  "The organisation's role, for a participation."
  role: ParticipationRole
  "The year a cooperation or membership began."
  since: Int
  "The start year of the project, for a participation."
  year: Int
}

"A connection between two organisations through projects, cooperations and memberships."
type Path {
  "Relationships on the path: a shared project counts 2 (organisation → project → organisation), a cooperation or membership 1."
  length: Int!
  "Its relationships, from the start to the end."
  steps: [PathStep!]!
  "Organisations and projects from start to end: the keys of the network's nodes."
  nodeIds: [ID!]!
  "The keys the network gives these edges: org>project, source~target (cooperation), source^target (membership), in the stored direction."
  edgeKeys: [String!]!
}

type Query {
  """
  One organisation and everything within hops (1 or 2) steps, in the network's format plus the graph
  attribute center and a hop per node. A step is a shared project, a cooperation or, with
  includeMemberships, a membership; a project takes the hop of the step it lies on (the centre's
  projects are hop 1, like their participants). limit (1 to 2000) caps the organisations, nearest
  first; the graph attribute truncated says whether it cut any.
  """
  neighbourhood(
    "The organisation at the centre."
    id: ID!
    "How many steps out: 1 or 2."
    hops: Int = 1
    "Count memberships in chambers, associations and networks as steps too."
    includeMemberships: Boolean = false
    "At most this many organisations (1 to 2000), nearest first."
    limit: Int = 500
  ): NetworkGraph!
  """
  The shortest connection between two organisations through projects, cooperations and, if asked,
  memberships; null when there is none of at most maxHops (1 to 12) relationships.
  """
  shortestPath(
    "The id of the organisation to start from."
    from: ID!
    "The id of the organisation to reach."
    to: ID!
    "Let the path pass through memberships too."
    includeMemberships: Boolean = false
    "The longest path to look for, in relationships (1 to 12)."
    maxHops: Int = 8
  ): Path
  """
  Up to k (1 to 5) short, diverse connections between two organisations through projects,
  cooperations and, if asked, memberships, shortest first: each adds an organisation in between
  that no earlier one passes (or, for direct ties, another project or cooperation). Empty when
  they are not connected within 12 relationships.
  """
  paths(
    "The id of the organisation to start from."
    from: ID!
    "The id of the organisation to reach."
    to: ID!
    "How many paths at most (1 to 5)."
    k: Int = 3
    "Let the paths pass through memberships too."
    includeMemberships: Boolean = false
  ): [Path!]!
}
`;
