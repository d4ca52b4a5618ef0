// Sign-in settings from the environment (read by server/config.ts, the one reader of process.env):
// session lifetimes, login throttling, the first admin's password and OpenID Connect.
import { ConfigError } from '../config-error.ts';
import { type UserRole, userRoles } from '../../shared/vocabulary.ts';
import { minPasswordLength } from './password-rules.ts';

export interface OidcConfig {
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: URL;
  /** Where the roles are in the claims: a name or a dotted path (Keycloak: realm_access.roles). */
  readonly rolesClaim: string;
  /** The provider's role names to ours; a user with none of them may not sign in. */
  readonly roleMap: ReadonlyMap<string, UserRole>;
  /** The claim holding the organisation id of a member; null: users get none. */
  readonly organizationClaim: string | null;
}

export interface LoginThrottle {
  /** Wrong passwords in a row for one login before it is locked. */
  readonly failuresPerLogin: number;
  /** Wrong passwords from one address (any login) within an hour before it is locked. */
  readonly failuresPerAddress: number;
  /** The first lock; each further failure doubles it, up to an hour. */
  readonly lockSeconds: number;
}

export interface AuthConfig {
  /** A session unused this long ends. */
  readonly sessionIdleMinutes: number;
  /** A session ends this long after sign-in, however busy. */
  readonly sessionMaxHours: number;
  /** The first admin's password; none: a one-time password is generated and printed once. */
  readonly adminPassword: string | null;
  readonly throttle: LoginThrottle;
  readonly oidc: OidcConfig | null;
}

export const defaultThrottle: LoginThrottle = Object.freeze({ failuresPerLogin: 5, failuresPerAddress: 50, lockSeconds: 30 });

export const defaultAuthConfig: AuthConfig = Object.freeze({
  sessionIdleMinutes: 60,
  sessionMaxHours: 12,
  adminPassword: null,
  throttle: defaultThrottle,
  oidc: null,
});

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0 || n > max) throw new ConfigError(`${name} "${raw}" must be a whole number from 1 to ${max}.`);
  return n;
}

/** `cluster-admin=admin,cluster-manager=manager` → a map; every right-hand side must be one of our roles. */
export function parseRoleMap(raw: string): Map<string, UserRole> {
  const map = new Map<string, UserRole>();
  for (const pair of raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [theirs, ours] = pair.split('=').map((s) => s.trim());
    if (!theirs || !ours || !(userRoles as readonly string[]).includes(ours)) {
      throw new ConfigError(`OIDC_ROLE_MAP: "${pair}" must be <provider role>=<${userRoles.join('|')}>.`);
    }
    map.set(theirs, ours as UserRole);
  }
  return map;
}

function url(name: string, raw: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new ConfigError(`${name} "${raw}" is not a URL.`);
  }
}

function readOidc(env: NodeJS.ProcessEnv): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const required = (name: string): string => {
    const v = env[name]?.trim();
    if (!v) throw new ConfigError(`OIDC_ISSUER is set, so ${name} is required too.`);
    return v;
  };
  const roleMap = parseRoleMap(required('OIDC_ROLE_MAP'));
  if (roleMap.size === 0) throw new ConfigError('OIDC_ROLE_MAP maps no role: nobody could sign in.');
  return Object.freeze({
    issuer: url('OIDC_ISSUER', issuer),
    clientId: required('OIDC_CLIENT_ID'),
    clientSecret: required('OIDC_CLIENT_SECRET'),
    redirectUri: url('OIDC_REDIRECT_URI', required('OIDC_REDIRECT_URI')),
    rolesClaim: env.OIDC_ROLES_CLAIM?.trim() || 'roles',
    roleMap,
    organizationClaim: env.OIDC_ORGANIZATION_CLAIM?.trim() || null,
  });
}

export function readAuthConfig(env: NodeJS.ProcessEnv): AuthConfig {
  const sessionIdleMinutes = whole(env, 'SESSION_IDLE_MINUTES', defaultAuthConfig.sessionIdleMinutes, 7 * 24 * 60);
  const sessionMaxHours = whole(env, 'SESSION_MAX_HOURS', defaultAuthConfig.sessionMaxHours, 30 * 24);
  if (sessionIdleMinutes > sessionMaxHours * 60) {
    throw new ConfigError(`SESSION_IDLE_MINUTES (${sessionIdleMinutes}) is longer than SESSION_MAX_HOURS (${sessionMaxHours} h).`);
  }
  const adminPassword = env.ADMIN_PASSWORD || null;
  if (adminPassword !== null && adminPassword.length < minPasswordLength) {
    throw new ConfigError(`ADMIN_PASSWORD must have at least ${minPasswordLength} characters (it has ${adminPassword.length}).`);
  }
  return Object.freeze({
    sessionIdleMinutes,
    sessionMaxHours,
    adminPassword,
    throttle: Object.freeze({
      failuresPerLogin: whole(env, 'LOGIN_MAX_FAILURES', defaultThrottle.failuresPerLogin, 1000),
      failuresPerAddress: whole(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', defaultThrottle.failuresPerAddress, 100_000),
      lockSeconds: whole(env, 'LOGIN_LOCK_SECONDS', defaultThrottle.lockSeconds, 3600),
    }),
    oidc: readOidc(env),
  });
}
