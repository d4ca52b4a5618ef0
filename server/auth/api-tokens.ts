// API tokens for scripts: `Authorization: Bearer ce_…`. Only the SHA-256 is stored; the token is
// shown once when created. Tokens carry their user's current role (a demotion applies at once).
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../db.ts';
import { apiTokenPrefix, randomSecret, sha256 } from './secrets.ts';
import { ApiTokenRow, UserRow } from './rows.ts';

const TokenResult = z.object({ token: ApiTokenRow });

export async function createApiToken(
  db: Database,
  userId: string,
  label: string,
  expiresInDays: number | null,
): Promise<{ token: ApiTokenRow; secret: string } | null> {
  const secret = `${apiTokenPrefix}${randomSecret()}`;
  const [row] = await db.write(
    'accounts/create-api-token',
    { id: randomUUID(), hash: sha256(secret), userId, label, expiresInDays },
    TokenResult,
  );
  return row ? { token: row.token, secret } : null;
}

/** The user of a live token (and marks it used), else null. */
export async function tokenUser(db: Database, secret: string): Promise<UserRow | null> {
  const [row] = await db.write('accounts/token-viewer', { hash: sha256(secret) }, z.object({ user: UserRow }));
  return row?.user ?? null;
}

/** All tokens (`userId` null) or one user's. */
export async function listApiTokens(db: Database, userId: string | null): Promise<ApiTokenRow[]> {
  return (await db.read('accounts/api-tokens', { userId }, TokenResult)).map((r) => r.token);
}

/** Revokes a token; with `ownerId`, only one of that user's. Null when there is none to revoke. */
export async function revokeApiToken(db: Database, id: string, ownerId: string | null): Promise<ApiTokenRow | null> {
  return (await db.write('accounts/revoke-api-token', { id, userId: ownerId }, TokenResult))[0]?.token ?? null;
}
