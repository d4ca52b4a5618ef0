// Builds the executable schema: generated entity API plus the custom resolvers.
import { Neo4jGraphQL } from '@neo4j/graphql';
import { GraphQLScalarType, type GraphQLSchema } from 'graphql';
import type { Database } from '../db.ts';
import { neighbourhood, type NeighbourhoodArgs } from './neighbourhood.ts';
import { diversePaths, type PathsArgs } from './diverse-paths.ts';
import { network, type NetworkFilterInput } from './network.ts';
import { transferPartners, type TransferPartnersArgs } from './partners/index.ts';
import { search } from './search.ts';
import { shortestPath, type ShortestPathArgs } from './shortest-path.ts';
import { gapResolvers } from './gaps/resolvers.ts';
import { gapTypeDefs } from './gaps/type-defs.ts';
import { clusterStats } from './stats.ts';
import { typeDefs } from './type-defs.ts';

export interface GraphQLContext {
  db: Database;
  // Read by the Neo4j GraphQL Library: always name the database.
  sessionConfig: { database: string };
}

// Output-only: the network is produced by the server, never accepted as input.
const GraphologyGraph = new GraphQLScalarType({
  name: 'GraphologyGraph',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('GraphologyGraph is an output type.');
  },
});

export async function buildSchema(db: Database): Promise<GraphQLSchema> {
  const lib = new Neo4jGraphQL({
    typeDefs: `${typeDefs()}\n${gapTypeDefs}`,
    // The library runs its generated Cypher on the same driver the database module owns.
    driver: db.driver,
    resolvers: {
      GraphologyGraph,
      Query: {
        clusterStats: (_: unknown, __: unknown, ctx: GraphQLContext) => clusterStats(ctx.db),
        network: (_: unknown, args: { filter?: NetworkFilterInput | null }, ctx: GraphQLContext) => network(ctx.db, args.filter),
        search: (_: unknown, args: { text: string; limit?: number | null }, ctx: GraphQLContext) => search(ctx.db, args),
        neighbourhood: (_: unknown, args: NeighbourhoodArgs, ctx: GraphQLContext) => neighbourhood(ctx.db, args),
        shortestPath: (_: unknown, args: ShortestPathArgs, ctx: GraphQLContext) => shortestPath(ctx.db, args),
        transferPartners: (_: unknown, args: TransferPartnersArgs, ctx: GraphQLContext) => transferPartners(ctx.db, args),
        paths: (_: unknown, args: PathsArgs, ctx: GraphQLContext) => diversePaths(ctx.db, args),
        ...gapResolvers.Query,
      },
    },
    features: {
      excludeDeprecatedFields: { aggregationFilters: true, relationshipFilters: true, attributeFilters: true },
    },
  });
  return lib.getSchema();
}
