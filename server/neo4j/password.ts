// The local Neo4j's password: generated once per data folder, kept beside the data it guards,
// readable by its owner only. The launcher sets it on every start, so this file always wins.
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const localUser = 'neo4j';

export function passwordFile(dataDir: string): string {
  return path.join(dataDir, 'neo4j-password');
}

/** 32 URL-safe characters from 24 random bytes (192 bits): nothing a shell or a URI must escape. */
function generatePassword(): string {
  return randomBytes(24).toString('base64url');
}

/** The password for the Neo4j in `dataDir` (which must exist), created on the first call. */
export function localPassword(dataDir: string): string {
  const file = passwordFile(dataDir);
  try {
    // 'wx' creates only if absent: two starts racing on a new folder cannot write two passwords.
    writeFileSync(file, `${generatePassword()}\n`, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  // A file restored from a backup or copied by hand may be readable by others.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const password = readFileSync(file, 'utf8').trim();
  // The launcher reads it as one line; Neo4j wants at least 8 characters.
  if (!/^\S{8,}$/.test(password)) {
    throw new Error(`${file} does not hold a password (8 or more characters, no spaces). Delete it and the next start generates one.`);
  }
  return password;
}
