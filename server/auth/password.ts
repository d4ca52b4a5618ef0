// Password hashing with argon2id (@node-rs/argon2: prebuilt, maintained bindings of the reference
// implementation). Parameters: OWASP Password Storage Cheat Sheet's first argon2id option,
// m = 19 MiB, t = 2, p = 1: about 20–40 ms per hash here, memory-hard against GPU guessing.
import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

// Algorithm is a const enum in the bindings (unusable with verbatimModuleSyntax); argon2id is
// their default, and a unit test checks every hash says $argon2id$.
const params = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, params);
}

// An unknown login verifies against this, so it takes as long as a known one with a wrong password.
let dummy: Promise<string> | undefined;

/** True when the password matches the stored hash; a user without one (OIDC) never matches, as slowly. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  if (stored === null) {
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** A one-time password an admin hands on: 20 characters from an alphabet without look-alikes (~115 bits). */
export function oneTimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  // 256 % 54 ≠ 0: bytes past the last whole multiple are dropped so no character is likelier.
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < 20) {
    for (const b of randomBytes(32)) if (b < limit && out.length < 20) out += alphabet[b % alphabet.length];
  }
  return out;
}
