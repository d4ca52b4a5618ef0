import type { NoArgs, Resolver } from '../domain.ts';
import { networkOverview } from './overview.ts';

export const overviewResolvers = {
  Query: {
    networkOverview: ((_, __, ctx) => networkOverview(ctx.db)) satisfies Resolver<NoArgs>,
  },
};
