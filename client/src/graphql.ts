// Typed documents: `graphql(`…`)` returns the query text typed with its result and variables, which
// GraphQL Code Generator reads from the checked-in schema.graphql into ./gql/ (`npm run schema`).
export { graphql } from './gql/index.ts';
export type { TypedDocumentString } from './gql/graphql.ts';
export type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
