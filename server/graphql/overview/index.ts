// The overview: the network in aggregate by district, for graphs too large to draw whole.
import type { Domain } from '../domain.ts';
import { overviewResolvers } from './resolvers.ts';
import { overviewTypeDefs } from './type-defs.ts';

export type { DistrictOverview, NetworkOverview } from './overview.ts';

export const overview: Domain = {
  name: 'overview',
  typeDefs: [overviewTypeDefs],
  resolvers: overviewResolvers,
  // Stored aggregates: 18 districts and their ties, whatever the graph's size.
  // One district by town: its places (a handful) and their ties, counted over its organisations.
  costs: { networkOverview: () => 50, districtOverview: () => 200 },
};
