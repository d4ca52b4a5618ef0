// The transferPartners question and answer as the client sends and reads them (see the server's partners/type-defs.ts).
import { graphql, type ResultOf } from '../graphql.ts';

/** The selection of one recommendation, shared by the partner search and the gap lens's introductions. */
export const RecommendationFields = graphql(`fragment RecommendationFields on TransferPartner {
  rank score coldStart
  organization { id name shortName kind society place district { id name } }
  breakdown {
    competence { value contribution coverage { need { id nameDe nameEn } match via { id nameDe nameEn } } }
    proximity { value contribution distance }
    warmIntroductions { value contribution count introducers { id name } }
    trackRecord { value contribution similarFirms }
    geography { value contribution distanceKm }
  }
  evidence { kind path { ...PathFields } }
}`);

export const PartnersQuery =
  graphql(`query TransferPartners($org: ID, $competences: [ID!], $kinds: [OrganizationKind!], $near: NearInput, $max: Int) {
  transferPartners(organizationId: $org, competences: $competences, kinds: $kinds, near: $near, maxDistanceKm: $max, limit: 15) {
    organization { id name } needs { id nameDe nameEn } coldStart candidates
    partners { ...RecommendationFields } } }`);

export type PartnerAnswer = ResultOf<typeof PartnersQuery>['transferPartners'];
export type Recommendation = ResultOf<typeof RecommendationFields>;
export type Term = PartnerAnswer['needs'][number];
