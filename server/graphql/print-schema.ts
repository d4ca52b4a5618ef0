// `npm run schema`: writes the API's schema to schema.graphql at the repository root, the file the
// client's typed documents are checked against (test/unit/schema-file.test.ts fails on drift).
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../config.ts';
import { Database } from '../db.ts';
import { buildSchema } from './schema.ts';

export const schemaFile = path.join(projectRoot, 'schema.graphql');

/** The schema as SDL, sorted so that a change shows as a small diff. Needs no running Neo4j. */
export async function schemaText(): Promise<string> {
  // The driver connects on first use and building the schema never uses it: nobody listens here.
  const db = Database.connect('bolt://127.0.0.1:1', 'neo4j', 'unused', 'neo4j');
  try {
    return `${printSchema(lexicographicSortSchema(await buildSchema(db)))}\n`;
  } finally {
    await db.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(schemaFile, await schemaText());
  console.log(`wrote ${path.relative(process.cwd(), schemaFile)}`);
}
