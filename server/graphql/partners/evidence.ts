// The evidence of a recommendation as concrete paths, in the Path format of shortestPath (typed,
// dated steps and the network's edge keys), from the rows of cypher/partners/details.cypher.
import { toPath, type Path } from '../paths/index.ts';
import type { Hop, Tie } from './rows.ts';

export type EvidenceKind = 'direct' | 'introduction' | 'track_record';

export interface Evidence {
  kind: EvidenceKind;
  path: Path;
}

/** Joins two paths that meet in one node (a → … → b and b → … → c). */
function join(first: Hop, second: Hop): Path {
  return toPath([...first.nodes, ...second.nodes.slice(1)], [...first.relationships, ...second.relationships]);
}

/**
 * The direct tie first, then one path per introducer in the order given (closest first), then
 * the track record. An introduction whose two hops did not both come back is left out rather than
 * shown broken.
 */
export function evidence(introducerIds: readonly string[], hops: readonly Hop[], trackRecord: readonly Tie[]): Evidence[] {
  const out: Evidence[] = [];
  const direct = hops.find((h) => h.via === null);
  if (direct) out.push({ kind: 'direct', path: toPath(direct.nodes, direct.relationships) });
  for (const id of introducerIds) {
    const first = hops.find((h) => h.via === id && h.step === 0);
    const second = hops.find((h) => h.via === id && h.step === 1);
    if (first && second) out.push({ kind: 'introduction', path: join(first, second) });
  }
  for (const t of trackRecord) out.push({ kind: 'track_record', path: toPath(t.nodes, t.relationships) });
  return out;
}
