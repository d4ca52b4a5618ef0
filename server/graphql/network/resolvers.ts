import { GraphQLScalarType } from 'graphql';
import type { Resolver } from '../domain.ts';
import type { NetworkFilterInput } from './arguments.ts';
import { network, networkUpTo } from './network.ts';

// Output-only: the network is produced by the server, never accepted as input.
const GraphologyGraph = new GraphQLScalarType({
  name: 'GraphologyGraph',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('GraphologyGraph is an output type.');
  },
});

export const networkResolvers = {
  GraphologyGraph,
  Query: {
    network: ((_, args, ctx) => network(ctx.db, args.filter)) satisfies Resolver<{ filter?: NetworkFilterInput | null }>,
    networkUpTo: ((_, args, ctx) => networkUpTo(ctx.db, args.maxOrganizations, args.filter)) satisfies Resolver<{
      maxOrganizations: number;
      filter?: NetworkFilterInput | null;
    }>,
  },
};
