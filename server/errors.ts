// The two kinds of error: expected ones carry a code from this enum and a message that says
// what to do; everything else is logged and reaches clients as an opaque internal error.
import { GraphQLError } from 'graphql';

export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  /** Not signed in, or the sign-in (session, token) is wrong, expired or revoked. */
  Unauthenticated = 'UNAUTHENTICATED',
  /** Signed in, but the role does not allow it. */
  Forbidden = 'FORBIDDEN',
  /** An edit based on a stale version: someone changed the record since; the error names what. */
  Conflict = 'CONFLICT',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  FeatureUnavailable = 'FEATURE_UNAVAILABLE',
  /** Over a depth, alias, directive, token or cost limit: rejected before anything runs. */
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  /** The client spent its cost budget for the minute. */
  RateLimited = 'RATE_LIMITED',
  /** The query ran past its transaction timeout and was stopped. */
  QueryTimeout = 'QUERY_TIMEOUT',
  /** Errors outside GraphQL: the HTTP request itself is wrong. */
  BadRequest = 'BAD_REQUEST',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  Internal = 'INTERNAL_SERVER_ERROR',
}

export function badInput(argument: string, message: string, value?: unknown): GraphQLError {
  return new GraphQLError(`Argument "${argument}": ${message}`, {
    extensions: { code: ErrorCode.BadUserInput, argument, ...(value === undefined ? {} : { value }) },
  });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`No ${what} with id "${id}".`, { extensions: { code: ErrorCode.NotFound, id } });
}

/** Neo4j cannot be reached: safe to say so, never where it is. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  readonly code = ErrorCode.DatabaseUnavailable;
  constructor(cause: unknown) {
    super('The graph database is not reachable right now. Try again shortly.', { cause });
  }
}

/** Neo4j stopped the statement at its transaction timeout: the question was too big to answer in time. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
  readonly code = ErrorCode.QueryTimeout;
  constructor(
    readonly queryName: string,
    readonly timeoutMs: number | null,
    cause?: unknown,
  ) {
    super(
      `The query took longer than ${timeoutMs === null ? 'its time limit' : `${(timeoutMs / 1000).toFixed(1)} s`} and was stopped. Ask for less (a smaller limit, fewer fields or a narrower filter).`,
      { cause },
    );
  }
}

/** A statement failed for a reason the caller did not cause: logged in full, shown opaque. */
export class DatabaseQueryError extends Error {
  override name = 'DatabaseQueryError';
  readonly code = ErrorCode.Internal;
  constructor(
    readonly queryName: string,
    readonly neo4jCode: string,
    cause: unknown,
  ) {
    super(`Cypher "${queryName}" failed (${neo4jCode}).`, { cause });
  }
}

/** A statement returned a row its parser does not accept: the Cypher and its parser disagree. */
export class RowShapeError extends Error {
  override name = 'RowShapeError';
  readonly code = ErrorCode.Internal;
  constructor(
    readonly queryName: string,
    readonly rowIndex: number,
    cause: unknown,
  ) {
    const issues = (cause as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
    const detail =
      issues
        ?.slice(0, 3)
        .map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`)
        .join('; ') ?? String(cause);
    super(`Cypher "${queryName}" row ${rowIndex}: ${detail}`, { cause });
  }
}

export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
