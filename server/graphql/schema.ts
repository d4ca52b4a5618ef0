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
import type { DatabaseWatch } from '../db-watch.ts';
import { gateRootFields, requestGate, type Gate } from './guard/gate.ts';
import { clusterStats } from './stats.ts';
import { organizationTypes, typeDefs } from './type-defs.ts';

export interface GraphQLContext {
  /** The database with the API's transaction timeout. */
  db: Database;
  // Read by the Neo4j GraphQL Library: always name the database, and time out like our own reads.
  sessionConfig: { database: string };
  transaction?: { timeout: number };
  /** Who is asking (the client's address) and which request this is, for budgets and logs. */
  clientId: string;
  requestId: string;
  /** Bounds how many root fields of this request run at once. */
  gate: Gate;
}

export interface ContextOptions {
  /** Fails root fields at once while Neo4j does not answer. */
  watch?: DatabaseWatch | null;
  /** The generated API's transaction timeout; none: the server's. */
  generatedTimeoutMs?: number | null;
}

/** The context of one request; `db` is the API's view (Database.withTimeout) or a job's. */
export function requestContext(db: Database, who: { clientId: string; requestId: string }, options: ContextOptions = {}): GraphQLContext {
  const timeout = options.generatedTimeoutMs ?? null;
  return {
    db,
    sessionConfig: { database: db.database },
    ...(timeout === null ? {} : { transaction: { timeout } }),
    ...who,
    gate: requestGate(options.watch ?? null),
  };
}

/** The node types of the generated API: their lists page (@limit) and cost by page size. */
export const entityTypeNames: ReadonlySet<string> = new Set([
  'Organization',
  ...organizationTypes.map((t) => t.name),
  'Competence',
  'Industry',
  'ActionField',
  'Project',
  'Place',
  'District',
]);

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
  return gateRootFields(await lib.getSchema());
}
