// The accounts fields: each checks the viewer first (server/auth/viewer.ts), then calls the store.
import { GraphQLError } from 'graphql';
import {
  createApiToken,
  createUserWithOneTimePassword,
  listApiTokens,
  listSessions,
  listUsers,
  oneTimePassword,
  passwordProblem,
  revokeApiToken,
  revokeSession,
  revokeUserSessions,
  setPassword,
  updateUser,
  userById,
  verifyPassword,
  type UserRow,
} from '../../auth/index.ts';
import { hasRole, requireRole, type Viewer } from '../../auth/viewer.ts';
import { badInput, ErrorCode, notFound } from '../../errors.ts';
import type { UserRole } from '../../../shared/vocabulary.ts';
import type { NoArgs, Resolver } from '../domain.ts';
import { displayNameArg, expiryArg, labelArg, loginArg, organizationArg } from './arguments.ts';

const asUser = (u: UserRow) => ({ ...u, viaOidc: u.oidcIssuer !== null });

/** Admins act on anyone; other users only on themselves. */
function requireSelfOrAdmin(viewer: Viewer, userId: string, what: string): asserts viewer is Extract<Viewer, { kind: 'user' }> {
  requireRole(viewer, 'member', what);
  if (viewer.userId !== userId && !hasRole(viewer, 'admin')) {
    throw new GraphQLError(`Only an admin may ${what} of another user.`, { extensions: { code: ErrorCode.Forbidden } });
  }
}

type CreateUser = { login: string; displayName: string; role: UserRole; organizationId?: string | null };
type UpdateUser = { id: string; role: UserRole; organizationId?: string | null; disabled: boolean };
type CreateToken = { label: string; expiresInDays?: number | null; userId?: string | null };

export const accountResolvers = {
  Query: {
    me: (async (_, __, { db, viewer }) => {
      if (viewer.kind === 'public') return null;
      const found = await userById(db, viewer.userId);
      return found ? asUser(found.user) : null;
    }) satisfies Resolver<NoArgs>,
    users: (async (_, __, { db, viewer }) => {
      requireRole(viewer, 'admin', 'list users');
      return (await listUsers(db)).map(asUser);
    }) satisfies Resolver<NoArgs>,
    apiTokens: (async (_, __, { db, viewer }) => {
      requireRole(viewer, 'member', 'list API tokens');
      return listApiTokens(db, hasRole(viewer, 'admin') ? null : viewer.userId);
    }) satisfies Resolver<NoArgs>,
    sessions: (async (_, { userId }, { db, viewer }) => {
      requireSelfOrAdmin(viewer, userId, 'list the sessions');
      return listSessions(db, userId);
    }) satisfies Resolver<{ userId: string }>,
  },
  Mutation: {
    createUser: (async (_, args, { db, viewer }) => {
      requireRole(viewer, 'admin', 'create users');
      const user = { login: loginArg(args.login), displayName: displayNameArg(args.displayName), role: args.role };
      const created = await createUserWithOneTimePassword(db, { ...user, organizationId: organizationArg(args.role, args.organizationId) });
      if (!created) {
        throw new GraphQLError(`The login "${user.login}" is taken.`, { extensions: { code: ErrorCode.Conflict, argument: 'login' } });
      }
      return { user: asUser(created.user), oneTimePassword: created.password };
    }) satisfies Resolver<CreateUser>,
    updateUser: (async (_, args, { db, viewer }) => {
      requireRole(viewer, 'admin', 'change users');
      // An admin cannot lock itself out: another admin must demote or disable it.
      if (args.id === viewer.userId && (args.role !== 'admin' || args.disabled)) {
        throw badInput('id', 'you cannot demote or disable yourself; ask another admin.', args.id);
      }
      const updated = await updateUser(db, args.id, {
        role: args.role,
        organizationId: organizationArg(args.role, args.organizationId),
        disabled: args.disabled,
      });
      if (!updated) throw notFound('user', args.id);
      return asUser(updated.user);
    }) satisfies Resolver<UpdateUser>,
    resetPassword: (async (_, { id }, { db, viewer }) => {
      requireRole(viewer, 'admin', 'reset passwords');
      const found = await userById(db, id);
      if (!found) throw notFound('user', id);
      if (found.user.oidcIssuer !== null) throw badInput('id', 'this user signs in through OpenID Connect and has no password here.', id);
      const password = oneTimePassword();
      const user = await setPassword(db, id, password, true);
      if (!user) throw notFound('user', id);
      await revokeUserSessions(db, id);
      return { user: asUser(user), oneTimePassword: password };
    }) satisfies Resolver<{ id: string }>,
    changePassword: (async (_, { current, next }, { db, viewer }) => {
      requireRole(viewer, 'member', 'change your password');
      const found = await userById(db, viewer.userId);
      if (!found) throw notFound('user', viewer.userId);
      if (!(await verifyPassword(found.passwordHash, current))) throw badInput('current', 'is not your current password.');
      const problem = passwordProblem(next, found.user.login);
      if (problem) throw badInput('next', `the new password ${problem}.`);
      if (next === current) throw badInput('next', 'must differ from the current password.');
      const user = await setPassword(db, viewer.userId, next, false);
      if (!user) throw notFound('user', viewer.userId);
      await revokeUserSessions(db, viewer.userId, viewer.sessionId);
      return asUser(user);
    }) satisfies Resolver<{ current: string; next: string }>,
    createApiToken: (async (_, args, { db, viewer }) => {
      const userId = args.userId ?? (viewer.kind === 'user' ? viewer.userId : '');
      requireSelfOrAdmin(viewer, userId, 'create API tokens');
      const created = await createApiToken(db, userId, labelArg(args.label), expiryArg(args.expiresInDays));
      if (!created) throw notFound('user', userId);
      return { token: created.token, secret: created.secret };
    }) satisfies Resolver<CreateToken>,
    revokeApiToken: (async (_, { id }, { db, viewer }) => {
      requireRole(viewer, 'member', 'revoke API tokens');
      const token = await revokeApiToken(db, id, hasRole(viewer, 'admin') ? null : viewer.userId);
      if (!token) throw notFound('API token of yours', id);
      return token;
    }) satisfies Resolver<{ id: string }>,
    revokeSession: (async (_, { id }, { db, viewer }) => {
      requireRole(viewer, 'member', 'end sessions');
      return revokeSession(db, id, hasRole(viewer, 'admin') ? null : viewer.userId);
    }) satisfies Resolver<{ id: string }>,
    revokeSessions: (async (_, { userId }, { db, viewer }) => {
      requireSelfOrAdmin(viewer, userId, 'end the sessions');
      return revokeUserSessions(db, userId);
    }) satisfies Resolver<{ userId: string }>,
  },
};
