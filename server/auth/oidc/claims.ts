// From an OpenID Connect provider's claims to our user: the role from a configurable claim (a
// name, or a dotted path such as Keycloak's realm_access.roles), mapped by OIDC_ROLE_MAP; the
// highest mapped role wins. No mapped role: no access, and the answer says what was read.
import type { UserRole } from '../../../shared/vocabulary.ts';
import type { OidcConfig } from '../config.ts';

const rank: Readonly<Record<UserRole, number>> = { member: 1, manager: 2, admin: 3 };

/** The value at a dotted path of the claims, or undefined. */
export function claimAt(claims: Readonly<Record<string, unknown>>, path: string): unknown {
  // A claim may itself contain dots (Entra's URIs); the whole name is tried first.
  if (path in claims) return claims[path];
  let at: unknown = claims;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object' || !(key in at)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** The provider's roles: an array of strings, or one string (some providers send a single role so). */
export function providerRoles(claims: Readonly<Record<string, unknown>>, path: string): string[] {
  const value = claimAt(claims, path);
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export type RoleDecision = { kind: 'role'; role: UserRole } | { kind: 'none'; claim: string; found: string[]; expected: string[] };

export function roleFrom(claims: Readonly<Record<string, unknown>>, config: Pick<OidcConfig, 'rolesClaim' | 'roleMap'>): RoleDecision {
  const found = providerRoles(claims, config.rolesClaim);
  const mapped = found.map((r) => config.roleMap.get(r)).filter((r): r is UserRole => r !== undefined);
  if (mapped.length === 0) return { kind: 'none', claim: config.rolesClaim, found, expected: [...config.roleMap.keys()] };
  return { kind: 'role', role: mapped.reduce((a, b) => (rank[b] > rank[a] ? b : a)) };
}

export function organizationFrom(claims: Readonly<Record<string, unknown>>, claim: string | null): string | null {
  if (claim === null) return null;
  const value = claimAt(claims, claim);
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return null;
}

/** Who the user is called: the provider's name, else its login-like claims, else the subject. */
export function identityFrom(claims: Readonly<Record<string, unknown>>, subject: string): { login: string; displayName: string } {
  const text = (k: string) => (typeof claims[k] === 'string' && (claims[k] as string).trim() ? (claims[k] as string).trim() : null);
  const handle = text('preferred_username') ?? text('email') ?? subject;
  // The oidc: prefix keeps these apart from local logins, which cannot contain a colon.
  return { login: `oidc:${handle.toLowerCase()}`.slice(0, 200), displayName: text('name') ?? handle };
}
