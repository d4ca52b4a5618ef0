// neighbourhood(id, hops): one organisation and everything within one or two steps of it, in the
// wire format of network(), plus the centre as a graph attribute and each node's hop.
//
// Hops count steps between organisations: a shared project, a cooperation or (when asked) a
// membership is one step. A project is halfway through its step and takes that step's number:
// the centre is hop 0; its projects, their participants and its direct partners are hop 1; the
// projects of hop-1 organisations that are not hop 1 already, their participants and the
// partners of hop-1 organisations are hop 2. See cypher/neighbourhood/reach.cypher.
import type { Database } from '../db.ts';
import { notFound } from '../errors.ts';
import { ids, intInRange } from './arguments.ts';
import { assembleGraph, type NetworkGraph } from './wire-graph.ts';

export interface NeighbourhoodArgs {
  id: string;
  hops?: number | null;
  includeMemberships?: boolean | null;
  limit?: number | null;
}

interface Reached {
  id: string;
  hop: number;
}

export async function neighbourhood(db: Database, args: NeighbourhoodArgs): Promise<NetworkGraph> {
  ids('id', [args.id]);
  const hops = intInRange('hops', args.hops ?? 1, 1, 2) ?? 1;
  const limit = intInRange('limit', args.limit ?? 500, 1, 2000) ?? 500;
  const includeMemberships = args.includeMemberships === true;

  const [reach] = await db.read('neighbourhood/reach', { id: args.id, hops, includeMemberships, limit });
  if (!reach) throw notFound('organization', args.id);
  const reachedOrganizations = reach.organizations as Reached[];
  const reachedProjects = reach.projects as Reached[];

  const orgIds = reachedOrganizations.map((o) => o.id);
  const [organizations, projects, cooperations, memberships] = await Promise.all([
    db.read('neighbourhood/organizations', { ids: orgIds }),
    db.read('neighbourhood/projects', { projectIds: reachedProjects.map((p) => p.id), ids: orgIds }),
    db.read('network/cooperations', { ids: orgIds, yearTo: null }),
    includeMemberships ? db.read('network/memberships', { ids: orgIds }) : [],
  ]);
  const result = assembleGraph(
    { organizations, projects, cooperations, memberships },
    { name: 'Cluster Metall Brandenburg', center: args.id, hops, includeMemberships, limit, truncated: reach.truncated },
  );
  const hopOf = new Map([...reachedOrganizations, ...reachedProjects].map((n) => [n.id, n.hop]));
  for (const n of result.graph.nodes) n.attributes.hop = hopOf.get(n.key) ?? null;
  return result;
}
