// The gap reports' resolvers: thin, each one validates in its
// module and answers from named statements.
import type { NoArgs, Resolver } from '../domain.ts';
import { brokers, type BrokersArgs } from './brokers.ts';
import { communities, type CommunitiesArgs } from './communities.ts';
import { gapLens, type GapLensArgs } from './lens.ts';
import { suggestedIntroductions, type IntroductionsArgs } from './introductions.ts';
import {
  competenceWhiteSpots,
  districtConnectivity,
  internationalReach,
  isolatedOrganizations,
  networkKpis,
  researchReach,
  researchWithoutIndustry,
  type InternationalReachArgs,
  type IsolatedArgs,
} from './reports.ts';
import { networkMetrics } from './status.ts';

export const gapResolvers = {
  Query: {
    networkMetrics: (async (_, __, ctx) => ({
      ...(await networkMetrics(ctx.db)),
      refreshing: ctx.refreshState?.() ?? 'idle',
    })) satisfies Resolver<NoArgs>,
    isolatedOrganizations: ((_, args, ctx) => isolatedOrganizations(ctx.db, args)) satisfies Resolver<IsolatedArgs>,
    researchReach: ((_, args, ctx) => researchReach(ctx.db, args)) satisfies Resolver<{ limit?: number | null }>,
    competenceWhiteSpots: ((_, __, ctx) => competenceWhiteSpots(ctx.db)) satisfies Resolver<NoArgs>,
    researchWithoutIndustry: ((_, args, ctx) => researchWithoutIndustry(ctx.db, args)) satisfies Resolver<{
      withCompetencesOnly?: boolean | null;
      limit?: number | null;
    }>,
    districtConnectivity: ((_, __, ctx) => districtConnectivity(ctx.db)) satisfies Resolver<NoArgs>,
    internationalReach: ((_, args, ctx) => internationalReach(ctx.db, args)) satisfies Resolver<InternationalReachArgs>,
    brokers: ((_, args, ctx) => brokers(ctx.db, args)) satisfies Resolver<BrokersArgs>,
    communities: ((_, args, ctx) => communities(ctx.db, args)) satisfies Resolver<CommunitiesArgs>,
    suggestedIntroductions: ((_, args, ctx) => suggestedIntroductions(ctx.db, args)) satisfies Resolver<IntroductionsArgs>,
    gapLens: ((_, args, ctx) => gapLens(ctx.db, args)) satisfies Resolver<GapLensArgs>,
    networkKpis: ((_, args, ctx) => networkKpis(ctx.db, args)) satisfies Resolver<{ fromYear?: number | null; toYear?: number | null }>,
  },
};
