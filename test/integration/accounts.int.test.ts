// The accounts API: who may do what (a role matrix over every accounts mutation, denied writes
// change nothing), CSRF on cookie-authenticated mutations, mutations never over GET, and the
// first start's admin with its one-time password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdmin, firstStartLines } from '../../server/auth/index.ts';
import type { Database } from '../../server/db.ts';
import { apiTokenFor, logIn, signIn, testUser, type SignedIn, type TestUser } from '../setup/auth.ts';
import { connect, freshDatabase, gql, startApp, type GraphQLResponse, type RunningApp } from '../setup/db.ts';

let db: Database;
let app: RunningApp;

beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
  app = await startApp(db);
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

const codeOf = (r: GraphQLResponse<unknown>) => r.errors?.[0]?.extensions?.code;

/** Everything an accounts mutation could change: users with their flags, live sessions, tokens. */
async function accountsState(): Promise<unknown> {
  const session = db.driver.session({ database: db.database });
  try {
    const result = await session.run(`
      MATCH (n) WHERE n:User OR n:Session OR n:ApiToken
      RETURN labels(n)[0] AS label, n.id AS id, n.role AS role, n.disabled AS disabled, n.passwordHash AS hash,
             n.organizationId AS org, n.revokedAt IS NULL AS live
      ORDER BY label, id`);
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

describe('the role matrix of the accounts mutations', () => {
  let target: TestUser;
  let targetToken: string;
  let targetSession: string;
  const headersOf = new Map<string, Record<string, string>>();

  beforeAll(async () => {
    target = await testUser(db, 'member', { organizationId: 'co-9' });
    const t = await gql<{ createApiToken: { token: { id: string } } }>(
      app.url,
      'mutation { createApiToken(label: "target") { token { id } } }',
      {},
      (await logIn(app.url, target)).headers,
    );
    targetToken = t.data?.createApiToken.token.id ?? '';
    const s = await gql<{ sessions: { id: string }[] }>(
      app.url,
      'query($u: ID!) { sessions(userId: $u) { id } }',
      { u: target.userId },
      (await signIn(app.url, db, 'admin')).headers,
    );
    targetSession = s.data?.sessions[0]?.id ?? '';
    headersOf.set('public', {});
    for (const role of ['member', 'manager', 'admin'] as const) {
      headersOf.set(role, (await signIn(app.url, db, role, { organizationId: role === 'member' ? 'co-1' : null })).headers);
    }
  });

  // Each admin-only mutation, with arguments aimed at another user.
  const adminOnly = (): { name: string; query: string; denied?: string }[] => [
    { name: 'createUser', query: 'mutation { createUser(login: "new-one", displayName: "N", role: manager) { oneTimePassword } }' },
    {
      name: 'updateUser',
      query: `mutation { updateUser(id: "${target.userId}", role: admin, organizationId: null, disabled: false) { role } }`,
    },
    { name: 'resetPassword', query: `mutation { resetPassword(id: "${target.userId}") { oneTimePassword } }` },
    { name: 'createApiToken for another user', query: `mutation { createApiToken(label: "x", userId: "${target.userId}") { secret } }` },
    // Another user's token is not even found: its id tells nothing.
    {
      name: "revokeApiToken of another user's token",
      query: `mutation { revokeApiToken(id: "${targetToken}") { id } }`,
      denied: 'NOT_FOUND',
    },
    { name: 'revokeSessions of another user', query: `mutation { revokeSessions(userId: "${target.userId}") }` },
  ];

  for (const role of ['public', 'member', 'manager'] as const) {
    it(`refuses every admin mutation to ${role === 'public' ? 'the public (UNAUTHENTICATED)' : `a ${role} (FORBIDDEN)`} and changes nothing`, async () => {
      const before = await accountsState();
      for (const m of adminOnly()) {
        const r = await gql(app.url, m.query, {}, headersOf.get(role));
        expect(codeOf(r), m.name).toBe(role === 'public' ? 'UNAUTHENTICATED' : (m.denied ?? 'FORBIDDEN'));
        expect(r.data ?? null, m.name).toBeNull();
      }
      expect(await accountsState()).toEqual(before);
    });
  }

  it("does not end another user's session for a non-admin (false, nothing changed)", async () => {
    const before = await accountsState();
    for (const role of ['member', 'manager'] as const) {
      const r = await gql(app.url, `mutation { revokeSession(id: "${targetSession}") }`, {}, headersOf.get(role));
      expect(r.data).toEqual({ revokeSession: false });
    }
    expect(await accountsState()).toEqual(before);
  });

  it('lets an admin do each of them', async () => {
    const admin = headersOf.get('admin');
    const created = await gql<{ createUser: { user: { login: string; mustChangePassword: boolean }; oneTimePassword: string } }>(
      app.url,
      'mutation { createUser(login: "New-One", displayName: "New One", role: manager) { user { login mustChangePassword } oneTimePassword } }',
      {},
      admin,
    );
    expect(created.data?.createUser.user).toEqual({ login: 'new-one', mustChangePassword: true });
    expect(created.data?.createUser.oneTimePassword).toMatch(/^[A-Za-z2-9]{20}$/);
    const taken = await gql(
      app.url,
      'mutation { createUser(login: "new-one", displayName: "Again", role: manager) { oneTimePassword } }',
      {},
      admin,
    );
    expect(codeOf(taken)).toBe('CONFLICT');
    const noOrg = await gql(
      app.url,
      'mutation { createUser(login: "orphan", displayName: "O", role: member) { oneTimePassword } }',
      {},
      admin,
    );
    expect(codeOf(noOrg)).toBe('BAD_USER_INPUT');

    const token = await gql<{ createApiToken: { secret: string } }>(
      app.url,
      `mutation { createApiToken(label: "for target", userId: "${target.userId}", expiresInDays: 30) { secret } }`,
      {},
      admin,
    );
    expect(token.data?.createApiToken.secret).toMatch(/^ce_/);
    expect((await gql(app.url, `mutation { revokeApiToken(id: "${targetToken}") { revokedAt } }`, {}, admin)).data).toMatchObject({
      revokeApiToken: { revokedAt: expect.any(String) },
    });
    expect((await gql(app.url, `mutation { revokeSession(id: "${targetSession}") }`, {}, admin)).data).toEqual({ revokeSession: true });
    const reset = await gql<{ resetPassword: { oneTimePassword: string } }>(
      app.url,
      `mutation { resetPassword(id: "${target.userId}") { oneTimePassword } }`,
      {},
      admin,
    );
    expect(reset.data?.resetPassword.oneTimePassword).toHaveLength(20);
    expect((await gql(app.url, `mutation { revokeSessions(userId: "${target.userId}") }`, {}, admin)).data).toEqual({ revokeSessions: 0 });
    const promoted = await gql(
      app.url,
      `mutation { updateUser(id: "${target.userId}", role: manager, organizationId: null, disabled: false) { role organizationId } }`,
      {},
      admin,
    );
    expect(promoted.data).toEqual({ updateUser: { role: 'manager', organizationId: null } });
    const users = await gql<{ users: { login: string }[] }>(app.url, '{ users { login } }', {}, admin);
    expect(users.data?.users.map((u) => u.login)).toContain('new-one');
  });

  it('lets any signed-in user make, list and revoke its own API tokens, but only see its own', async () => {
    const member = await signIn(app.url, db, 'member', { organizationId: 'co-2' });
    const made = await gql<{ createApiToken: { token: { id: string } } }>(
      app.url,
      'mutation { createApiToken(label: "mine", expiresInDays: 7) { token { id expiresAt } } }',
      {},
      member.headers,
    );
    const id = made.data?.createApiToken.token.id;
    const mine = await gql<{ apiTokens: { id: string; userId: string }[] }>(app.url, '{ apiTokens { id userId } }', {}, member.headers);
    expect(mine.data?.apiTokens).toEqual([{ id, userId: member.userId }]);
    expect(codeOf(await gql(app.url, 'mutation { createApiToken(label: "x", expiresInDays: 0) { secret } }', {}, member.headers))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await gql(app.url, `mutation { revokeApiToken(id: "${id}") { id } }`, {}, member.headers)).data).toEqual({
      revokeApiToken: { id },
    });
    expect(codeOf(await gql(app.url, '{ users { id } }', {}, member.headers))).toBe('FORBIDDEN');
  });

  it('ends the sessions of a user whose role an admin changes or who is disabled', async () => {
    const manager = await signIn(app.url, db, 'manager');
    const admin = headersOf.get('admin');
    await gql(
      app.url,
      `mutation { updateUser(id: "${manager.userId}", role: member, organizationId: "co-3", disabled: false) { role } }`,
      {},
      admin,
    );
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...manager.headers },
      body: '{"query":"{ me { role } }"}',
    });
    expect(res.status).toBe(401);
    const again = await logIn(app.url, manager);
    expect((await gql(app.url, '{ me { role organizationId } }', {}, again.headers)).data).toEqual({
      me: { role: 'member', organizationId: 'co-3' },
    });
    await gql(
      app.url,
      `mutation { updateUser(id: "${manager.userId}", role: member, organizationId: "co-3", disabled: true) { disabled } }`,
      {},
      admin,
    );
    await expect(logIn(app.url, manager)).rejects.toThrow(/answered 401/);
  });

  it('keeps an admin from demoting or disabling itself', async () => {
    const admin = await signIn(app.url, db, 'admin');
    const r = await gql(
      app.url,
      `mutation { updateUser(id: "${admin.userId}", role: manager, organizationId: null, disabled: false) { role } }`,
      {},
      admin.headers,
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });
});

