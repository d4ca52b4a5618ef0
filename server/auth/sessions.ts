// Browser sessions: the cookie holds a random token, Neo4j only its SHA-256 (the Session's id),
// with the SHA-256 of the session's CSRF token. Sessions end when idle, at their absolute
// lifetime, on logout, or when an admin revokes them or changes the user's role.
import { z } from 'zod';
import type { Database } from '../db.ts';
import { csrfTokenOf, randomSecret, sha256 } from './secrets.ts';
import { SessionRow, UserRow } from './rows.ts';

export interface NewSession {
  /** The cookie value: shown to the browser once, never stored. */
  token: string;
  /** The CSRF token the client sends back in x-csrf-token. */
  csrfToken: string;
  id: string;
}

export async function createSession(
  db: Database,
  userId: string,
  options: { maxHours: number; userAgent: string | null; via: 'session' | 'oidc' },
): Promise<NewSession> {
  const token = randomSecret();
  const csrfToken = csrfTokenOf(token);
  const id = sha256(token);
  await db.write('accounts/create-session', {
    id,
    userId,
    csrfHash: sha256(csrfToken),
    maxHours: options.maxHours,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
    via: options.via,
  });
  return { token, csrfToken, id };
}

const LiveSession = z.object({ user: UserRow, csrfHash: z.string(), via: z.enum(['session', 'oidc']).nullable() });
export type LiveSession = z.infer<typeof LiveSession> & { id: string };

/** The session of a cookie token when it is still alive (and marks it used), else null. */
export async function liveSession(db: Database, token: string, idleMinutes: number): Promise<LiveSession | null> {
  const id = sha256(token);
  const [row] = await db.write('accounts/session-viewer', { id, idleMinutes }, LiveSession);
  return row ? { ...row, id } : null;
}

const Revoked = z.object({ id: z.string() });

/** Ends one session; with `ownerId`, only when it belongs to that user. True when one ended. */
export async function revokeSession(db: Database, id: string, ownerId: string | null): Promise<boolean> {
  return (await db.write('accounts/revoke-session', { id, userId: ownerId }, Revoked)).length > 0;
}

/** Ends a user's sessions, but for `exceptId` (the one that asked) when given; how many ended. */
export async function revokeUserSessions(db: Database, userId: string, exceptId: string | null = null): Promise<number> {
  const [row] = await db.write('accounts/revoke-user-sessions', { userId, exceptId }, z.object({ revoked: z.number() }));
  return row?.revoked ?? 0;
}

export async function listSessions(db: Database, userId: string): Promise<SessionRow[]> {
  return (await db.read('accounts/sessions', { userId }, z.object({ session: SessionRow }))).map((r) => r.session);
}
