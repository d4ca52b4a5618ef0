// The cluster data as sorted lines of text, without bookkeeping and moving parts
// (cypher/admin/data-fingerprint.cypher): for "changes nothing" and "restores exactly" tests.
import { z } from 'zod';
import type { Database } from '../../server/db.ts';

const Fingerprint = z.object({ nodes: z.array(z.string()), relationships: z.array(z.string()) });
export type Fingerprint = z.infer<typeof Fingerprint>;

// Versions, timestamps and authors of notes move on with every write, undo included; layout positions are kept apart.
const ignored = ['version', 'updatedAt', 'createdAt', 'at', 'by', 'x', 'y', 'nameKey', 'nameKeyVersion'];

export async function dataFingerprint(db: Database): Promise<Fingerprint> {
  const [row] = await db.read('admin/data-fingerprint', { ignored }, Fingerprint);
  if (!row) throw new Error('data-fingerprint returned no row');
  return row;
}
