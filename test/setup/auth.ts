// Signing in from integration tests. Each call makes a fresh user of the role (with a password
// nobody else knows) and signs it in the way a browser or a script does:
//   const admin = await signIn(app.url, db, 'admin');           // POST /auth/login: cookie + CSRF
//   await gql(app.url, mutation, vars, admin.headers);           // headers: cookie and x-csrf-token
//   const bot = await apiTokenFor(db, 'manager');                // a script: Authorization: Bearer ce_…
//   await gql(app.url, query, {}, bot.headers);
// A member needs its organisation: signIn(url, db, 'member', { organizationId: 'co-0001' }).
import { randomBytes } from 'node:crypto';
import { createUser } from '../../server/auth/accounts.ts';
import { createApiToken } from '../../server/auth/api-tokens.ts';
import type { Database } from '../../server/db.ts';
import type { UserRole } from '../../shared/vocabulary.ts';

export interface TestUser {
  userId: string;
  login: string;
  password: string;
  role: UserRole;
}

export interface SignedIn extends TestUser {
  /** The Cookie header value (ce_session=…). */
  cookie: string;
  csrfToken: string;
  /** Cookie and x-csrf-token: what a signed-in page sends with a mutation. */
  headers: Record<string, string>;
}

export interface WithToken extends TestUser {
  token: string;
  /** Authorization: Bearer ce_… */
  headers: Record<string, string>;
}

/** A user of the role, created straight in the database, with a known password. */
export async function testUser(
  db: Database,
  role: UserRole,
  options: { organizationId?: string | null; login?: string } = {},
): Promise<TestUser> {
  const login = options.login ?? `${role}-${randomBytes(4).toString('hex')}`;
  const password = `pw-${randomBytes(12).toString('hex')}`;
  const user = await createUser(
    db,
    { login, displayName: `Test ${role}`, role, organizationId: options.organizationId ?? null },
    password,
    false,
  );
  if (!user) throw new Error(`test user ${login} exists already`);
  return { userId: user.id, login, password, role };
}

/** The ce_session cookie of a response, as a Cookie header value, or null. */
export function sessionCookieOf(res: Response): string | null {
  for (const line of res.headers.getSetCookie()) {
    const pair = line.split(';')[0] ?? '';
    if (pair.startsWith('ce_session=') && pair.length > 'ce_session='.length) return pair;
  }
  return null;
}

/** POST /auth/login as an existing user; throws unless it succeeds. */
export async function logIn(url: string, user: TestUser): Promise<SignedIn> {
  const res = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: user.login, password: user.password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${user.login} answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = sessionCookieOf(res);
  if (!cookie) throw new Error('sign-in set no ce_session cookie');
  return { ...user, cookie, csrfToken: body.csrfToken, headers: { cookie, 'x-csrf-token': body.csrfToken } };
}

/** A new user of the role, signed in through POST /auth/login like a browser. */
export async function signIn(
  url: string,
  db: Database,
  role: UserRole,
  options: { organizationId?: string | null } = {},
): Promise<SignedIn> {
  return logIn(url, await testUser(db, role, options));
}

/** A new user of the role with an API token, like a script. */
export async function apiTokenFor(db: Database, role: UserRole, options: { organizationId?: string | null } = {}): Promise<WithToken> {
  const user = await testUser(db, role, options);
  const created = await createApiToken(db, user.userId, 'test', null);
  if (!created) throw new Error('no API token');
  return { ...user, token: created.secret, headers: { authorization: `Bearer ${created.secret}` } };
}
