// Shape limits from GraphQL Armor, checked while parsing and validating, before anything is
// costed or run. Each rejection is a GraphQLError with code QUERY_TOO_COMPLEX and the limit it
// broke; Apollo answers it with 400 (format-error.ts keeps the code).
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { ErrorCode } from '../../errors.ts';

/**
 * Generous for people, tight for machines: the explorer's deepest query (an organisation's
 * projects with their roles) is 5 levels deep and uses no aliases; the README examples stay far below.
 */
export const shapeLimits = Object.freeze({ depth: 8, aliases: 15, directives: 10, tokens: 2_000 });

type Limit = keyof typeof shapeLimits;

function limitError(limit: Limit, error: GraphQLError): GraphQLError {
  // Armor words its messages as syntax errors; ours say which limit and by how much.
  const detail = error.message.replace(/^Syntax Error: /, '');
  return new GraphQLError(`Query rejected: ${detail} (limit on ${limit}: ${shapeLimits[limit]}).`, {
    extensions: { code: ErrorCode.QueryTooComplex, limit, maximum: shapeLimits[limit] },
  });
}

// Validation rules report to their context: Apollo collects them into one 400.
const report = (limit: Limit) => (ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(limitError(limit, error));

/** graphql-js counts tokens itself while parsing (Apollo's parseOptions); its error is mapped in format-error.ts. */
export const parseOptions = Object.freeze({ maxTokens: shapeLimits.tokens });

/** graphql-js's words when a document has too many tokens. */
export const tooManyTokens = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/; // graphql 16 writes "that"

export function armor() {
  return new ApolloArmor({
    // Suggestions ("Did you mean …?") help researchers, and the schema is public anyway.
    blockFieldSuggestion: { enabled: false },
    // Costs are ours (cost.ts): Armor's flat model cannot multiply by page sizes.
    costLimit: { enabled: false },
    // Depth counts fields, not fragments: the client's typed documents share selections as fragments.
    maxDepth: { n: shapeLimits.depth, flattenFragments: true, onReject: [report('depth')], propagateOnRejection: false },
    maxAliases: { n: shapeLimits.aliases, onReject: [report('aliases')], propagateOnRejection: false },
    maxDirectives: { n: shapeLimits.directives, onReject: [report('directives')], propagateOnRejection: false },
    // Armor's token limit throws from a plugin hook, which Apollo answers with a 500.
    maxTokens: { enabled: false },
  }).protect();
}
