// What a request's sign-in carries beyond the Viewer (server/auth/viewer.ts, a shared contract):
// the session's CSRF hash and whether the password must be changed first. Kept per Viewer object
// (one per request), so the GraphQL plugin and the routes read them without widening the contract.
import type { Viewer } from './viewer.ts';
import type { UserRow } from './rows.ts';

export interface SignIn {
  /** The SHA-256 of the session's CSRF token; null for API tokens, which need none. */
  csrfHash: string | null;
  mustChangePassword: boolean;
}

const facts = new WeakMap<Viewer, SignIn>();

export function userViewer(user: UserRow, via: 'session' | 'token' | 'oidc', sessionId: string | null, signIn: SignIn): Viewer {
  const viewer: Viewer = {
    kind: 'user',
    userId: user.id,
    login: user.login,
    role: user.role,
    organizationId: user.organizationId,
    via,
    sessionId,
  };
  facts.set(viewer, signIn);
  return viewer;
}

export function signInOf(viewer: Viewer): SignIn | null {
  return facts.get(viewer) ?? null;
}
