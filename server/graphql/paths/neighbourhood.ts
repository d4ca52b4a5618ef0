// neighbourhood(id, hops): one organisation and everything within one or two steps of it, in the
// wire format of network(), plus the centre as a graph attribute and each node's hop.
//
// Hops count steps between organisations: a shared project, a cooperation or (when asked) a
// membership is one step. A project is halfway through its step and takes that step's number:
// the centre is hop 0; its projects, their participants and its direct partners are hop 1; the
// projects of hop-1 organisations that are not hop 1 already, their participants and the
// partners of hop-1 organisations are hop 2. See cypher/neighbourhood/reach.cypher.
import type { Database } from '../../db.ts';
import { notFound } from '../../errors.ts';
import { assembleGraph, CooperationRow, MembershipRow, OrganizationRow, ProjectRow, type NetworkGraph } from '../network/index.ts';
import { neighbourhoodParams, type NeighbourhoodArgs } from './arguments.ts';
import { ReachRow } from './rows.ts';

export async function neighbourhood(db: Database, args: NeighbourhoodArgs): Promise<NetworkGraph> {
  const { id, hops, includeMemberships, limit } = neighbourhoodParams(args);
  const [reach] = await db.read('paths/neighbourhood/reach', { id, hops, includeMemberships, limit }, ReachRow);
  if (!reach) throw notFound('organization', id);
  const { organizations: reachedOrganizations, projects: reachedProjects } = reach;

  const orgIds = reachedOrganizations.map((o) => o.id);
  const [organizations, projects, cooperations, memberships] = await Promise.all([
    db.read('paths/neighbourhood/organizations', { ids: orgIds }, OrganizationRow),
    db.read('paths/neighbourhood/projects', { projectIds: reachedProjects.map((p) => p.id), ids: orgIds }, ProjectRow),
    db.read('network/cooperations', { ids: orgIds, yearTo: null }, CooperationRow),
    includeMemberships ? db.read('network/memberships', { ids: orgIds }, MembershipRow) : [],
  ]);
  const result = assembleGraph(
    { organizations, projects, cooperations, memberships },
    { name: 'Cluster Metall Brandenburg', center: id, hops, includeMemberships, limit, truncated: reach.truncated },
  );
  const hopOf = new Map([...reachedOrganizations, ...reachedProjects].map((n) => [n.id, n.hop]));
  for (const n of result.graph.nodes) n.attributes.hop = hopOf.get(n.key) ?? null;
  return result;
}
