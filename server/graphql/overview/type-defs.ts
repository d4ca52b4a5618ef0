export const overviewTypeDefs = `
"One district of the overview: what lies in it and how tied it is."
type DistrictGroup {
  "The district's id."
  id: ID!
  "The district's name."
  name: String!
  "Organisations located in it."
  organizations: Int!
  "Companies among them."
  companies: Int!
  "Universities and research institutes among them."
  research: Int!
  "Organisations among them that are invented demo data."
  synthetic: Int!
  "Projects with at least one participant in the district."
  projects: Int!
  "Companies with a cooperation or a shared project with a university or research institute."
  researchLinkedCompanies: Int!
  "Organisation pairs within the district tied by a cooperation or a shared project (a pair counts once per tie)."
  internalTies: Int!
  "Towns and cities in it with organisations: what districtOverview opens it into."
  places: Int!
}

"The ties between two districts: organisation pairs, one in each, tied by a cooperation or a shared project."
type DistrictTie {
  "The district with the smaller id."
  source: ID!
  "The other district."
  target: ID!
  "Organisation pairs across the two, once per tie (a pair with two shared projects counts twice)."
  ties: Int!
  "Of those, cooperations."
  cooperations: Int!
}

"""
The network in aggregate, for a graph too large to draw whole: one group per district and the ties
between them. Computed and stored with the network metrics (see metricsStatus), so it describes the
graph as of computedAt.
"""
type NetworkOverview {
  "When the counts were computed (ISO 8601)."
  computedAt: String!
  "Organisations located in a district, over all districts."
  organizations: Int!
  "Every district, by id."
  districts: [DistrictGroup!]!
  "Every pair of districts with ties between them."
  ties: [DistrictTie!]!
}

"One town or city of a district in aggregate: what lies in it and how tied it is."
type PlaceGroup {
  "The place's id."
  id: ID!
  "The town's or city's name."
  name: String!
  "Latitude of the place (WGS 84)."
  lat: Float
  "Longitude of the place (WGS 84)."
  lon: Float
  "Organisations located in it."
  organizations: Int!
  "Companies among them."
  companies: Int!
  "Universities and research institutes among them."
  research: Int!
  "Organisations among them that are invented demo data."
  synthetic: Int!
  "Companies with a cooperation or a shared project with a university or research institute."
  researchLinkedCompanies: Int!
  "Organisation pairs within the place tied by a cooperation or a shared project (a pair counts once per tie)."
  internalTies: Int!
}

"The ties between two places of one district: organisation pairs, one in each, tied by a cooperation or a shared project."
type PlaceTie {
  "The place with the smaller id."
  source: ID!
  "The other place."
  target: ID!
  "Organisation pairs across the two, once per tie."
  ties: Int!
  "Of those, cooperations."
  cooperations: Int!
}

"One district in aggregate by town: what the explorer opens a district into when it is too large to draw whole."
type DistrictOverview {
  "The district's id."
  district: ID!
  "Every place of the district with organisations or not, by id."
  places: [PlaceGroup!]!
  "Every pair of its places with ties between them (ties with places outside the district are left out)."
  ties: [PlaceTie!]!
}

type Query {
  "The network in aggregate by district: what the explorer opens on when the graph is too large to draw whole."
  networkOverview: NetworkOverview!
  "One district in aggregate by town, counted when asked; null when there is no such district."
  districtOverview(
    "The district's id, e.g. teltow-flaeming."
    district: ID!
  ): DistrictOverview
}
`;
