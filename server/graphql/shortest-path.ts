// shortestPath(from, to): the shortest connection between two organisations, found by Neo4j in one
// bidirectional search (cypher/paths/shortest.cypher). Its length counts relationships: a shared
// project is two (organisation → project → organisation), a cooperation or membership one.
import type { Database } from '../db.ts';
import { badInput, notFound, UnreachableCaseError } from '../errors.ts';
import { ids, intInRange } from './arguments.ts';
import { cooperationKey, membershipKey, participationKey } from './wire-graph.ts';

export interface ShortestPathArgs {
  from: string;
  to: string;
  includeMemberships?: boolean | null;
  maxHops?: number | null;
}

interface PathNode {
  id: string;
  name: string;
  kind: string;
  nodeType: 'organization' | 'project';
  year: number | null; // a project's start year
}

interface PathRelationship {
  type: 'PARTICIPATES_IN' | 'COOPERATES_WITH' | 'MEMBER_OF';
  source: string; // in the stored direction
  target: string;
  role: string | null;
  since: number | null;
}

type Relation = 'participation' | 'cooperation' | 'membership';

export interface PathStep {
  from: PathNode;
  to: PathNode;
  relation: Relation;
  role: string | null;
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
  ids('from', [args.from]);
  ids('to', [args.to]);
  if (args.from === args.to) throw badInput('to', `must differ from "from" (both are "${args.to}").`, args.to);
  const maxHops = intInRange('maxHops', args.maxHops ?? 8, 1, 12) ?? 8;
  const includeMemberships = args.includeMemberships === true;

  const [row] = await db.read('paths/shortest', { from: args.from, to: args.to, includeMemberships });
  if (!row) {
    // No row: an end is missing. Say which one.
    const [found] = await db.read('fields/organization-by-id', { id: args.from });
    throw notFound('organization', found ? args.to : args.from);
  }
  if (row.nodes === null) return null;
  const path = toPath(row.nodes as PathNode[], row.relationships as PathRelationship[]);
  // The search is bounded by the API's maximum (12); the shortest path longer than maxHops
  // means no path within it.
  return path.length <= maxHops ? path : null;
}
