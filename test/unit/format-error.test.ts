import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badInput, DatabaseQueryError, DatabaseUnavailableError, ErrorCode } from '../../server/errors.ts';
import { formatError } from '../../server/graphql/format-error.ts';

describe('error formatting', () => {
  it('keeps the code and message of expected errors', () => {
    const e = badInput('limit', 'must be a whole number from 1 to 100, got 0.', 0);
    const out = formatError({ message: e.message, extensions: { ...e.extensions, stacktrace: ['x'] } }, e, () => {});
    expect(out.message).toBe('Argument "limit": must be a whole number from 1 to 100, got 0.');
    expect(out.extensions).toEqual({ code: ErrorCode.BadUserInput, argument: 'limit', value: 0 });
  });

  it('hides internal errors behind "Unexpected error." and logs the original', () => {
    const logged: unknown[] = [];
    const internal = new DatabaseQueryError('network/organizations', 'Neo.ClientError.Statement.SyntaxError', new Error('at bolt://10.0.0.1:7687 MATCH (n) ...'));
    const wrapped = new GraphQLError(internal.message, { originalError: internal });
    const out = formatError({ message: wrapped.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped, (e) => logged.push(e));
    expect(out).toEqual({ message: 'Unexpected error.', path: undefined, extensions: { code: ErrorCode.Internal } });
    expect(JSON.stringify(out)).not.toMatch(/bolt|MATCH|10\.0\.0\.1/);
    expect(logged).toEqual([internal]);
  });

  it('says the database is unavailable without saying where it is', () => {
    const e = new GraphQLError('x', { originalError: new DatabaseUnavailableError(new Error('bolt://secret-host:7687 refused')) });
    const out = formatError({ message: 'x' }, e, () => {});
    expect(out.extensions?.code).toBe(ErrorCode.DatabaseUnavailable);
    expect(out.message).not.toContain('secret-host');
  });
});
