// Removing the demo data: every invented organisation, project and tie goes; the real
// institutions, everything entered in the explorer or imported (all `synthetic: false`), the
// audit trail and the accounts stay. Metrics are computed again, since the network changed.
import { z } from 'zod';
import type { Database } from '../db.ts';

const Counts = z.object({ organizations: z.number().int(), projects: z.number().int(), ties: z.number().int() });
export type SyntheticCounts = z.infer<typeof Counts>;

export async function syntheticCounts(db: Database): Promise<SyntheticCounts> {
  const [row] = await db.read('curation/synthetic-counts', {}, Counts);
  if (!row) throw new Error('synthetic-counts returned no row');
  return row;
}

/** Removes the demo data in batches (auto-commit); returns what was there. */
export async function removeDemoData(db: Database): Promise<SyntheticCounts> {
  const before = await syntheticCounts(db);
  await db.autoCommit('curation/demo-ties-remove');
  await db.autoCommit('curation/demo-nodes-remove');
  return before;
}
