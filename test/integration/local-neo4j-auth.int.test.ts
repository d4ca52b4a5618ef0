// The project's own Neo4j requires its generated password: Bolt on 127.0.0.1 is open to every
// local user, so the password (in a file only the owner can read) is what keeps them out.
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../server/db.ts';
import { localPassword, passwordFile } from '../../server/neo4j/password.ts';
import { connect } from '../setup/db.ts';

/** The Neo4j status code behind an error, wherever the db module put the driver's error. */
function neo4jCode(err: unknown): string | undefined {
  for (let e = err; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Neo.')) return code;
  }
  return undefined;
}

describe('the local Neo4j', () => {
  it('refuses a connection with a wrong password', async () => {
    const db = Database.connect(inject('neo4jUri'), 'neo4j', 'not-the-password', 'neo4j');
    try {
      const err = await db.ping().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(neo4jCode(err)).toBe('Neo.ClientError.Security.Unauthorized');
    } finally {
      await db.close();
    }
  });

  it('answers with the password from its data folder', async () => {
    const db = connect();
    try {
      await expect(db.ping()).resolves.toBeUndefined();
    } finally {
      await db.close();
    }
  });
});

describe('the local Neo4j password file', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'cluster-explorer-password-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const freshDir = () => mkdtempSync(path.join(root, 'data-'));

  it('is created on first use with 32 random URL-safe characters, readable by the owner only, and reused', () => {
    const dir = freshDir();
    const first = localPassword(dir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(statSync(passwordFile(dir)).mode & 0o777).toBe(0o600);
    expect(localPassword(dir)).toBe(first);
    expect(localPassword(freshDir())).not.toBe(first);
  });

  it('is made private again when someone loosened its mode', () => {
    const dir = freshDir();
    localPassword(dir);
    chmodSync(passwordFile(dir), 0o644);
    localPassword(dir);
    expect(statSync(passwordFile(dir)).mode & 0o777).toBe(0o600);
  });

  it('is refused, naming the file, when it holds no usable password', () => {
    const dir = freshDir();
    writeFileSync(passwordFile(dir), 'a b\n');
    expect(() => localPassword(dir)).toThrow(passwordFile(dir));
    expect(readFileSync(passwordFile(dir), 'utf8')).toBe('a b\n'); // never overwritten: the data may need it
  });
});
