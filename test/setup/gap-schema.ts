// Runs GraphQL operations against the gap reports in process. Until schema.ts wires gapTypeDefs
// and gapResolvers (and the partner types they embed), this builds the schema the way schema.ts
// does with them added; once wired, it uses buildSchema itself.
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type { Database } from '../../server/db.ts';
import { gapResolvers } from '../../server/graphql/gaps/resolvers.ts';
import { gapTypeDefs } from '../../server/graphql/gaps/type-defs.ts';
import { partnerTypeDefs } from '../../server/graphql/partners/type-defs.ts';
import { buildSchema } from '../../server/graphql/schema.ts';
import { typeDefs } from '../../server/graphql/type-defs.ts';

export async function gapSchema(db: Database): Promise<GraphQLSchema> {
  const wired = await buildSchema(db);
  if (wired.getQueryType()?.getFields().networkMetrics) return wired;
  const base = typeDefs();
  const lib = new Neo4jGraphQL({
    typeDefs: [base, base.includes('type TransferPartner ') ? '' : partnerTypeDefs, gapTypeDefs].join('\n'),
    driver: db.driver,
    resolvers: { Query: gapResolvers.Query },
  });
  return lib.getSchema();
}

// The Neo4j GraphQL Library builds its schema with graphql's CommonJS build; Vite would hand this
// file the ESM build, and graphql refuses a schema from "another realm". Execute with the library's.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export async function run<T = Record<string, unknown>>(schema: GraphQLSchema, db: Database, source: string, variableValues: Record<string, unknown> = {}): Promise<ExecutionResult<T>> {
  return (await graphql({ schema, source, variableValues, contextValue: { db, sessionConfig: { database: db.database } } })) as ExecutionResult<T>;
}
