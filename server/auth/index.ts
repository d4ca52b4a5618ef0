// What the rest of the server uses of sign-in: the app's wiring, the accounts domain's store
// functions, the first start. Everything else in this folder is its own business.
export {
  createUserWithOneTimePassword,
  listUsers,
  setPassword,
  updateUser,
  userById,
} from './accounts.ts';
export { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.ts';
export { type AuthConfig, defaultAuthConfig } from './config.ts';
export { ensureAdmin, firstStartLines } from './first-start.ts';
export { oidcRoutes } from './oidc/routes.ts';
export { oneTimePassword, verifyPassword } from './password.ts';
export { passwordProblem } from './password-rules.ts';
export { resolveViewer, viewerOf } from './resolve-viewer.ts';
export type { UserRow } from './rows.ts';
export { authRoutes } from './routes.ts';
export { listSessions, revokeSession, revokeUserSessions } from './sessions.ts';
export { loginThrottle } from './throttle.ts';
export { useMutationGuard } from './use-mutation-guard.ts';
