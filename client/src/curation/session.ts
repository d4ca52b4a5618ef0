// Who is signed in, as the store keeps it, and what that person may do in the explorer. The
// server decides every write again (server/auth/viewer.ts); these rules only hide what would fail.
export const userRoles = ['member', 'manager', 'admin'] as const;
export type UserRole = (typeof userRoles)[number];

/** The user as POST /auth/login and GET /auth/me describe it. */
export interface SessionUser {
  id: string;
  login: string;
  displayName: string;
  role: UserRole;
  organizationId: string | null;
  mustChangePassword: boolean;
}

export interface Session {
  user: SessionUser | null;
  /** Sent as x-csrf-token with every write; kept in memory only. */
  csrfToken: string | null;
}

export const signedOut: Session = { user: null, csrfToken: null };

export const isManager = (s: Session): boolean => s.user?.role === 'manager' || s.user?.role === 'admin';

/** Managers edit every organisation, a member only its own. */
export const canEditOrganization = (s: Session, id: string): boolean =>
  isManager(s) || (s.user?.role === 'member' && s.user.organizationId === id);

/** Contact persons and notes: managers, and a member for its own organisation. */
export const canSeeNonPublic = (s: Session, id: string): boolean => canEditOrganization(s, id);
