// The network metrics in the public schema: whether GDS computed them, and the reports read from
// them (brokers and single points of failure, communities). Without GDS these answer
// FEATURE_UNAVAILABLE and say what to add; the Cypher-only reports are in type-defs.ts.

export const metricTypeDefs = `
"""
The stored network metrics: computed with the Graph Data Science library over the tie graph and
written to every organisation (metricDegree, betweenness, componentId, componentSize, communityId,
articulation, bridgeTies, effectiveSize, splitOff, splitOffIds, researchCutOff, metricsAt).
"""
type NetworkMetricsStatus {
  "Whether the metrics are being brought up to date after an edit or import: idle, waiting (for more changes) or running."
  refreshing: String!
  "Whether this Neo4j has the Graph Data Science library; without it the metric-based reports answer FEATURE_UNAVAILABLE."
  gdsAvailable: Boolean!
  "What is missing and how to add it; null when GDS is there."
  hint: String
  "When the latest run finished writing (ISO 8601); null if the metrics were never computed."
  computedAt: String
  "Organisations in the graph."
  organizations: Int!
  "Organisations without the latest run's numbers (added since): recompute to include them."
  stale: Int!
  "Connected components of the tie graph (weakly connected); null before the first run."
  components: Int
  "Organisations in the largest component."
  largestComponent: Int
  "Communities (Leiden) with at least two members."
  communities: Int
  "Organisations whose loss would split their component."
  articulationPoints: Int
}

"How to rank brokers: by what they hold together."
enum BrokerOrder {
  "Organisations separated from the rest if it went."
  SPLIT_OFF
  "Companies that would lose their last path to a university or institute."
  RESEARCH_CUT_OFF
  "Shortest paths through it (betweenness centrality)."
  BETWEENNESS
}

"An organisation that holds the network together: a broker or single point of failure."
type Broker {
  "The organisation."
  organization: GapOrganization!
  "Distinct partners in the tie graph."
  degree: Int!
  """
  Shortest paths through it (GDS betweenness): exact up to 10,000 organisations with ties; above,
  estimated from 2,000 of them sampled as sources and scaled up (on 100,000 firms 19 of the top 20
  agree with a 10,845-source reference, median error 18 % on the top 100; test/bench/gaps.bench.ts).
  splitOff, researchCutOff and articulation are exact at any size.
  """
  betweenness: Float!
  "Its loss would split its component."
  articulation: Boolean!
  "Its ties that are bridges: the only link between two parts."
  bridgeTies: Int!
  "Organisations separated from the rest if it went."
  splitOff: Int!
  "Companies that would lose their last path to a university or institute if it went."
  researchCutOff: Int!
  "Its component: 1 = the largest."
  componentId: Int!
  "Its Leiden community: 1 = the largest."
  communityId: Int
  "The first of the organisations it would separate (up to 100 are stored), by name."
  cutOff: [GapOrganizationRef!]!
}

"Brokers and single points of failure, from the stored metrics."
type BrokerReport {
  "When the metrics were computed (ISO 8601)."
  computedAt: String!
  "The brokers, in the order asked for."
  brokers: [Broker!]!
}

"A community (Leiden): organisations more tied among themselves than to the rest."
type Community {
  "1 = the largest community."
  id: Int!
  "Members."
  size: Int!
  "Members that are companies."
  companies: Int!
  "Members that are universities or institutes."
  research: Int!
  "The component it lies in: 1 = the largest."
  componentId: Int!
  "Its dominant competences (up to 3, by members holding them) and districts (up to 3)."
  competences: [GapCount!]!
  "Its dominant districts (up to 3, by members located there)."
  districts: [GapCount!]!
  "A label from its dominant competences and districts, in German."
  label: String!
  "Its members with the highest betweenness (up to 3)."
  hubs: [GapOrganizationRef!]!
}

"Two communities that share a dominant competence and have no tie between any of their members."
type CommunityGap {
  "One community's id."
  a: Int!
  "The other community's id."
  b: Int!
  "The dominant competences they share (ids)."
  sharedCompetences: [ID!]!
}

"Communities and the unbridged pairs among them, from the stored metrics."
type CommunityReport {
  "When the metrics were computed (ISO 8601)."
  computedAt: String!
  "The communities, largest first."
  communities: [Community!]!
  "Pairs of communities that share a competence and have no tie."
  unbridged: [CommunityGap!]!
}

type Query {
  "Whether the network metrics can be and have been computed, and what they found."
  networkMetrics: NetworkMetricsStatus!
  """
  Brokers and single points of failure from the stored metrics; limit 1 to 200, cutOffLimit 0 to 100.
  Null, with a FEATURE_UNAVAILABLE error, when GDS is missing or the metrics were never computed.
  """
  brokers(
    "What to rank by."
    orderBy: BrokerOrder = SPLIT_OFF
    "How many brokers (1 to 200)."
    limit: Int = 25
    "How many of the organisations each would separate to list (0 to 100)."
    cutOffLimit: Int = 20
  ): BrokerReport
  """
  Communities (Leiden) of at least minSize (2 to 1000) members, the largest limit (1 to 200), and the
  unbridged pairs among them (up to gapLimit, 0 to 500). Null, with FEATURE_UNAVAILABLE, like brokers.
  """
  communities(
    "The smallest community to list (2 to 1000 members)."
    minSize: Int = 3
    "How many communities, largest first (1 to 200)."
    limit: Int = 50
    "How many unbridged pairs (0 to 500)."
    gapLimit: Int = 50
  ): CommunityReport
}
`;
