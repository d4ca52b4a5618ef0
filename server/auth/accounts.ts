// Users in Neo4j: create, find, change role, set passwords. Resolvers and the sign-in routes go
// through these; the Cypher is in cypher/accounts/.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../db.ts';
import type { UserRole } from '../../shared/vocabulary.ts';
import { hashPassword, oneTimePassword } from './password.ts';
import { UserResult, type UserRow, UserWithHash } from './rows.ts';

export interface NewUser {
  login: string;
  displayName: string;
  role: UserRole;
  organizationId: string | null;
}

/** The user, or null when the login is taken. The password is one-time unless `mustChange` is false. */
export async function createUser(db: Database, user: NewUser, password: string, mustChange: boolean): Promise<UserRow | null> {
  const rows = await db.write(
    'accounts/create-user',
    { ...user, id: randomUUID(), passwordHash: await hashPassword(password), mustChangePassword: mustChange },
    UserResult,
  );
  return rows[0]?.user ?? null;
}

/** A new user with a one-time password, returned once; null when the login is taken. */
export async function createUserWithOneTimePassword(db: Database, user: NewUser): Promise<{ user: UserRow; password: string } | null> {
  const password = oneTimePassword();
  const created = await createUser(db, user, password, true);
  return created ? { user: created, password } : null;
}

export async function userByLogin(db: Database, login: string): Promise<{ user: UserRow; passwordHash: string | null } | null> {
  return (await db.read('accounts/user-by-login', { login }, UserWithHash))[0] ?? null;
}

export async function userById(db: Database, id: string): Promise<{ user: UserRow; passwordHash: string | null } | null> {
  return (await db.read('accounts/user-by-id', { id }, UserWithHash))[0] ?? null;
}

export async function listUsers(db: Database): Promise<UserRow[]> {
  return (await db.read('accounts/users', {}, UserResult)).map((r) => r.user);
}

const Updated = z.object({ user: UserResult.shape.user, sessionsRevoked: z.number() });

export async function updateUser(
  db: Database,
  id: string,
  change: { role: UserRole; organizationId: string | null; disabled: boolean },
): Promise<z.infer<typeof Updated> | null> {
  return (await db.write('accounts/update-user', { id, ...change }, Updated))[0] ?? null;
}

export async function setPassword(db: Database, id: string, password: string, mustChange: boolean): Promise<UserRow | null> {
  const rows = await db.write(
    'accounts/set-password',
    { id, passwordHash: await hashPassword(password), mustChangePassword: mustChange },
    UserResult,
  );
  return rows[0]?.user ?? null;
}

const Exists = z.object({ exists: z.boolean() });

export async function adminExists(db: Database): Promise<boolean> {
  return (await db.read('accounts/admin-exists', {}, Exists))[0]?.exists ?? false;
}

/** Creates or updates the user of an OpenID Connect identity. */
export async function upsertOidcUser(
  db: Database,
  identity: { issuer: string; subject: string; login: string; displayName: string; role: UserRole; organizationId: string | null },
): Promise<UserRow> {
  const [row] = await db.write('accounts/oidc-user', { ...identity, id: randomUUID() }, UserResult);
  if (!row) throw new Error('accounts/oidc-user returned no user');
  return row.user;
}
