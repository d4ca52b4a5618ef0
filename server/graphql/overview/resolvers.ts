import { ids } from '../arguments.ts';
import type { NoArgs, Resolver } from '../domain.ts';
import { districtOverview, networkOverview } from './overview.ts';

export const overviewResolvers = {
  Query: {
    networkOverview: ((_, __, ctx) => networkOverview(ctx.db)) satisfies Resolver<NoArgs>,
    districtOverview: ((_, { district }, ctx) => {
      ids('district', [district]);
      return districtOverview(ctx.db, district);
    }) satisfies Resolver<{ district: string }>,
  },
};
