// Details: what the explorer's detail panel shows of one organisation, in one small statement.
import type { Domain } from '../domain.ts';
import { detailResolvers } from './resolvers.ts';
import { detailTypeDefs } from './type-defs.ts';

export const details: Domain = {
  name: 'details',
  typeDefs: [detailTypeDefs],
  resolvers: detailResolvers,
  costs: { organizationDetails: () => 1 },
};
