// Random secrets (session cookies, CSRF tokens, API tokens) and their stored form: only a SHA-256
// is kept, so a copy of the database signs nobody in. SHA-256 suffices (no argon2): the secrets
// are 256 random bits, not guessable words.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares a secret a client sent with a stored hash in constant time. */
export function matchesHash(given: string, storedHash: string): boolean {
  const a = Buffer.from(sha256(given), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** API tokens start with ce_ so secret scanners and people recognise them. */
export const apiTokenPrefix = 'ce_';

/**
 * A session's CSRF token, derived from its cookie token: /auth/me can hand it out again after a
 * page reload (Neo4j keeps only its hash), and nobody without the HttpOnly cookie can compute it.
 */
export function csrfTokenOf(sessionToken: string): string {
  return createHash('sha256').update(`ce-csrf:${sessionToken}`).digest('base64url');
}
