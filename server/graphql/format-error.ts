// Expected errors keep their code and message; anything else reaches the client as
// "Unexpected error." with no host, Cypher or stack (use-error-log.ts logs it once, in one line).
import type { GraphQLFormattedError } from 'graphql';
import { isTimeout, isUnavailable } from '../db-errors.ts';
import { DatabaseUnavailableError, ErrorCode, QueryTimeoutError } from '../errors.ts';
import { shapeLimits, tooManyTokens } from './guard/index.ts';

const passThrough = new Set<string>([
  ErrorCode.BadUserInput,
  ErrorCode.NotFound,
  ErrorCode.Unauthenticated,
  ErrorCode.Forbidden,
  ErrorCode.Conflict,
  ErrorCode.DatabaseUnavailable,
  ErrorCode.FeatureUnavailable,
  ErrorCode.QueryTooComplex,
  ErrorCode.RateLimited,
  ErrorCode.QueryTimeout,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** The error behind GraphQL's wrappers: a resolver's own error, or a limit's GraphQLError inside Apollo's ValidationError. */
export function originalOf(error: unknown): unknown {
  // Duck-typed, not instanceof: bundlers may load graphql twice (ESM and CJS builds).
  return (error as { originalError?: unknown } | null)?.originalError ?? error;
}

function codeOf(value: unknown): unknown {
  return (value as { extensions?: { code?: unknown } } | null)?.extensions?.code;
}

/** What the client is told, or null when the error is internal and must be masked. */
function expected(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  const original = originalOf(error);
  const at = { path: formatted.path, locations: formatted.locations };
  if (original instanceof DatabaseUnavailableError || isUnavailable(original)) {
    return {
      message: new DatabaseUnavailableError(undefined).message,
      path: formatted.path,
      extensions: { code: ErrorCode.DatabaseUnavailable },
    };
  }
  if (original instanceof QueryTimeoutError)
    return { message: original.message, path: formatted.path, extensions: { code: ErrorCode.QueryTimeout } };
  if (isTimeout(original)) {
    return { message: new QueryTimeoutError('', null).message, path: formatted.path, extensions: { code: ErrorCode.QueryTimeout } };
  }
  // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; a limit keeps its own code.
  if (codeOf(original) === ErrorCode.QueryTooComplex) {
    return { message: formatted.message, ...at, extensions: (original as { extensions: Record<string, unknown> }).extensions };
  }
  if (tooManyTokens.test(formatted.message)) {
    return {
      message: `Query rejected: more than ${shapeLimits.tokens} tokens (limit on tokens: ${shapeLimits.tokens}).`,
      ...at,
      extensions: { code: ErrorCode.QueryTooComplex, limit: 'tokens', maximum: shapeLimits.tokens },
    };
  }
  // Generated queries pass limit/offset/first straight to Cypher; Neo4j rejects bad values there.
  if ((original as { code?: unknown } | null)?.code === 'Neo.ClientError.Statement.ArgumentError') {
    return {
      message: 'An argument is out of range (limit, offset and first must be whole numbers ≥ 0).',
      path: formatted.path,
      extensions: { code: ErrorCode.BadUserInput },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && passThrough.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return null;
}

export function isInternal(error: unknown): boolean {
  const formatted = { message: error instanceof Error ? error.message : String(error), extensions: { code: codeOf(error) } };
  return expected(formatted, error) === null;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return expected(formatted, error) ?? { message: 'Unexpected error.', path: formatted.path, extensions: { code: ErrorCode.Internal } };
}
