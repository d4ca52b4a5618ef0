// Expected errors keep their code and message; anything else is logged in full and reaches the
// client as "Unexpected error." with no host, Cypher or stack.
import type { GraphQLFormattedError } from 'graphql';
import { DatabaseUnavailableError, ErrorCode } from '../errors.ts';

const passThrough = new Set<string>([
  ErrorCode.BadUserInput,
  ErrorCode.NotFound,
  ErrorCode.DatabaseUnavailable,
  ErrorCode.FeatureUnavailable,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const driverUnavailable = new Set(['ServiceUnavailable', 'SessionExpired']);

export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void = console.error): GraphQLFormattedError {
  // Duck-typed, not instanceof: bundlers may load graphql twice (ESM and CJS builds).
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
  const driverCode = (original as { code?: unknown } | null)?.code;
  if (original instanceof DatabaseUnavailableError || (typeof driverCode === 'string' && driverUnavailable.has(driverCode))) {
    return { message: new DatabaseUnavailableError(undefined).message, path: formatted.path, extensions: { code: ErrorCode.DatabaseUnavailable } };
  }
  // Generated queries pass limit/offset/first straight to Cypher; Neo4j rejects bad values there.
  if (driverCode === 'Neo.ClientError.Statement.ArgumentError') {
    const detail = String((original as { cause?: { message?: unknown } }).cause?.message ?? '').replace(/^\w+: /, '');
    return {
      message: `An argument is out of range${detail ? `: ${detail}` : '.'} (limit, offset and first must be whole numbers ≥ 0).`,
      path: formatted.path,
      extensions: { code: ErrorCode.BadUserInput },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && passThrough.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log(original);
  return { message: 'Unexpected error.', path: formatted.path, extensions: { code: ErrorCode.Internal } };
}
