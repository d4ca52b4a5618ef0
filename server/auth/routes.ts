// The sign-in routes of the HTTP contract (docs: /tmp design, README): POST /auth/login,
// POST /auth/logout, GET /auth/me. Answers are JSON; errors have the GraphQL errors shape.
import express, { type Request, type Response, Router } from 'express';
import type { Database } from '../db.ts';
import { ErrorCode } from '../errors.ts';
import { sendError } from '../http/errors.ts';
import { userByLogin } from './accounts.ts';
import type { AuthConfig } from './config.ts';
import { clearCookie, cookieValue, sessionCookie, setCookie } from './cookies.ts';
import { requireCsrf } from './csrf.ts';
import { verifyPassword } from './password.ts';
import { resolveViewer, viewerOf } from './resolve-viewer.ts';
import type { UserRow } from './rows.ts';
import { csrfTokenOf, sha256 } from './secrets.ts';
import { createSession, liveSession, revokeSession } from './sessions.ts';
import type { Throttle } from './throttle.ts';

/** What the browser learns about the signed-in user. */
export function publicUser(user: UserRow) {
  const { id, login, displayName, role, organizationId, mustChangePassword } = user;
  return { id, login, displayName, role, organizationId, mustChangePassword };
}

/** Starts a session for a user and sets its cookie; the answer of a successful sign-in. */
export async function startSession(
  db: Database,
  auth: AuthConfig,
  req: Request,
  res: Response,
  user: UserRow,
  via: 'session' | 'oidc',
): Promise<{ csrfToken: string }> {
  const session = await createSession(db, user.id, { maxHours: auth.sessionMaxHours, userAgent: req.get('user-agent') ?? null, via });
  setCookie(req, res, sessionCookie, session.token, auth.sessionMaxHours * 3600);
  return { csrfToken: session.csrfToken };
}

function credentials(body: unknown): { login: string; password: string } | null {
  const b = (body ?? {}) as { login?: unknown; password?: unknown };
  if (typeof b.login !== 'string' || typeof b.password !== 'string') return null;
  if (b.login.length > 200 || b.password.length > 1000) return null;
  return { login: b.login.trim().toLowerCase(), password: b.password };
}

export function authRoutes(db: Database, auth: AuthConfig, throttle: Throttle): Router {
  const router = Router();
  const json = express.json({ limit: '10kb' });

  router.post('/auth/login', json, async (req, res, next) => {
    try {
      const given = credentials(req.body);
      if (!given) {
        sendError(res, 400, ErrorCode.BadRequest, 'Send JSON {"login": "…", "password": "…"}.');
        return;
      }
      const address = req.ip ?? 'unknown';
      const wait = await throttle.lockedFor(given.login, address);
      if (wait > 0) {
        res.setHeader('Retry-After', String(wait));
        sendError(res, 429, ErrorCode.RateLimited, `Too many failed sign-ins: try again in ${wait} s.`);
        return;
      }
      const found = await userByLogin(db, given.login);
      // Always verify (a dummy hash for unknown logins): the answer and its timing are the same.
      const matches = await verifyPassword(found?.passwordHash ?? null, given.password);
      if (!found || !matches || found.user.disabled) {
        await throttle.failed(given.login, address);
        sendError(res, 401, ErrorCode.Unauthenticated, 'Wrong login or password.');
        return;
      }
      await throttle.succeeded(given.login);
      // A cookie from before is ended: one browser, one session.
      const before = cookieValue(req, sessionCookie);
      if (before) await revokeSession(db, sha256(before), found.user.id);
      const { csrfToken } = await startSession(db, auth, req, res, found.user, 'session');
      res.json({ user: publicUser(found.user), csrfToken });
    } catch (err) {
      next(err);
    }
  });

  router.post('/auth/logout', resolveViewer(db, auth.sessionIdleMinutes), requireCsrf, async (req, res, next) => {
    try {
      const viewer = viewerOf(res);
      if (viewer.kind === 'user' && viewer.sessionId) await revokeSession(db, viewer.sessionId, null);
      clearCookie(req, res, sessionCookie);
      res.json({ user: null, csrfToken: null });
    } catch (err) {
      next(err);
    }
  });

  // Read at page load: who is signed in, and the CSRF token for the page's writes. A cookie whose
  // session ended is cleared, and the page carries on as the public.
  router.get('/auth/me', async (req, res, next) => {
    try {
      res.setHeader('Cache-Control', 'no-store');
      const token = cookieValue(req, sessionCookie);
      const session = token ? await liveSession(db, token, auth.sessionIdleMinutes) : null;
      if (!token || !session) {
        if (token) clearCookie(req, res, sessionCookie);
        res.json({ user: null, csrfToken: null });
        return;
      }
      res.json({ user: publicUser(session.user), csrfToken: csrfTokenOf(token) });
    } catch (err) {
      next(err);
    }
  });
  return router;
}
