// The shapes of account rows as the Cypher in cypher/accounts returns them.
import { z } from 'zod';
import { userRoles } from '../../shared/vocabulary.ts';

export const UserRow = z.object({
  id: z.string(),
  login: z.string(),
  displayName: z.string(),
  role: z.enum(userRoles),
  organizationId: z.string().nullable(),
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  oidcIssuer: z.string().nullable(),
  createdAt: z.string(),
});
export type UserRow = z.infer<typeof UserRow>;

export const UserResult = z.object({ user: UserRow });
export const UserWithHash = z.object({ user: UserRow, passwordHash: z.string().nullable() });

export const SessionRow = z.object({
  id: z.string(),
  userId: z.string(),
  userAgent: z.string().nullable(),
  via: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
});
export type SessionRow = z.infer<typeof SessionRow>;

export const ApiTokenRow = z.object({
  id: z.string(),
  userId: z.string(),
  label: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type ApiTokenRow = z.infer<typeof ApiTokenRow>;
