// The sign-in routes (POST /auth/login, POST /auth/logout, GET /auth/me) and the password change.
// Answers are read field by field: nothing the server sends is trusted to have the right shape.
import { ApiError, mutate } from '../api.ts';
import { graphql } from '../graphql.ts';
import { userRoles, type SessionUser, type UserRole } from './session.ts';

/** Why a sign-in failed: wrong credentials, too many tries (with the seconds to wait), or else. */
export type SignInFailure = { reason: 'wrong' } | { reason: 'throttled'; waitSeconds: number } | { reason: 'other'; message: string };

export class SignInError extends Error {
  override name = 'SignInError';
  constructor(readonly failure: SignInFailure) {
    super(failure.reason);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRole = (v: unknown): v is UserRole => typeof v === 'string' && (userRoles as readonly string[]).includes(v);

export function readUser(v: unknown): SessionUser | null {
  if (!isRecord(v) || typeof v.id !== 'string' || typeof v.login !== 'string' || !isRole(v.role)) return null;
  return {
    id: v.id,
    login: v.login,
    displayName: typeof v.displayName === 'string' && v.displayName ? v.displayName : v.login,
    role: v.role,
    organizationId: typeof v.organizationId === 'string' ? v.organizationId : null,
    mustChangePassword: v.mustChangePassword === true,
  };
}

export interface SignedIn {
  user: SessionUser;
  csrfToken: string;
}

function readSignedIn(body: unknown): SignedIn | null {
  if (!isRecord(body)) return null;
  const user = readUser(body.user);
  return user && typeof body.csrfToken === 'string' ? { user, csrfToken: body.csrfToken } : null;
}

async function json(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    return null;
  }
}

export async function login(loginName: string, password: string): Promise<SignedIn> {
  const res = await fetch('/auth/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: loginName, password }),
  });
  if (res.status === 401) throw new SignInError({ reason: 'wrong' });
  if (res.status === 429) {
    const wait = Number(res.headers.get('retry-after'));
    throw new SignInError({ reason: 'throttled', waitSeconds: Number.isFinite(wait) && wait > 0 ? Math.ceil(wait) : 60 });
  }
  const body = await json(res);
  const signedIn = res.ok ? readSignedIn(body) : null;
  if (!signedIn) throw new SignInError({ reason: 'other', message: `HTTP ${res.status}` });
  return signedIn;
}

/** Who is signed in now (the session cookie), or null: a page without a session reads as the public. */
export async function whoAmI(): Promise<SignedIn | null> {
  const res = await fetch('/auth/me', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  return res.ok ? readSignedIn(await json(res)) : null;
}

export async function logout(csrfToken: string | null): Promise<void> {
  const res = await fetch('/auth/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: csrfToken ? { 'x-csrf-token': csrfToken } : {},
  });
  if (!res.ok) throw new ApiError(`HTTP ${res.status}`);
}

const ChangePasswordMutation = graphql(`mutation ChangePassword($current: String!, $next: String!) {
  changePassword(current: $current, next: $next) { id mustChangePassword }
}`);

export async function changePassword(csrfToken: string | null, current: string, next: string): Promise<void> {
  await mutate(csrfToken, ChangePasswordMutation, { current, next });
}
