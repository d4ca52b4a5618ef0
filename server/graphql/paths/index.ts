// Neighbourhood and paths: who is near an organisation, and how two organisations are connected.
import { numberArg, type Domain } from '../domain.ts';
import { pathResolvers } from './resolvers.ts';
import { pathTypeDefs } from './type-defs.ts';

export { toPath, type Path } from './shortest-path.ts';
export { PathNodeRow, PathRelationshipRow } from './rows.ts';

export const paths: Domain = {
  name: 'paths',
  typeDefs: [pathTypeDefs],
  resolvers: pathResolvers,
  costs: {
    neighbourhood: (a) => numberArg(a.limit, 500) * numberArg(a.hops, 1),
    shortestPath: (a) => 100 * numberArg(a.maxHops, 8),
    paths: (a) => 400 * numberArg(a.k, 3),
  },
};