describe('CSRF on GraphQL mutations', () => {
  let user: SignedIn;
  beforeAll(async () => {
    user = await signIn(app.url, db, 'manager');
  });
  const post = (headers: Record<string, string>, query: string) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
  const mutation = 'mutation { createApiToken(label: "csrf") { secret } }';

  it('refuses a cookie-authenticated mutation without or with a wrong x-csrf-token: 403 FORBIDDEN, nothing created', async () => {
    const before = await accountsState();
    const attempts: Record<string, string>[] = [{ cookie: user.cookie }, { cookie: user.cookie, 'x-csrf-token': 'forged' }];
    for (const headers of attempts) {
      const res = await post(headers, mutation);
      expect(res.status).toBe(403);
      const body = (await res.json()) as GraphQLResponse<unknown>;
      expect(codeOf(body)).toBe('FORBIDDEN');
      expect(body.errors?.[0]?.message).toMatch(/x-csrf-token/);
    }
    expect(await accountsState()).toEqual(before);
  });

  it('lets reads through without it, and the mutation with it', async () => {
    expect((await post({ cookie: user.cookie }, '{ me { login } }')).status).toBe(200);
    expect((await post(user.headers, mutation)).status).toBe(200);
  });

  it('needs none from a bearer token', async () => {
    const bot = await apiTokenFor(db, 'member', { organizationId: 'co-1' });
    const res = await post(bot.headers, mutation);
    expect(res.status).toBe(200);
    expect(((await res.json()) as GraphQLResponse<{ createApiToken: { secret: string } }>).data?.createApiToken.secret).toMatch(/^ce_/);
  });

  it('never runs a mutation over GET, even with the CSRF token', async () => {
    const before = await accountsState();
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent(mutation)}`, {
      headers: { ...user.headers, accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
    expect(await accountsState()).toEqual(before);
  });
});

describe('the first start', () => {
  it('creates the admin with a one-time password, printed once, that must be changed before anything else', async () => {
    await freshDatabase(db);
    const first = await ensureAdmin(db, null);
    const lines = firstStartLines(first);
    expect(first.kind).toBe('created-with-one-time-password');
    const password = first.kind === 'created-with-one-time-password' ? first.password : '';
    expect(lines.filter((l) => l.includes(password))).toHaveLength(1);
    const second = await ensureAdmin(db, null);
    expect(second).toEqual({ kind: 'admin-exists' });
    expect(firstStartLines(second)).toEqual([]);

    const admin = await logIn(app.url, { userId: '', login: 'admin', password, role: 'admin' });
    expect((await gql(app.url, '{ me { login role mustChangePassword } }', {}, admin.headers)).data).toEqual({
      me: { login: 'admin', role: 'admin', mustChangePassword: true },
    });
    const refused = await gql(
      app.url,
      'mutation { createUser(login: "x1", displayName: "X", role: manager) { oneTimePassword } }',
      {},
      admin.headers,
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/change your one-time password first/);
    const weak = await gql(
      app.url,
      'mutation($c: String!) { changePassword(current: $c, next: "short") { login } }',
      { c: password },
      admin.headers,
    );
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    const changed = await gql(
      app.url,
      'mutation($c: String!) { changePassword(current: $c, next: "a much longer passphrase") { mustChangePassword } }',
      { c: password },
      admin.headers,
    );
    expect(changed.data).toEqual({ changePassword: { mustChangePassword: false } });
    // The session's facts are read per request: the same session may now do everything.
    const created = await gql(
      app.url,
      'mutation { createUser(login: "x1", displayName: "X", role: manager) { user { login } } }',
      {},
      admin.headers,
    );
    expect(created.data).toEqual({ createUser: { user: { login: 'x1' } } });
  });

  it('takes ADMIN_PASSWORD when it is set, with nothing to change', async () => {
    await freshDatabase(db);
    const result = await ensureAdmin(db, 'correct horse battery staple');
    expect(result).toEqual({ kind: 'created-with-admin-password' });
    expect(firstStartLines(result).join('\n')).not.toContain('correct horse');
    const admin = await logIn(app.url, { userId: '', login: 'admin', password: 'correct horse battery staple', role: 'admin' });
    expect((await gql(app.url, '{ me { mustChangePassword } }', {}, admin.headers)).data).toEqual({ me: { mustChangePassword: false } });
  });
});
