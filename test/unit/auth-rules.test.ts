// The pure parts of sign-in: password hashing parameters, password rules, the settings, and how
// an OpenID Connect provider's claims become a role and an organisation.
import { describe, expect, it } from 'vitest';
import { parseRoleMap, readAuthConfig } from '../../server/auth/config.ts';
import { claimAt, identityFrom, organizationFrom, roleFrom } from '../../server/auth/oidc/claims.ts';
import { hashPassword, oneTimePassword, verifyPassword } from '../../server/auth/password.ts';
import { passwordProblem } from '../../server/auth/password-rules.ts';
import { ConfigError } from '../../server/config.ts';

describe('passwords', () => {
  it('are hashed with argon2id at the OWASP parameters (19 MiB, 2 passes, 1 lane) and verify', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery stapler')).toBe(false);
    expect(await verifyPassword(null, 'anything')).toBe(false);
  });

  it('must have at least 12 characters and not contain the login', () => {
    expect(passwordProblem('short', 'anna')).toMatch(/at least 12/);
    expect(passwordProblem('anna-is-my-password', 'Anna')).toMatch(/login/);
    expect(passwordProblem('a long enough passphrase', 'anna')).toBeNull();
  });

  it('one-time passwords are 20 characters without look-alikes, and differ', () => {
    const a = oneTimePassword();
    expect(a).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{20}$/);
    expect(oneTimePassword()).not.toBe(a);
  });
});

describe('sign-in settings', () => {
  it('default to 60 idle minutes and 12 hours at most, 5 failures per login, no OIDC', () => {
    const c = readAuthConfig({});
    expect(c).toMatchObject({ sessionIdleMinutes: 60, sessionMaxHours: 12, adminPassword: null, oidc: null });
    expect(c.throttle.failuresPerLogin).toBe(5);
  });

  it('refuse a short ADMIN_PASSWORD, an idle time beyond the lifetime, and non-numbers', () => {
    expect(() => readAuthConfig({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD must have at least 12/);
    expect(() => readAuthConfig({ SESSION_IDLE_MINUTES: '600', SESSION_MAX_HOURS: '2' })).toThrow(ConfigError);
    expect(() => readAuthConfig({ SESSION_MAX_HOURS: 'long' })).toThrow(/SESSION_MAX_HOURS "long"/);
  });

  it('read OIDC only with its required companions, and a role map onto our roles', () => {
    expect(() => readAuthConfig({ OIDC_ISSUER: 'https://id.example.org/realms/c' })).toThrow(/OIDC_ROLE_MAP/);
    expect(() => parseRoleMap('cluster-admin=boss')).toThrow(/member\|manager\|admin/);
    const c = readAuthConfig({
      OIDC_ISSUER: 'https://id.example.org/realms/c',
      OIDC_CLIENT_ID: 'ce',
      OIDC_CLIENT_SECRET: 's',
      OIDC_REDIRECT_URI: 'https://ce.example.org/auth/oidc/callback',
      OIDC_ROLE_MAP: 'cluster-admin=admin, cluster-member=member',
    });
    expect(c.oidc?.rolesClaim).toBe('roles');
    expect([...(c.oidc?.roleMap ?? [])]).toEqual([
      ['cluster-admin', 'admin'],
      ['cluster-member', 'member'],
    ]);
  });
});

describe("a provider's claims", () => {
  const config = { rolesClaim: 'realm_access.roles', roleMap: parseRoleMap('cl-admin=admin,cl-manager=manager,cl-member=member') };

  it('give the highest mapped role, read at a dotted path', () => {
    expect(roleFrom({ realm_access: { roles: ['cl-member', 'cl-manager', 'other'] } }, config)).toEqual({ kind: 'role', role: 'manager' });
  });

  it('give no role, with what was read, when nothing maps', () => {
    expect(roleFrom({ realm_access: { roles: ['guest'] } }, config)).toEqual({
      kind: 'none',
      claim: 'realm_access.roles',
      found: ['guest'],
      expected: ['cl-admin', 'cl-manager', 'cl-member'],
    });
  });

  it('may be named with dots of their own (Entra) and hold one role as a string', () => {
    const uri = 'https://schemas.example.org/roles';
    expect(claimAt({ [uri]: 'x' }, uri)).toBe('x');
    expect(roleFrom({ roles: 'cl-admin' }, { ...config, rolesClaim: 'roles' })).toEqual({ kind: 'role', role: 'admin' });
  });

  it('give the organisation and a login apart from local ones', () => {
    expect(organizationFrom({ org: ['co-1'] }, 'org')).toBe('co-1');
    expect(organizationFrom({ org: 'co-2' }, null)).toBeNull();
    expect(identityFrom({ preferred_username: 'Anna', name: 'Anna A.' }, 'sub-1')).toEqual({ login: 'oidc:anna', displayName: 'Anna A.' });
  });
});
