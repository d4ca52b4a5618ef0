// The normalised name stored on every organisation (nameKey, indexed), so that matching finds
// "TU Berlin" for "Technische Universität Berlin" with one index seek. Whoever writes an
// organisation's name writes these fields too; refreshNameKeys fills in the missing and the stale.
import { z } from 'zod';
import type { Database } from '../../db.ts';
import { NAME_KEY_VERSION, nameKey } from './normalise.ts';

export interface NameKeyFields {
  nameKey: string;
  nameKeyVersion: number;
}

/** The properties to SET beside an organisation's name. */
export function nameKeyFields(name: string): NameKeyFields {
  return { nameKey: nameKey(name), nameKeyVersion: NAME_KEY_VERSION };
}

const StaleRow = z.object({ id: z.string(), name: z.string() });

/**
 * Computes the key of every organisation that has none or one by older rules (a new
 * NAME_KEY_VERSION), in batches; returns how many it wrote. Cheap when nothing is stale: one
 * query that finds no row.
 */
export async function refreshNameKeys(db: Database, batchSize = 5_000): Promise<number> {
  let written = 0;
  for (;;) {
    const stale = await db.read('matching/stale-name-keys', { version: NAME_KEY_VERSION, limit: batchSize }, StaleRow);
    if (stale.length === 0) return written;
    const rows = stale.map((o) => ({ id: o.id, nameKey: nameKey(o.name) }));
    await db.write('matching/set-name-keys', { rows, version: NAME_KEY_VERSION });
    written += rows.length;
  }
}
