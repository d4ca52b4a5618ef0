// Network gaps: the reports a cluster manager reads to find missing connections, the lens that
// colours them in the explorer, and suggested introductions that close them.
import type { Domain } from '../domain.ts';
import { internationalTypeDefs } from './international-type-defs.ts';
import { metricTypeDefs } from './metric-type-defs.ts';
import { gapResolvers } from './resolvers.ts';
import { gapTypeDefs } from './type-defs.ts';

export const gaps: Domain = {
  name: 'gaps',
  typeDefs: [metricTypeDefs, gapTypeDefs, internationalTypeDefs],
  resolvers: gapResolvers,
  costs: {
    networkMetrics: () => 10,
    brokers: () => 2_000,
    communities: () => 3_000,
    gapLens: () => 3_000,
    isolatedOrganizations: () => 1_000,
    researchReach: () => 2_000,
    competenceWhiteSpots: () => 2_000,
    researchWithoutIndustry: () => 1_000,
    districtConnectivity: () => 2_000,
    internationalReach: () => 2_000,
    suggestedIntroductions: () => 3_000,
    networkKpis: () => 2_000,
  },
};
