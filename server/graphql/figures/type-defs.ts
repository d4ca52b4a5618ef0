export const figureTypeDefs = `
"A count of one kind: a university kind, a research society or an organisation kind."
type KindCount {
  "The kind: a UniversityKind, ResearchSociety or OrganizationKind value."
  kind: String!
  "How many there are of it."
  count: Int!
}

"The figures a cluster manager quotes."
type ClusterStats {
  "Companies of the cluster."
  companies: Int!
  "Their head count, summed."
  employees: Int!
  "Companies that are invented demo data."
  syntheticCompanies: Int!
  "Universities (Hochschulen) of every kind."
  universities: Int!
  "Universities by kind (UniversityKind)."
  universitiesByKind: [KindCount!]!
  "Research institutes."
  institutes: Int!
  "Research institutes by society (Fraunhofer, Leibniz, Max Planck, other)."
  institutesBySociety: [KindCount!]!
  "Chambers, associations, networks, agencies and ministries."
  otherActors: Int!
  "The other actors by OrganizationKind."
  otherActorsByKind: [KindCount!]!
  "Projects."
  projects: Int!
  "Organisations' participations in projects (one per organisation and project)."
  participations: Int!
  "Direct cooperations between two organisations."
  cooperations: Int!
  "Memberships in chambers, associations and networks."
  memberships: Int!
  "Organisations of any kind that are invented demo data."
  syntheticOrganizations: Int!
  "Organisations of any kind that exist (real institutions)."
  realOrganizations: Int!
  "Towns and cities."
  places: Int!
  "Districts (Landkreise, kreisfreie Städte, Berlin)."
  districts: Int!
  "Competence fields."
  competences: Int!
}

type Query {
  "The cluster in figures: organisations by kind, projects, ties, places and competences."
  clusterStats: ClusterStats!
}
`;
