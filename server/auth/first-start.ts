// The first start: without an admin nobody could create users, so one is made, login `admin`,
// with ADMIN_PASSWORD, or else a one-time password printed once and changed at first sign-in.
import type { Database } from '../db.ts';
import { adminExists, createUser } from './accounts.ts';
import { oneTimePassword } from './password.ts';

export type FirstStart =
  | { kind: 'admin-exists' }
  | { kind: 'created-with-admin-password' }
  | { kind: 'created-with-one-time-password'; password: string };

export const firstAdminLogin = 'admin';

export async function ensureAdmin(db: Database, adminPassword: string | null): Promise<FirstStart> {
  if (await adminExists(db)) return { kind: 'admin-exists' };
  const password = adminPassword ?? oneTimePassword();
  const user = { login: firstAdminLogin, displayName: 'Administrator', role: 'admin' as const, organizationId: null };
  const created = await createUser(db, user, password, adminPassword === null);
  // Another instance starting at the same moment made it (the login is unique): it printed its own.
  if (!created) return { kind: 'admin-exists' };
  return adminPassword === null ? { kind: 'created-with-one-time-password', password } : { kind: 'created-with-admin-password' };
}

/** The lines main.ts prints: the password once, never again and never in a log file. */
export function firstStartLines(result: FirstStart): string[] {
  switch (result.kind) {
    case 'admin-exists':
      return [];
    case 'created-with-admin-password':
      return [`First start: created the admin account "${firstAdminLogin}" with ADMIN_PASSWORD.`];
    case 'created-with-one-time-password':
      return [
        '',
        `First start: created the admin account "${firstAdminLogin}". One-time password (shown only now):`,
        `    ${result.password}`,
        'Sign in and choose a new password; until then the account can do nothing else.',
        '',
      ];
  }
}
