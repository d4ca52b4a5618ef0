// The shape every GraphQL domain has: its schema text, its resolvers and what its root fields
// cost. schema.ts merges the list in domains.ts; a domain folder exports one `Domain` from its
// index.ts and nothing else that another domain may not use.
import type { GraphQLScalarType } from 'graphql';
import type { GraphQLContext } from './context.ts';

/**
 * A resolver with the arguments its field declares (write `satisfies Resolver<MyArgs>`); in a map
 * the arguments are `never`, which every resolver's arguments accept.
 */
export type Resolver<A = never> = (parent: unknown, args: A, ctx: GraphQLContext) => unknown;

/** A field without arguments. */
export type NoArgs = Record<string, never>;

export type Args = Record<string, unknown>;

export interface Domain {
  /** A short name, for error messages and the folder map. */
  name: string;
  /** Its type definitions; several `type Query { … }` blocks are merged by the library. */
  typeDefs: readonly string[];
  resolvers: { Query?: Record<string, Resolver>; Mutation?: Record<string, Resolver> } & Record<
    string,
    Record<string, Resolver> | GraphQLScalarType
  >;
  /** What each of its root fields may touch, read by the cost limit (guard/cost.ts). */
  costs: Readonly<Record<string, (args: Args) => number>>;
}

/** A numeric argument for a cost, or its default when absent or not a number (validation comes later). */
export const numberArg = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;
