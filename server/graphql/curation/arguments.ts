// The editing API's arguments beyond the record rules (server/curation/records.ts): dates of the
// audit trail, its page size and cursor.
import { badInput } from '../../errors.ts';

const isoDateTime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** An ISO date or date-time, as the audit trail compares it (a date means its midnight, UTC). */
export function sinceArg(argument: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !isoDateTime.test(value) || Number.isNaN(Date.parse(value))) {
    throw badInput(argument, 'expected an ISO date (2026-01-31) or date-time (2026-01-31T12:00:00Z)', value);
  }
  return value.length === 10 ? `${value}T00:00:00Z` : value;
}

export function pageSizeArg(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 200) {
    throw badInput('first', 'expected a whole number from 1 to 200', value);
  }
  return value;
}

export interface AuditCursor {
  at: string;
  id: string;
}

export const encodeCursor = (c: AuditCursor): string => Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');

export function cursorArg(value: unknown): AuditCursor | null {
  if (value === undefined || value === null) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(String(value), 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string') return { at, id };
  } catch {
    // falls through to the error below
  }
  throw badInput('after', 'expected the endCursor of a previous page', value);
}
