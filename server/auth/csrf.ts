// CSRF: a request authenticated by the cookie may change state only with the session's CSRF
// token in x-csrf-token (a page of another site can make the browser send the cookie, but cannot
// read the token). Bearer tokens are not sent by browsers on their own, so they need none.
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors.ts';
import { sendError } from '../http/errors.ts';
import { viewerOf } from './resolve-viewer.ts';
import { matchesHash } from './secrets.ts';
import { signInOf } from './sign-in.ts';
import type { Viewer } from './viewer.ts';

export const csrfHeader = 'x-csrf-token';

/** Null when the request may change state, else why not. */
export function csrfProblem(viewer: Viewer, given: string | undefined | null): string | null {
  const signIn = signInOf(viewer);
  if (!signIn || signIn.csrfHash === null) return null; // the public (nothing to forge) or a bearer token
  if (!given) return `A signed-in browser must send the header ${csrfHeader} (from /auth/login or /auth/me) to change anything.`;
  return matchesHash(given, signIn.csrfHash) ? null : `The ${csrfHeader} header does not belong to this session.`;
}

/** For routes that change state (logout, uploads): 403 without the session's CSRF token. */
export const requireCsrf: RequestHandler = (req, res, next) => {
  const problem = csrfProblem(viewerOf(res), req.get(csrfHeader));
  if (problem) sendError(res, 403, ErrorCode.Forbidden, problem);
  else next();
};

/** The same refusal inside GraphQL: a 403 whose body has the usual errors shape. */
export function csrfError(problem: string): GraphQLError {
  return new GraphQLError(problem, { extensions: { code: ErrorCode.Forbidden, http: { status: 403 } } });
}
