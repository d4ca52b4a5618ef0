// Constraints and indexes from cypher/schema, applied idempotently (IF NOT EXISTS) at every start.
import { z } from 'zod';
import { cypherNames } from './cypher.ts';
import type { Database } from './db.ts';

const SchemaStatus = z.object({ present: z.number().int(), online: z.number().int() });

export async function applySchema(db: Database): Promise<number> {
  const names = cypherNames('schema');
  for (const name of names) await db.autoCommit(name);
  await db.autoCommit('admin/await-indexes');
  return names.length;
}

/** True when the indexes the API relies on exist and are online. */
export async function schemaReady(db: Database): Promise<boolean> {
  const [row] = await db.read('admin/schema-status', {}, SchemaStatus);
  return row?.present === 3 && row.online === 3;
}
