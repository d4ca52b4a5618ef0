export const figureTypeDefs = `
"A count of one kind: a university kind, a research society or an organisation kind."
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

type Query {
  clusterStats: ClusterStats!
}
`;
