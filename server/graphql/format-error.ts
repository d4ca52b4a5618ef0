// Expected errors keep their code and message; anything else is logged in full and reaches the
// client as "Unexpected error." with no host, Cypher or stack.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
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
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  const driverCode = (original as { code?: unknown } | null)?.code;
  if (original instanceof DatabaseUnavailableError || (typeof driverCode === 'string' && driverUnavailable.has(driverCode))) {
    return { message: new DatabaseUnavailableError(undefined).message, path: formatted.path, extensions: { code: ErrorCode.DatabaseUnavailable } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && passThrough.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log(original);
  return { message: 'Unexpected error.', path: formatted.path, extensions: { code: ErrorCode.Internal } };
}
