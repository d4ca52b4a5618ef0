// Figures: the cluster's headline counts.
import type { Domain } from '../domain.ts';
import { figureResolvers } from './resolvers.ts';
import { figureTypeDefs } from './type-defs.ts';

export const figures: Domain = {
  name: 'figures',
  typeDefs: [figureTypeDefs],
  resolvers: figureResolvers,
  costs: { clusterStats: () => 100 },
};
