// OpenID Connect sign-in end to end against a real provider: panva's certified oidc-provider,
// started here on a free port with one client and accounts whose roles sit where Keycloak puts
// them (realm_access.roles). The browser is played by fetch with a cookie jar, following redirects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { buildApp, type App } from '../../server/app.ts';
import { defaultAuthConfig, parseRoleMap } from '../../server/auth/config.ts';
import type { Database } from '../../server/db.ts';
import { silentLogger } from '../../server/log.ts';
import { connect, freshDatabase, gql, testApiLimits } from '../setup/db.ts';

const accounts: Record<string, Record<string, unknown>> = {
  alice: { name: 'Alice Manager', preferred_username: 'alice', realm_access: { roles: ['offline_access', 'cluster-manager'] } },
  carol: { name: 'Carol Member', preferred_username: 'carol', realm_access: { roles: ['cluster-member'] }, org: 'co-a' },
  bob: { name: 'Bob Guest', preferred_username: 'bob', realm_access: { roles: ['guest'] } },
};

let db: Database;
let app: App;
let appServer: Server;
let opServer: Server;
let appUrl = '';
let opUrl = '';
/** Who the provider signs in at the next interaction. */
let nextAccount = 'alice';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
  opServer = createServer();
  appServer = createServer();
  opUrl = await listen(opServer);
  appUrl = await listen(appServer);
  const provider = new Provider(opUrl, {
    clients: [{ client_id: 'cluster-explorer', client_secret: 'test-secret', redirect_uris: [`${appUrl}/auth/oidc/callback`] }],
    cookies: { keys: ['test-cookie-key'] },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'realm_access', 'org'] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, ...accounts[sub] }) }),
  });
  // The login page: signs in `nextAccount` and grants what the client asked, at once.
  const callback = provider.callback();
  opServer.on('request', (req, res) => {
    if (!req.url?.startsWith('/interaction/')) {
      void callback(req, res);
      return;
    }
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      const grant = new provider.Grant({ accountId: nextAccount, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: nextAccount }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    })();
  });
  app = await buildApp({
    db,
    log: silentLogger,
    limits: testApiLimits,
    auth: {
      ...defaultAuthConfig,
      oidc: {
        issuer: new URL(opUrl),
        clientId: 'cluster-explorer',
        clientSecret: 'test-secret',
        redirectUri: new URL(`${appUrl}/auth/oidc/callback`),
        rolesClaim: 'realm_access.roles',
        roleMap: parseRoleMap('cluster-admin=admin,cluster-manager=manager,cluster-member=member'),
        organizationClaim: 'org',
      },
    },
  });
  appServer.on('request', app.express);
});

afterAll(async () => {
  await new Promise((r) => appServer?.close(r));
  await new Promise((r) => opServer?.close(r));
  await app?.stop();
  await db?.close();
});

/** A browser: keeps cookies, follows redirects; returns the last answer and the cookies. */
async function browse(start: string): Promise<{ res: Response; jar: Map<string, string>; hops: string[] }> {
  const jar = new Map<string, string>();
  const hops: string[] = [];
  let url = start;
  for (let i = 0; i < 12; i++) {
    hops.push(url);
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), accept: 'text/html,application/json' },
    });
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? '';
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location) return { res, jar, hops };
    url = new URL(location, url).href;
  }
  throw new Error(`too many redirects: ${hops.join(' → ')}`);
}

describe('OpenID Connect sign-in', () => {
  it('signs a manager in through the provider: code flow with PKCE, a user by issuer and subject, a session cookie', async () => {
    nextAccount = 'alice';
    const { jar, hops } = await browse(`${appUrl}/auth/oidc/login`);
    const authorize = new URL(hops[1] ?? '');
    expect(authorize.origin).toBe(opUrl);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(hops.at(-1)).toBe(`${appUrl}/`);
    const cookie = `ce_session=${jar.get('ce_session')}`;
    const me = await gql(appUrl, '{ me { login displayName role viaOidc } }', {}, { cookie });
    expect(me.data).toEqual({ me: { login: 'oidc:alice', displayName: 'Alice Manager', role: 'manager', viaOidc: true } });
    const session = await (await fetch(`${appUrl}/auth/me`, { headers: { cookie } })).json();
    expect(session).toMatchObject({ user: { role: 'manager' }, csrfToken: expect.any(String) });
  });

  it('takes a member organisation from the configured claim, and updates the same user at the next sign-in', async () => {
    nextAccount = 'carol';
    const first = await browse(`${appUrl}/auth/oidc/login`);
    const cookie = `ce_session=${first.jar.get('ce_session')}`;
    const me = await gql<{ me: { id: string; role: string; organizationId: string } }>(
      appUrl,
      '{ me { id role organizationId } }',
      {},
      { cookie },
    );
    expect(me.data?.me).toMatchObject({ role: 'member', organizationId: 'co-a' });
    accounts.carol = { ...accounts.carol, realm_access: { roles: ['cluster-admin'] } };
    const again = await browse(`${appUrl}/auth/oidc/login`);
    const me2 = await gql(appUrl, '{ me { id role } }', {}, { cookie: `ce_session=${again.jar.get('ce_session')}` });
    expect(me2.data).toEqual({ me: { id: me.data?.me.id, role: 'admin' } });
  });

  it('refuses an account without a mapped role with 403, naming the claim it read', async () => {
    nextAccount = 'bob';
    const { res, jar } = await browse(`${appUrl}/auth/oidc/login`);
    expect(res.status).toBe(403);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('FORBIDDEN');
    expect(body.errors[0]?.message).toContain('"realm_access.roles"');
    expect(body.errors[0]?.message).toContain('guest');
    expect(jar.has('ce_session')).toBe(false);
  });

  it('refuses a callback this browser did not start (no flow cookie): no session', async () => {
    const res = await fetch(`${appUrl}/auth/oidc/callback?code=stolen&state=forged`, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('ce_session=') && !c.startsWith('ce_session=;'))).toBe(false);
  });
});
