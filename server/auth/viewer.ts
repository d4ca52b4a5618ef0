// Who is asking: the public, or a signed-in user with one role. Every resolver decides from this
// (never from what the UI shows), and the Neo4j GraphQL Library reads the same facts as its JWT.
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors.ts';
import type { UserRole } from '../../shared/vocabulary.ts';

export type Viewer =
  | { kind: 'public' }
  | {
      kind: 'user';
      userId: string;
      login: string;
      role: UserRole;
      /** The organisation a member belongs to (and may edit); managers and admins may have one too. */
      organizationId: string | null;
      /** How the request proved who it is: a browser session, an API token or an OpenID Connect session. */
      via: 'session' | 'token' | 'oidc';
      /** The session's id (hashed), for revoking and CSRF; null for API tokens. */
      sessionId: string | null;
    };

export const publicViewer: Viewer = Object.freeze({ kind: 'public' });

/** The claims the library's @authentication / @authorization rules read ($jwt.roles, $jwt.organizationId). */
export interface ViewerClaims {
  sub: string;
  roles: UserRole[];
  organizationId: string | null;
}

// Admins may do what managers may; managers what members may do for their own organisation.
const rank: Readonly<Record<UserRole, number>> = { member: 1, manager: 2, admin: 3 };

export function claimsOf(viewer: Viewer): ViewerClaims | undefined {
  if (viewer.kind === 'public') return undefined;
  const roles = (Object.keys(rank) as UserRole[]).filter((r) => rank[r] <= rank[viewer.role]);
  return { sub: viewer.userId, roles, organizationId: viewer.organizationId };
}

export function hasRole(viewer: Viewer, role: UserRole): boolean {
  return viewer.kind === 'user' && rank[viewer.role] >= rank[role];
}

/** Throws UNAUTHENTICATED for the public and FORBIDDEN for a user below the role. */
export function requireRole(viewer: Viewer, role: UserRole, what: string): asserts viewer is Extract<Viewer, { kind: 'user' }> {
  if (viewer.kind === 'public') {
    throw new GraphQLError(`Sign in to ${what}.`, { extensions: { code: ErrorCode.Unauthenticated } });
  }
  if (!hasRole(viewer, role)) {
    throw new GraphQLError(`Only a ${role} may ${what}; you are signed in as ${viewer.role}.`, {
      extensions: { code: ErrorCode.Forbidden, required: role, role: viewer.role },
    });
  }
}

/** Managers edit every organisation; a member edits only its own. */
export function canEditOrganization(viewer: Viewer, organizationId: string): boolean {
  if (hasRole(viewer, 'manager')) return true;
  return viewer.kind === 'user' && viewer.organizationId === organizationId;
}

/** Contact persons, e-mail addresses and internal notes: managers, and a member for its own organisation. */
export function canSeeNonPublic(viewer: Viewer, organizationId: string): boolean {
  return canEditOrganization(viewer, organizationId);
}
