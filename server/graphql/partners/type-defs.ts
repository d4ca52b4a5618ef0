// The public schema of transferPartners and paths: types here, the two Query fields in
// partnerQueryFields (custom-type-defs.ts places both).

export const partnerTypeDefs = `
"Where to measure distances from: exactly one of placeId, districtId, or latitude with longitude."
input NearInput {
  "A place id, e.g. cottbus."
  placeId: ID
  "A district id, e.g. prignitz: distances are measured from its seat town."
  districtId: ID
  "WGS 84 latitude, with longitude."
  latitude: Float
  "WGS 84 longitude, with latitude."
  longitude: Float
}

"A competence field by id, with its names."
type CompetenceName { id: ID! nameDe: String! nameEn: String! }

type ReferencePoint {
  latitude: Float!
  longitude: Float!
  "The place, district seat or organisation site it stands for; null for given coordinates."
  label: String
}

type PartnerDistrict { id: ID! name: String! }

"An organisation as a recommendation shows it."
type PartnerOrganization {
  id: ID!
  name: String!
  shortName: String
  "company, university, research_institute (or any kind for the organisation asked about)."
  kind: OrganizationKind!
  society: ResearchSociety
  universityKind: UniversityKind
  employees: Int
  latitude: Float
  longitude: Float
  "The name of its place."
  place: String
  district: PartnerDistrict
  "Ids of all its competences."
  competences: [ID!]!
}

"How a partner covers one need."
type NeedCoverage {
  need: CompetenceName!
  match: CompetenceMatch!
  "The partner's competence that covers the need."
  via: CompetenceName
  "1 exact, 0.5 related, 0 none."
  weight: Float!
}

"Every component: value 0 to 1, its weight, and contribution = weight × value; the score is their sum."
type CompetenceScore {
  value: Float!
  weight: Float!
  contribution: Float!
  "One entry per need, in the order of the needs; value is the mean of their weights."
  coverage: [NeedCoverage!]!
}

type ProximityScore {
  value: Float!
  weight: Float!
  contribution: Float!
  """
  Relationships on the shortest connection from the organisation with at most one organisation in
  between (a cooperation counts 1, a shared project 2, so at most 4); null when there is none or no
  organisation was given. value: 1 → 1, 2 → 0.75, 3 → 0.5, 4 → 0.25.
  """
  distance: Int
}

type WarmIntroductionScore {
  value: Float!
  weight: Float!
  contribution: Float!
  "Organisations tied by a project or cooperation to both (among the organisation's 200 closest partners); 3 or more give value 1."
  count: Int!
  "Up to 3 of them, closest connection first, then by id."
  introducers: [PartnerOrganization!]!
}

type TrackRecordScore {
  value: Float!
  weight: Float!
  contribution: Float!
  """
  Similar firms the partner shares a project or cooperation with, counted up to 10 (5 or more give
  value 1): companies holding one of the needs or of the organisation's competences, or supplying
  one of its industries.
  """
  similarFirms: Int!
}

type GeographyScore {
  value: Float!
  weight: Float!
  contribution: Float!
  "Kilometres from the reference point as the crow flies; null without one (value 0)."
  distanceKm: Float
  "Where value reaches 0: maxDistanceKm, or 150."
  scaleKm: Int!
}

type ScoreBreakdown {
  competence: CompetenceScore!
  proximity: ProximityScore!
  warmIntroductions: WarmIntroductionScore!
  trackRecord: TrackRecordScore!
  geography: GeographyScore!
}

"A concrete path in the graph behind a recommendation."
type Evidence {
  kind: EvidenceKind!
  path: Path!
}

type TransferPartner {
  "1 for the best."
  rank: Int!
  organization: PartnerOrganization!
  "The sum of the breakdown's contributions, 0 to 1 (4 decimals); equal scores are ranked by id."
  score: Float!
  breakdown: ScoreBreakdown!
  "True when no connection within the bound was found: the rank rests on competences, track record and distance."
  coldStart: Boolean!
  "The direct tie or the introductions (closest first), then up to 2 track-record ties."
  evidence: [Evidence!]!
}

type TransferPartners {
  "The organisation the partners are for; null without organizationId."
  organization: PartnerOrganization
  "The needs: the competences given, or the organisation's own."
  needs: [CompetenceName!]!
  "The kinds searched."
  kinds: [OrganizationKind!]!
  "Where distances are measured from: near, else the organisation's site; null without both."
  reference: ReferencePoint
  "Null when the network informed the ranking, else why it could not."
  coldStart: ColdStart
  "Organisations scored (the bounded candidate pool, without known partners unless includeKnown)."
  candidates: Int!
  partners: [TransferPartner!]!
}
`;

export const partnerQueryTypeDefs = `
"How a partner covers one need."
enum CompetenceMatch {
  "The partner holds the need."
  exact
  "It holds a related field (via)."
  related
  none
}

"What a path behind a recommendation shows."
enum EvidenceKind {
  "The organisation's own tie to the partner."
  direct
  "Organisation → introducer → partner."
  introduction
  "The partner's tie to a similar firm."
  track_record
}

"Why the network could not inform a ranking."
enum ColdStart {
  "No organisation was given."
  no_organization
  "It has no project or cooperation."
  no_ties
  "None of the partners is within reach."
  no_path
}

type Query {
  """
  Transfer partners (universities, institutes, firms) for an organisation or a need, best first,
  each with a score, its breakdown and the evidence paths. competences: the needs (competence ids;
  default: the organisation's own). kinds: company, university, research_institute (default all
  three, or only research without a location). near: where to measure from (default: the
  organisation's site). maxDistanceKm (1 to 1000) leaves out anything further. limit 1 to 50.
  Partners the organisation already has a tie to are left out unless includeKnown.
  """
  transferPartners(organizationId: ID, competences: [ID!], kinds: [OrganizationKind!], near: NearInput, maxDistanceKm: Int, limit: Int = 10, includeKnown: Boolean = false): TransferPartners!
}
`;
