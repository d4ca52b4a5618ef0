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
type CompetenceName {
  "The competence id, e.g. zerspanung."
  id: ID!
  "German name."
  nameDe: String!
  "English name."
  nameEn: String!
}

"The point distances are measured from."
type ReferencePoint {
  "WGS 84 latitude."
  latitude: Float!
  "WGS 84 longitude."
  longitude: Float!
  "The place, district seat or organisation site it stands for; null for given coordinates."
  label: String
}

"A district (Landkreis or kreisfreie Stadt) by id and name."
type PartnerDistrict {
  "District id, e.g. prignitz."
  id: ID!
  "District name."
  name: String!
}

"An organisation as a recommendation shows it."
type PartnerOrganization {
  "Organisation id."
  id: ID!
  "Full name."
  name: String!
  "Short name or acronym."
  shortName: String
  "company, university, research_institute (or any kind for the organisation asked about)."
  kind: OrganizationKind!
  "For a research institute: its society (Fraunhofer, Leibniz, Max Planck, other)."
  society: ResearchSociety
  "For a university (Hochschule): its kind."
  universityKind: UniversityKind
  "Head count, for companies."
  employees: Int
  "WGS 84 latitude of its site."
  latitude: Float
  "WGS 84 longitude of its site."
  longitude: Float
  "The name of its place."
  place: String
  "The district of its place."
  district: PartnerDistrict
  "Ids of all its competences."
  competences: [ID!]!
}

"How a partner covers one need."
type NeedCoverage {
  "The competence needed."
  need: CompetenceName!
  "Exact, related or none."
  match: CompetenceMatch!
  "The partner's competence that covers the need."
  via: CompetenceName
  "1 exact, 0.5 related, 0 none."
  weight: Float!
}

"Every component: value 0 to 1, its weight, and contribution = weight × value; the score is their sum."
type CompetenceScore {
  "How well the partner's competences cover the needs, 0 to 1."
  value: Float!
  "Its weight in the score."
  weight: Float!
  "weight × value: what it adds to the score."
  contribution: Float!
  "One entry per need, in the order of the needs; value is the mean of their weights."
  coverage: [NeedCoverage!]!
}

"How close the partner already is in the network."
type ProximityScore {
  "Closeness in the network (see distance), 0 to 1."
  value: Float!
  "Its weight in the score."
  weight: Float!
  "weight × value: what it adds to the score."
  contribution: Float!
  """
  Relationships on the shortest connection from the organisation with at most one organisation in
  between (a cooperation counts 1, a shared project 2, so at most 4); null when there is none or no
  organisation was given. value: 1 → 1, 2 → 0.75, 3 → 0.5, 4 → 0.25.
  """
  distance: Int
}

"Who could introduce the two: organisations tied to both."
type WarmIntroductionScore {
  "Shared partners who could introduce them (see count), 0 to 1."
  value: Float!
  "Its weight in the score."
  weight: Float!
  "weight × value: what it adds to the score."
  contribution: Float!
  "Organisations tied by a project or cooperation to both (among the organisation's 200 closest partners); 3 or more give value 1."
  count: Int!
  "Up to 3 of them, closest connection first, then by id."
  introducers: [PartnerOrganization!]!
}

"Whether the partner has worked with firms like the organisation."
type TrackRecordScore {
  "Experience with similar firms (see similarFirms), 0 to 1."
  value: Float!
  "Its weight in the score."
  weight: Float!
  "weight × value: what it adds to the score."
  contribution: Float!
  """
  Similar firms the partner shares a project or cooperation with, counted up to 10 (5 or more give
  value 1): companies holding one of the needs or of the organisation's competences, or supplying
  one of its industries.
  """
  similarFirms: Int!
}

"How near the partner is to the reference point."
type GeographyScore {
  "Nearness: 1 at the reference point, 0 at scaleKm and beyond, 0 to 1."
  value: Float!
  "Its weight in the score."
  weight: Float!
  "weight × value: what it adds to the score."
  contribution: Float!
  "Kilometres from the reference point as the crow flies; null without one (value 0)."
  distanceKm: Float
  "Where value reaches 0: maxDistanceKm, or 150."
  scaleKm: Int!
}

"The five components of a transfer-partner score; the score is the sum of their contributions."
type ScoreBreakdown {
  "Coverage of the needed competences."
  competence: CompetenceScore!
  "Closeness in the network."
  proximity: ProximityScore!
  "Shared partners who could introduce them."
  warmIntroductions: WarmIntroductionScore!
  "Experience with similar firms."
  trackRecord: TrackRecordScore!
  "Distance from the reference point."
  geography: GeographyScore!
}

"A concrete path in the graph behind a recommendation."
type Evidence {
  "What the path shows: a direct tie, an introduction or a track record."
  kind: EvidenceKind!
  "The path itself, step by step."
  path: Path!
}

"One recommended partner with its rank, score and the reasons for it."
type TransferPartner {
  "1 for the best."
  rank: Int!
  "The partner."
  organization: PartnerOrganization!
  "The sum of the breakdown's contributions, 0 to 1 (4 decimals); equal scores are ranked by id."
  score: Float!
  "What the score is made of."
  breakdown: ScoreBreakdown!
  "True when no connection within the bound was found: the rank rests on competences, track record and distance."
  coldStart: Boolean!
  "The direct tie or the introductions (closest first), then up to 2 track-record ties."
  evidence: [Evidence!]!
}

"A ranked list of transfer partners (universities, institutes, firms) and what it was computed for."
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
  "The best partners, best first."
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
  "Neither it nor a related field."
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
  transferPartners(
    "The organisation to find partners for; optional when competences are given."
    organizationId: ID
    "The needs, as competence ids (default: the organisation's own competences)."
    competences: [ID!]
    "Kinds of partner: company, university, research_institute (default: all three, or only research without a location)."
    kinds: [OrganizationKind!]
    "Where to measure distances from (default: the organisation's site)."
    near: NearInput
    "Leave out partners further away than this many kilometres (1 to 1000)."
    maxDistanceKm: Int
    "How many partners (1 to 50)."
    limit: Int = 10
    "Also list partners the organisation already has a tie to."
    includeKnown: Boolean = false
  ): TransferPartners!
}
`;
