// Who is asking, once per request: an API token (Authorization: Bearer ce_…), else the session
// cookie, else the public. A token or cookie that is wrong, expired or revoked is a 401, never a
// silent fall-back to the public: a script should fail loudly, and the browser learns to sign in.
import type { RequestHandler, Response } from 'express';
import type { Database } from '../db.ts';
import { ErrorCode } from '../errors.ts';
import { sendError } from '../http/errors.ts';
import { tokenUser } from './api-tokens.ts';
import { clearCookie, cookieValue, sessionCookie } from './cookies.ts';
import { apiTokenPrefix } from './secrets.ts';
import { liveSession } from './sessions.ts';
import { userViewer } from './sign-in.ts';
import { publicViewer, type Viewer } from './viewer.ts';

const viewers = new WeakMap<Response, Viewer>();

/** The viewer resolveViewer found for this request; the public before it ran. */
export function viewerOf(res: Response): Viewer {
  return viewers.get(res) ?? publicViewer;
}

export function resolveViewer(db: Database, idleMinutes: number): RequestHandler {
  return async (req, res, next) => {
    try {
      const authorization = req.get('authorization');
      if (authorization !== undefined) {
        const [scheme, secret] = authorization.trim().split(/\s+/, 2);
        if (scheme?.toLowerCase() !== 'bearer' || !secret?.startsWith(apiTokenPrefix)) {
          res.setHeader('WWW-Authenticate', 'Bearer');
          sendError(res, 401, ErrorCode.Unauthenticated, 'Authorization must be "Bearer ce_…" with an API token.');
          return;
        }
        const user = await tokenUser(db, secret);
        if (!user) {
          res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
          sendError(res, 401, ErrorCode.Unauthenticated, 'The API token is unknown, expired or revoked.');
          return;
        }
        viewers.set(res, userViewer(user, 'token', null, { csrfHash: null, mustChangePassword: user.mustChangePassword }));
        next();
        return;
      }
      const token = cookieValue(req, sessionCookie);
      if (token !== null) {
        const session = await liveSession(db, token, idleMinutes);
        if (!session) {
          clearCookie(req, res, sessionCookie);
          sendError(res, 401, ErrorCode.Unauthenticated, 'Your session has ended (signed out, expired or revoked): sign in again.');
          return;
        }
        const via = session.via ?? 'session';
        viewers.set(
          res,
          userViewer(session.user, via, session.id, { csrfHash: session.csrfHash, mustChangePassword: session.user.mustChangePassword }),
        );
      }
      next();
    } catch (err) {
      next(err);
    }
  };
}
