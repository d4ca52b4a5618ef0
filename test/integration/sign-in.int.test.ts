// The HTTP sign-in contract: POST /auth/login, GET /auth/me, POST /auth/logout, the session
// cookie's flags, login throttling, and sessions and API tokens that end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAuthConfig } from '../../server/auth/config.ts';
import type { Database } from '../../server/db.ts';
import { apiTokenFor, logIn, sessionCookieOf, signIn, testUser } from '../setup/auth.ts';
import { connect, freshDatabase, gql, startApp, type RunningApp } from '../setup/db.ts';

let db: Database;
let app: RunningApp;
const throttle = { failuresPerLogin: 3, failuresPerAddress: 1000, lockSeconds: 1 };

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

async function rawWrite(statement: string, params: Record<string, unknown>): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(statement, params);
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
  app = await startApp(db, () => {}, { auth: { ...defaultAuthConfig, throttle } });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('POST /auth/login', () => {
  it('signs in with the right password: the user, a CSRF token and an HttpOnly, SameSite=Lax session cookie', async () => {
    const user = await testUser(db, 'manager');
    const res = await post('/auth/login', { login: user.login, password: user.password });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: Record<string, unknown>; csrfToken: string };
    expect(body.user).toMatchObject({ id: user.userId, login: user.login, role: 'manager', mustChangePassword: false });
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const [cookie] = res.headers.getSetCookie();
    expect(cookie).toMatch(/^ce_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/; Secure/i); // plain http here
  });

  it('answers a wrong password and an unknown login alike: 401 UNAUTHENTICATED, no cookie', async () => {
    const user = await testUser(db, 'member', { organizationId: 'co-1' });
    const wrong = await post('/auth/login', { login: user.login, password: 'not-the-password' });
    const unknown = await post('/auth/login', { login: 'nobody-here', password: 'not-the-password' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers.getSetCookie()).toEqual([]);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0]?.message).toBe('Wrong login or password.');
    }
  });

  it('hashes for unknown logins too, so they take about as long as wrong passwords', async () => {
    const user = await testUser(db, 'member', { organizationId: 'co-1' });
    const time = async (login: string) => {
      const t0 = performance.now();
      await post('/auth/login', { login, password: 'not-the-password' });
      return performance.now() - t0;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 2; i++) {
      known.push(await time(user.login));
      unknown.push(await time(`ghost-${i}`));
    }
    // argon2id takes ~20 ms or more; an unknown login answered without hashing would take ~1 ms.
    expect(Math.min(...unknown)).toBeGreaterThan(Math.min(...known) / 4);
  });

  it('sets the Secure flag when the request came over https through a trusted proxy', async () => {
    const behindProxy = await startApp(db, () => {}, { http: { corsOrigins: [], trustProxy: true } });
    try {
      const user = await testUser(db, 'member', { organizationId: 'co-1' });
      const res = await fetch(`${behindProxy.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ login: user.login, password: user.password }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.getSetCookie()[0]).toMatch(/; Secure/i);
    } finally {
      await behindProxy.close();
    }
  });

  it('locks a login after consecutive failures with 429 and Retry-After, even for the right password, and lifts the lock', async () => {
    const user = await testUser(db, 'manager');
    for (let i = 0; i < throttle.failuresPerLogin; i++) {
      expect((await post('/auth/login', { login: user.login, password: 'wrong-wrong-wrong' })).status).toBe(401);
    }
    const locked = await post('/auth/login', { login: user.login, password: user.password });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await locked.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('RATE_LIMITED');
    await new Promise((r) => setTimeout(r, 1_200));
    expect((await post('/auth/login', { login: user.login, password: user.password })).status).toBe(200);
  });

  it('locks unknown logins the same way, so a lock tells nothing about which logins exist', async () => {
    for (let i = 0; i < throttle.failuresPerLogin; i++) await post('/auth/login', { login: 'ghost-locked', password: 'x-x-x-x-x-x' });
    expect((await post('/auth/login', { login: 'ghost-locked', password: 'x-x-x-x-x-x' })).status).toBe(429);
  });

  it('doubles the lock with every failure past the limit', async () => {
    const user = await testUser(db, 'manager');
    for (let i = 0; i < throttle.failuresPerLogin; i++) await post('/auth/login', { login: user.login, password: 'wrong-wrong-wrong' });
    await new Promise((r) => setTimeout(r, 1_100)); // the first lock (1 s) is over
    await post('/auth/login', { login: user.login, password: 'wrong-wrong-wrong' }); // fourth failure: 2 s
    const res = await post('/auth/login', { login: user.login, password: user.password });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBe(2);
  });
});

describe('GET /auth/me and POST /auth/logout', () => {
  it('tells the page who is signed in and its CSRF token again after a reload', async () => {
    const admin = await signIn(app.url, db, 'admin');
    const me = (await (await fetch(`${app.url}/auth/me`, { headers: { cookie: admin.cookie } })).json()) as Record<string, unknown>;
    expect(me).toMatchObject({ user: { id: admin.userId, role: 'admin' }, csrfToken: admin.csrfToken });
    const anonymous = await (await fetch(`${app.url}/auth/me`)).json();
    expect(anonymous).toEqual({ user: null, csrfToken: null });
  });

  it('refuses a logout without the CSRF token (403) and keeps the session; with it, ends the session', async () => {
    const user = await signIn(app.url, db, 'manager');
    const refused = await post('/auth/logout', {}, { cookie: user.cookie });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await gql(app.url, '{ me { login } }', {}, user.headers)).data).toEqual({ me: { login: user.login } });

    const done = await post('/auth/logout', {}, user.headers);
    expect(done.status).toBe(200);
    expect(done.headers.getSetCookie()[0]).toMatch(/^ce_session=;/);
    const after = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...user.headers },
      body: JSON.stringify({ query: '{ me { login } }' }),
    });
    expect(after.status).toBe(401);
    expect(await (await fetch(`${app.url}/auth/me`, { headers: { cookie: user.cookie } })).json()).toEqual({ user: null, csrfToken: null });
  });
});

describe('sessions and API tokens that ended', () => {
  const meOver = (headers: Record<string, string>) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ me { login role } }' }),
    });

  it('answers 401 UNAUTHENTICATED for a session past its absolute lifetime', async () => {
    const user = await signIn(app.url, db, 'member', { organizationId: 'co-1' });
    expect((await meOver(user.headers)).status).toBe(200);
    await rawWrite("MATCH (s:Session {userId: $id}) SET s.expiresAt = datetime() - duration('PT1S')", { id: user.userId });
    const res = await meOver(user.headers);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 for a session idle longer than SESSION_IDLE_MINUTES', async () => {
    const user = await signIn(app.url, db, 'member', { organizationId: 'co-1' });
    await rawWrite('MATCH (s:Session {userId: $id}) SET s.lastSeenAt = datetime() - duration({minutes: $m + 1})', {
      id: user.userId,
      m: defaultAuthConfig.sessionIdleMinutes,
    });
    expect((await meOver(user.headers)).status).toBe(401);
  });

  it('answers 401 for a revoked session, and a new sign-in works', async () => {
    const user = await signIn(app.url, db, 'manager');
    await rawWrite('MATCH (s:Session {userId: $id}) SET s.revokedAt = datetime()', { id: user.userId });
    expect((await meOver(user.headers)).status).toBe(401);
    const again = await logIn(app.url, user);
    expect(((await (await meOver(again.headers)).json()) as { data: unknown }).data).toEqual({
      me: { login: user.login, role: 'manager' },
    });
  });

  it('signs a script in with its bearer token, and answers 401 once it is revoked, expired or wrong', async () => {
    const bot = await apiTokenFor(db, 'manager');
    expect(((await (await meOver(bot.headers)).json()) as { data: unknown }).data).toEqual({ me: { login: bot.login, role: 'manager' } });
    await rawWrite("MATCH (t:ApiToken {userId: $id}) SET t.expiresAt = datetime() - duration('PT1S')", { id: bot.userId });
    expect((await meOver(bot.headers)).status).toBe(401);
    await rawWrite('MATCH (t:ApiToken {userId: $id}) SET t.expiresAt = null, t.revokedAt = datetime()', { id: bot.userId });
    expect((await meOver(bot.headers)).status).toBe(401);
    expect((await meOver({ authorization: 'Bearer ce_not-a-token' })).status).toBe(401);
    expect((await meOver({ authorization: 'Basic YWRtaW46YWRtaW4=' })).status).toBe(401);
  });

  it('records when a token was last used', async () => {
    const bot = await apiTokenFor(db, 'member', { organizationId: 'co-1' });
    await meOver(bot.headers);
    const tokens = await gql<{ apiTokens: { lastUsedAt: string | null }[] }>(app.url, '{ apiTokens { lastUsedAt } }', {}, bot.headers);
    expect(tokens.data?.apiTokens[0]?.lastUsedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('ends a session when the cookie of an older one signs in again', async () => {
    const user = await signIn(app.url, db, 'manager');
    const res = await fetch(`${app.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: user.cookie },
      body: JSON.stringify({ login: user.login, password: user.password }),
    });
    expect(sessionCookieOf(res)).not.toBe(user.cookie);
    expect((await meOver(user.headers)).status).toBe(401);
  });
});
