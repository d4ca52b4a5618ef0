// The international-reach report: the region's ties abroad through shared projects, from the
// public sources (CORDIS, Förderkatalog) or the cluster's own data. Its lens is INTERNATIONAL in
// type-defs.ts (GapLensKind).
export const internationalTypeDefs = `
"A project as the gap reports name it."
type GapProjectRef {
  "Project id."
  id: ID!
  "Its title."
  title: String!
  "Where it is funded: regional, national or international."
  level: ProjectLevel!
  "True for invented demo data."
  synthetic: Boolean!
}

"A country abroad and how the region reaches it through shared projects."
type CountryReach {
  "ISO 3166 country code as the source gives it (FR, PL …)."
  country: ID!
  "Organisations there that share a project with an organisation of the region."
  partners: Int!
  "Of those, invented demo data."
  syntheticPartners: Int!
  "Organisations of the region with a partner there."
  regionalOrganizations: Int!
  "Projects that tie the region to partners there."
  projects: Int!
}

"An organisation of the region with partners abroad, and where they are."
type InternationalOrganization {
  "The organisation (placed in a district of Brandenburg or Berlin)."
  organization: GapOrganization!
  "Organisations abroad it shares a project with."
  foreignPartners: Int!
  "Its partners abroad by country (key and label: the country code), most first."
  countries: [GapCount!]!
  "Projects it shares with partners abroad."
  projectCount: Int!
  "The first of those projects, newest first."
  projects: [GapProjectRef!]!
}

"The region's organisations of one kind, with and without partners abroad."
type InternationalKindCount {
  "The kind."
  kind: OrganizationKind!
  "Organisations of the kind placed in the region."
  organizations: Int!
  "Of those, sharing a project with an organisation abroad."
  withForeignPartners: Int!
  "Of those, without any partner abroad."
  withoutForeignPartners: Int!
}

"""
The region's international reach: which organisations placed in a district of Brandenburg or
Berlin share a project (of any level) with organisations abroad, and where. An organisation is
abroad when its place's country, else its own country, is not DE.
"""
type InternationalReachReport {
  "Organisations placed in a district of the region."
  regionalOrganizations: Int!
  "Of those, with at least one partner abroad."
  withForeignPartners: Int!
  "Of those, without any partner abroad."
  withoutForeignPartners: Int!
  "Distinct organisations abroad sharing a project with the region."
  foreignPartners: Int!
  "The region's organisations by kind (companies, universities, institutes …), with and without partners abroad."
  byKind: [InternationalKindCount!]!
  "Every country reached, most partners first."
  countries: [CountryReach!]!
  "The first organisations with partners abroad, most partners first, then by name."
  organizations: [InternationalOrganization!]!
}

type Query {
  "Which organisations of the region have partners abroad through shared projects, and in which countries; limit 0 to 500, projects 0 to 50."
  internationalReach(
    "How many organisations with partners abroad to list (0 to 500); the counts cover all."
    limit: Int = 100
    "How many of each organisation's projects with partners abroad to list (0 to 50)."
    projects: Int = 10
  ): InternationalReachReport!
}
`;
