// What a Neo4j driver error means for the API: Neo4j out of reach, a statement past its
// transaction timeout, or a statement that failed; db.ts maps every driver error through here.
import { DatabaseQueryError, DatabaseUnavailableError, QueryTimeoutError } from './errors.ts';

const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

// The driver gives pool and socket time-outs no code of their own: they are known by their words.
const unavailableMessages = [/^Connection acquisition timed out/, /^Failed to establish connection/, /^Pool is closed/];

const timeoutCodes = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** True for driver errors that mean "Neo4j cannot be reached", whoever ran the statement. */
export function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && unavailableCodes.has(code)) return true;
  const message = err instanceof Error ? err.message : '';
  return unavailableMessages.some((m) => m.test(message));
}

/** True for Neo4j's answer to a statement that ran past its transaction timeout. */
export function isTimeout(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && timeoutCodes.has(code);
}

/** The error a failed statement raises: unavailable, timed out (after `timeoutMs`), or failed, named. */
export function mapError(name: string, err: unknown, timeoutMs: number | null): Error {
  if (isUnavailable(err)) return new DatabaseUnavailableError(err);
  if (isTimeout(err)) return new QueryTimeoutError(name, timeoutMs, err);
  return new DatabaseQueryError(name, (err as { code?: string }).code ?? 'unknown', err);
}
