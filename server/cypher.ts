// Cypher lives in cypher/<name>.cypher, one statement per file, loaded by name.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './config.ts';

const cypherDir = path.join(projectRoot, 'cypher');

function collect(dir: string, prefix: string, into: Map<string, string>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) collect(path.join(dir, entry.name), `${prefix}${entry.name}/`, into);
    else if (entry.name.endsWith('.cypher')) {
      const text = readFileSync(path.join(dir, entry.name), 'utf8');
      // Leading `//` comment lines document the file; the statement is the rest.
      into.set(`${prefix}${entry.name.slice(0, -'.cypher'.length)}`, text.trim());
    }
  }
}

let statements: Map<string, string> | undefined;

function all(): Map<string, string> {
  if (!statements) {
    statements = new Map();
    collect(cypherDir, '', statements);
  }
  return statements;
}

export class UnknownCypherError extends Error {
  override name = 'UnknownCypherError';
}

/** The statement in cypher/<name>.cypher; names may contain folders ("schema/org-id"). */
export function cypher(name: string): string {
  const text = all().get(name);
  if (text === undefined) {
    throw new UnknownCypherError(`No Cypher file "${name}.cypher". Known: ${[...all().keys()].sort().join(', ')}`);
  }
  return text;
}

/** All statement names under a folder, sorted: the schema is applied in file-name order. */
export function cypherNames(folder: string): string[] {
  return [...all().keys()].filter((n) => n.startsWith(`${folder}/`)).sort();
}

/** A statement as a GraphQL block string, for @cypher directives; our files never contain """. */
export function cypherBlock(name: string): string {
  return `"""\n${cypher(name)}\n"""`;
}
