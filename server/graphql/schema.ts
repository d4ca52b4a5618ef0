// Builds the executable schema: the domains' type definitions and resolvers, merged, with the
// generated entity API of the Neo4j GraphQL Library.
import { Neo4jGraphQL, type Neo4jGraphQLConstructor } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Database } from '../db.ts';
import type { Resolver } from './domain.ts';
import { describeGenerated } from './describe-generated.ts';
import { domains } from './domains.ts';
import { entityTypeNames } from './entities/index.ts';
import { gateRootFields } from './guard/index.ts';

export { requestContext, type GraphQLContext } from './context.ts';
export { entityTypeNames } from './entities/index.ts';

function mergedResolvers(): NonNullable<Neo4jGraphQLConstructor['resolvers']> {
  const merged: Record<string, unknown> = {};
  const query: Record<string, Resolver> = {};
  const mutation: Record<string, Resolver> = {};
  for (const d of domains) {
    const { Query, Mutation, ...others } = d.resolvers;
    Object.assign(query, Query);
    Object.assign(mutation, Mutation);
    Object.assign(merged, others);
  }
  return { ...merged, Query: query, ...(Object.keys(mutation).length > 0 ? { Mutation: mutation } : {}) };
}

export async function buildSchema(db: Database): Promise<GraphQLSchema> {
  const typeDefs = domains.flatMap((d) => d.typeDefs);
  const lib = new Neo4jGraphQL({
    typeDefs,
    // The library runs its generated Cypher on the same driver the database module owns.
    driver: db.driver,
    resolvers: mergedResolvers(),
    features: {
      excludeDeprecatedFields: { aggregationFilters: true, relationshipFilters: true, attributeFilters: true },
    },
  });
  return gateRootFields(describeGenerated(await lib.getSchema(), entityTypeNames, typeDefs));
}
