// Every domain folder is entered through its index.ts: a file outside the folder that reaches past
// it into the folder's internals couples two domains behind the entry's back.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';

const graphqlDir = path.join(projectRoot, 'server/graphql');
/** Every folder of server/graphql is a domain (or the guard); the client's domains are its feature folders. */
const domainDirs = [
  ...readdirSync(graphqlDir)
    .map((d) => path.join(graphqlDir, d))
    .filter((d) => statSync(d).isDirectory()),
  ...['client/src/gaps', 'client/src/partners'].map((d) => path.join(projectRoot, d)),
];
const sourceRoots = ['server', 'client/src'].map((d) => path.join(projectRoot, d));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (name === 'node_modules' || name === 'target') return [];
    if (statSync(p).isDirectory()) return sources(p);
    return name.endsWith('.ts') ? [p] : [];
  });
}

const importPattern = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

function domainOf(file: string): string | null {
  return domainDirs.find((d) => file.startsWith(`${d}${path.sep}`)) ?? null;
}

function crossings(): string[] {
  const found: string[] = [];
  for (const file of sourceRoots.flatMap(sources)) {
    const from = domainOf(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const target = path.resolve(path.dirname(file), spec as string);
      const to = domainOf(target);
      if (to !== null && to !== from && target !== path.join(to, 'index.ts')) {
        found.push(`${path.relative(projectRoot, file)} imports ${spec}`);
      }
    }
  }
  return found;
}

describe('domain boundaries', () => {
  it('finds the domain folders it guards', () => {
    const names = domainDirs.map((d) => path.relative(projectRoot, d));
    expect(names).toEqual(
      expect.arrayContaining(['server/graphql/entities', 'server/graphql/gaps', 'server/graphql/paths', 'client/src/partners']),
    );
  });

  it('lets no file of the server or the client import another domain’s internals, only its index.ts', () => {
    expect(crossings()).toEqual([]);
  });
});
