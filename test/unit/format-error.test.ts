import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badInput, DatabaseQueryError, DatabaseUnavailableError, ErrorCode } from '../../server/errors.ts';
import { formatError, isInternal } from '../../server/graphql/format-error.ts';

describe('error formatting', () => {
  it('keeps the code and message of expected errors', () => {
    const e = badInput('limit', 'must be a whole number from 1 to 100, got 0.', 0);
    const out = formatError({ message: e.message, extensions: { ...e.extensions, stacktrace: ['x'] } }, e);
    expect(out.message).toBe('Argument "limit": must be a whole number from 1 to 100, got 0.');
    expect(out.extensions).toEqual({ code: ErrorCode.BadUserInput, argument: 'limit', value: 0 });
  });

  it('hides internal errors behind "Unexpected error." and counts them as internal, to be logged', () => {
    const internal = new DatabaseQueryError(
      'network/organizations',
      'Neo.ClientError.Statement.SyntaxError',
      new Error('at bolt://10.0.0.1:7687 MATCH (n) ...'),
    );
    const wrapped = new GraphQLError(internal.message, { originalError: internal });
    const out = formatError({ message: wrapped.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(out).toEqual({ message: 'Unexpected error.', path: undefined, extensions: { code: ErrorCode.Internal } });
    expect(JSON.stringify(out)).not.toMatch(/bolt|MATCH|10\.0\.0\.1/);
    expect(isInternal(wrapped)).toBe(true);
    expect(isInternal(badInput('limit', 'too big'))).toBe(false);
  });

  it('says the database is unavailable without saying where it is', () => {
    const e = new GraphQLError('x', { originalError: new DatabaseUnavailableError(new Error('bolt://secret-host:7687 refused')) });
    const out = formatError({ message: 'x' }, e);
    expect(out.extensions?.code).toBe(ErrorCode.DatabaseUnavailable);
    expect(out.message).not.toContain('secret-host');
  });

  it('says the database is unavailable when the connection pool or the socket times out, which the driver gives no code', () => {
    for (const message of [
      'Connection acquisition timed out in 3000 ms. Pool status: Active conn count = 100, Idle conn count = 0.',
      'Failed to establish connection in 2000ms',
    ]) {
      const e = new GraphQLError(message, { originalError: Object.assign(new Error(message), { code: 'N/A' }) });
      expect(formatError({ message }, e).extensions?.code).toBe(ErrorCode.DatabaseUnavailable);
      expect(isInternal(e)).toBe(false);
    }
  });

  it("names Neo4j's timeout answer QUERY_TIMEOUT and tells the client to ask for less", () => {
    const neo = Object.assign(new Error('The transaction has not completed within the timeout specified at its start by the client.'), {
      code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    });
    const out = formatError({ message: neo.message }, new GraphQLError(neo.message, { originalError: neo }));
    expect(out.extensions?.code).toBe(ErrorCode.QueryTimeout);
    expect(out.message).toMatch(/Ask for less/);
  });

  it('keeps the code of a limit that Apollo files under GRAPHQL_VALIDATION_FAILED', () => {
    const limit = new GraphQLError('Query rejected: Query depth limit of 8 exceeded, found 11. (limit on depth: 8).', {
      extensions: { code: ErrorCode.QueryTooComplex, limit: 'depth', maximum: 8 },
    });
    const wrapped = new GraphQLError(limit.message, { originalError: limit, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(formatError({ message: limit.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, wrapped).extensions).toEqual({
      code: ErrorCode.QueryTooComplex,
      limit: 'depth',
      maximum: 8,
    });
  });

  it('calls too many tokens a limit, not a syntax error', () => {
    const message = 'Syntax Error: Document contains more that 2000 tokens. Parsing aborted.';
    expect(formatError({ message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, new GraphQLError(message)).extensions).toMatchObject({
      code: ErrorCode.QueryTooComplex,
      limit: 'tokens',
    });
  });
});
