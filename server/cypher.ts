// Cypher lives in cypher/<name>.cypher, one statement per file, loaded by name. A definition
// several statements must share (what "within reach of research" means, how a gap report shows
// an organisation) is a part, cypher/<name>.part.cypher, written into a statement where it says
// {{<name>}}: our own files only, never values, which stay $parameters.
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

const partSuffix = '.part';
const partReference = /\{\{([a-z0-9/-]+)\}\}/g;

export class UnknownCypherError extends Error {
  override name = 'UnknownCypherError';
}

// A part may use parts of its own (the network's organisation filter inside its match).
function withParts(name: string, text: string, parts: ReadonlyMap<string, string>, depth = 0): string {
  if (depth > 5) throw new UnknownCypherError(`"${name}.cypher": parts nested more than 5 deep (a part that uses itself?).`);
  return text.replace(partReference, (_, part: string) => {
    const body = parts.get(part);
    if (body === undefined) throw new UnknownCypherError(`"${name}.cypher" uses {{${part}}}, but there is no ${part}${partSuffix}.cypher.`);
    return withParts(name, body, parts, depth + 1);
  });
}

function all(): Map<string, string> {
  if (!statements) {
    const files = new Map<string, string>();
    collect(cypherDir, '', files);
    const parts = new Map<string, string>();
    for (const [name, text] of files) if (name.endsWith(partSuffix)) parts.set(name.slice(0, -partSuffix.length), text);
    statements = new Map();
    for (const [name, text] of files) if (!name.endsWith(partSuffix)) statements.set(name, withParts(name, text, parts));
  }
  return statements;
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
