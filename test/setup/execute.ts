// Runs GraphQL operations in process on the server's schema (graphql/schema.ts buildSchema).
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type { Viewer } from '../../server/auth/viewer.ts';
import type { Database } from '../../server/db.ts';
import { requestContext } from '../../server/graphql/schema.ts';

// The Neo4j GraphQL Library builds its schema with graphql's CommonJS build; Vite would hand this
// file the ESM build, and graphql refuses a schema from "another realm". Execute with the library's.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export async function run<T = Record<string, unknown>>(
  schema: GraphQLSchema,
  db: Database,
  source: string,
  variableValues: Record<string, unknown> = {},
  viewer?: Viewer,
): Promise<ExecutionResult<T>> {
  return (await graphql({
    schema,
    source,
    variableValues,
    contextValue: requestContext(db, { clientId: 'test', requestId: 'test', ...(viewer ? { viewer } : {}) }),
  })) as ExecutionResult<T>;
}
