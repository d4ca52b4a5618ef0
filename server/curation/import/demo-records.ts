// Demo records (`synthetic: true`) are never what an import changes or ties to: matching leaves
// them out (cypher/matching/candidate-index), and a row that names one anyway is told so here, rather
// than with "not in the graph" about a firm the manager can see on the map.
import { z } from 'zod';
import type { Tx } from '../../db.ts';
import { nameKey } from '../matching/normalise.ts';

/**
 * For a row of organisations with the id of a demo firm. Rejected, not created new under another
 * id: the id says "this row is that record", and a manager who re-imports an export of the
 * explorer should learn that the demo firms in it are not theirs, not find them doubled as real
 * ones. Without the id, the row is imported as a new real organisation.
 */
export const DEMO_ID = 'the id of a real organisation, not of a synthetic demo record (leave the id empty to import it as a new one)';
/** For a tie that names a demo firm: import the firm as a real organisation, then the tie. */
export const DEMO_TIE = 'a real organisation, not a synthetic demo record (import it first)';

/** For a row of projects with the id of a demo project, as DEMO_ID. */
export const DEMO_PROJECT_ID = 'the id of a real project, not of a synthetic demo record (leave the id empty to import it as a new one)';
/** For a participation in a demo project. */
export const DEMO_PROJECT = 'a real project, not a synthetic demo record (import it first)';

const Ref = z.object({ ref: z.string() });

/** Which of the ids (and, with `byName`, names) given are those of demo organisations. */
export async function demoOrganizations(tx: Tx, refs: readonly string[], byName = false): Promise<Set<string>> {
  if (refs.length === 0) return new Set();
  const rows = [...new Set(refs)].map((value) => ({ value, key: byName ? nameKey(value) || null : null }));
  return new Set((await tx.run('curation/demo-refs', { refs: rows }, Ref)).map((r) => r.ref));
}
