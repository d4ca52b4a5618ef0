// shortestPath(from, to): the shortest connection between two organisations, found by Neo4j in one
// bidirectional search (cypher/paths/shortest.cypher). Its length counts relationships: a shared
// project is two (organisation → project → organisation), a cooperation or membership one.
import type { Database } from '../../db.ts';
import { notFound, UnreachableCaseError } from '../../errors.ts';
import type { ParticipationRole } from '../../../shared/vocabulary.ts';
import { cooperationKey, membershipKey, participationKey } from '../network/index.ts';
import type { Relation } from '../vocabulary.ts';
import { pathEnds, type ShortestPathArgs } from './arguments.ts';
import { Exists, ShortestRow, type PathNodeRow, type PathRelationshipRow } from './rows.ts';

type PathNode = PathNodeRow;
type PathRelationship = PathRelationshipRow;

export interface PathStep {
  from: PathNode;
  to: PathNode;
  relation: Relation;
  role: ParticipationRole | null;
  since: number | null;
  year: number | null;
}

export interface Path {
  length: number;
  steps: PathStep[];
  nodeIds: string[];
  edgeKeys: string[];
}

function relation(r: PathRelationship): { relation: Relation; key: string } {
  switch (r.type) {
    case 'PARTICIPATES_IN':
      return { relation: 'participation', key: participationKey(r.source, r.target) };
    case 'COOPERATES_WITH':
      return { relation: 'cooperation', key: cooperationKey(r.source, r.target) };
    case 'MEMBER_OF':
      return { relation: 'membership', key: membershipKey(r.source, r.target) };
    default:
      throw new UnreachableCaseError(r.type);
  }
}

export function toPath(nodes: PathNode[], relationships: PathRelationship[]): Path {
  const steps: PathStep[] = [];
  const edgeKeys: string[] = [];
  relationships.forEach((r, i) => {
    const from = nodes[i];
    const to = nodes[i + 1];
    if (!from || !to) throw new Error(`paths/shortest returned ${nodes.length} nodes for ${relationships.length} relationships`);
    const { relation: kind, key } = relation(r);
    const project = from.nodeType === 'project' ? from : to.nodeType === 'project' ? to : undefined;
    steps.push({ from, to, relation: kind, role: r.role, since: r.since, year: project?.year ?? null });
    edgeKeys.push(key);
  });
  return { length: relationships.length, steps, nodeIds: nodes.map((n) => n.id), edgeKeys };
}

export async function shortestPath(db: Database, args: ShortestPathArgs): Promise<Path | null> {
  const { from, to, includeMemberships, maxHops } = pathEnds(args, 8);
  const [row] = await db.read('paths/shortest', { from, to, includeMemberships }, ShortestRow);
  if (!row) throw await missingEnd(db, from, to);
  if (row.nodes === null || row.relationships === null) return null;
  const path = toPath(row.nodes, row.relationships);
  // The search is bounded by the API's maximum (12); the shortest path longer than maxHops
  // means no path within it.
  return path.length <= maxHops ? path : null;
}

/** No row: an end is missing. Says which one. */
export async function missingEnd(db: Database, from: string, to: string): Promise<Error> {
  const [found] = await db.read('entities/organization-by-id', { id: from }, Exists);
  return notFound('organization', found ? to : from);
}
