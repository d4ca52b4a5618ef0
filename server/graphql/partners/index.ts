// Transfer partners: who can help an organisation (or anyone with a need) innovate, why, and how
// to reach them. The gap reports' suggested introductions reuse the search through this entry.
import { numberArg, type Domain } from '../domain.ts';
import { partnerResolvers } from './resolvers.ts';
import { partnerQueryTypeDefs, partnerTypeDefs } from './type-defs.ts';

export { PARTNER_KINDS, type PartnerKind } from './arguments.ts';
export type { CompetenceName } from './rows.ts';
export { transferPartners, type TransferPartner, type TransferPartners } from './transfer-partners.ts';

export const partners: Domain = {
  name: 'partners',
  typeDefs: [partnerTypeDefs, partnerQueryTypeDefs],
  resolvers: partnerResolvers,
  costs: { transferPartners: (a) => 2_000 + 20 * numberArg(a.limit, 10) },
};
