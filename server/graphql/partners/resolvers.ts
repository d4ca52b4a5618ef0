import type { Resolver } from '../domain.ts';
import type { TransferPartnersArgs } from './arguments.ts';
import { transferPartners } from './transfer-partners.ts';

export const partnerResolvers = {
  Query: {
    transferPartners: ((_, args, ctx) => transferPartners(ctx.db, args)) satisfies Resolver<TransferPartnersArgs>,
  },
};
