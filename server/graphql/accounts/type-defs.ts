// Accounts: who may sign in, with which role, and their sessions and API tokens. Every field is
// checked in its resolver (server/auth/viewer.ts); the schema alone protects nothing.
import { type UserRole, userRoles } from '../../../shared/vocabulary.ts';

const roleDocs: Readonly<Record<UserRole, string>> = {
  member: "A person of one organisation: edits that organisation's profile and sees its contacts and notes.",
  manager: 'Cluster management: edits everything, imports, reviews matches, sees non-public fields.',
  admin: 'Also manages users, roles and API tokens.',
};

export const accountTypeDefs = `
"What a signed-in user may do: member (its own organisation's profile), manager (everything, imports, non-public fields), admin (also users, roles and API tokens)."
enum UserRole {
${userRoles.map((r) => `  "${roleDocs[r]}"\n  ${r}`).join('\n')}
}

"A person who signs in, with a password or through OpenID Connect."
type User {
  "Stable id."
  id: ID!
  "The name to sign in with (lower case)."
  login: String!
  "The name shown to others."
  displayName: String!
  "What the user may do."
  role: UserRole!
  "The organisation a member belongs to and may edit; null for none."
  organizationId: ID
  "True until a one-time password has been replaced: until then only changePassword is allowed."
  mustChangePassword: Boolean!
  "A disabled user cannot sign in, and its sessions and API tokens stop working."
  disabled: Boolean!
  "True when the user signs in through OpenID Connect (no password here)."
  viaOidc: Boolean!
  "When the account was created (ISO 8601)."
  createdAt: String!
}

"A signed-in browser."
type Session {
  "The session's id (the SHA-256 of its cookie; the cookie itself is never stored)."
  id: ID!
  "Whose session it is."
  userId: ID!
  "The browser it was started from, as it said."
  userAgent: String
  "How it signed in: session (password) or oidc."
  via: String
  "When it started."
  createdAt: String!
  "When it was last used (to the minute)."
  lastSeenAt: String!
  "When it ends at the latest."
  expiresAt: String!
}

"A token for scripts: Authorization: Bearer ce_…; only its SHA-256 is stored."
type ApiToken {
  "Stable id, for revoking."
  id: ID!
  "Whose rights it carries."
  userId: ID!
  "What it is for, as its creator named it."
  label: String!
  "When it was created."
  createdAt: String!
  "When it stops working; null: never, until revoked."
  expiresAt: String
  "When it was revoked; null: not revoked."
  revokedAt: String
  "When it was last used (to the minute); null: never."
  lastUsedAt: String
}

"A user and the one-time password to hand on; shown only in this answer."
type UserWithPassword {
  "The user."
  user: User!
  "The one-time password: must be changed at the first sign-in."
  oneTimePassword: String!
}

"A new API token; the secret is shown only in this answer."
type NewApiToken {
  "The token's record."
  token: ApiToken!
  "The token to put in the Authorization header (Bearer …). Store it now: it cannot be shown again."
  secret: String!
}

type Query {
  "The signed-in user; null for the public."
  me: User
  "Every user (admins only)."
  users: [User!]!
  "API tokens: an admin sees all, anyone else its own."
  apiTokens: [ApiToken!]!
  "A user's live sessions (admins, or the user itself)."
  sessions("The user's id." userId: ID!): [Session!]!
}

type Mutation {
  "Creates a user with a one-time password (admins only)."
  createUser(
    "The name to sign in with: 2–64 letters, digits, . _ @ -."
    login: String!
    "The name shown to others."
    displayName: String!
    "What the user may do."
    role: UserRole!
    "The organisation of a member (required for members)."
    organizationId: ID
  ): UserWithPassword!
  "Changes a user's role, organisation or disabled flag; any change ends the user's sessions (admins only)."
  updateUser(
    "The user's id."
    id: ID!
    "The new role."
    role: UserRole!
    "The organisation (required for members); null for none."
    organizationId: ID
    "True disables the account."
    disabled: Boolean!
  ): User!
  "Gives a user a new one-time password and ends its sessions (admins only)."
  resetPassword("The user's id." id: ID!): UserWithPassword!
  "Changes the signed-in user's own password; its other sessions end."
  changePassword("The current password." current: String!, "The new password: at least 12 characters, not containing the login." next: String!): User!
  "Creates an API token for the signed-in user, or (admins) for another user."
  createApiToken(
    "What it is for, e.g. weekly CRM sync."
    label: String!
    "Days until it stops working (1–3650); null: until revoked."
    expiresInDays: Int
    "The user whose rights it carries (admins only); default: the signed-in user."
    userId: ID
  ): NewApiToken!
  "Revokes an API token: admins any, anyone else its own."
  revokeApiToken("The token's id." id: ID!): ApiToken!
  "Ends a session: admins any, anyone else its own. True when one ended."
  revokeSession("The session's id." id: ID!): Boolean!
  "Ends all sessions of a user (admins, or the user itself); how many ended."
  revokeSessions("The user's id." userId: ID!): Int!
}`;
