// Accounts: users, roles, sessions and API tokens (admins), and a user's own password and tokens.
import type { Domain } from '../domain.ts';
import { accountResolvers } from './resolvers.ts';
import { accountTypeDefs } from './type-defs.ts';

// Small lookups; the mutations hash passwords (argon2id, ~20–40 ms of a core), so they cost more.
const lookup = () => 1;
const list = () => 100;
const hashing = () => 500;

export const accounts: Domain = {
  name: 'accounts',
  typeDefs: [accountTypeDefs],
  resolvers: accountResolvers,
  costs: {
    me: lookup,
    users: list,
    apiTokens: list,
    sessions: list,
    createUser: hashing,
    updateUser: () => 10,
    resetPassword: hashing,
    changePassword: hashing,
    createApiToken: () => 10,
    revokeApiToken: () => 10,
    revokeSession: () => 10,
    revokeSessions: () => 10,
  },
};
