// network(filter): the explorer's graph in one compact wire format (graphology's serialisation),
// because thousands of GraphQL objects cost ≈8× plain JSON in graphql-js.
import type { Database } from '../../db.ts';
import { networkParams, type NetworkFilterInput } from './arguments.ts';
import { CooperationRow, MembershipRow, OrganizationRow, ProjectRow } from './rows.ts';
import { assembleGraph, type NetworkGraph } from './wire-graph.ts';

export async function network(db: Database, filter: NetworkFilterInput | null | undefined): Promise<NetworkGraph> {
  const f = filter ?? {};
  const p = networkParams(f);
  const organizations = await db.read('network/organizations', p, OrganizationRow);
  const orgIds = organizations.map((r) => r.id);
  const [projects, cooperations, memberships] = await Promise.all([
    f.includeProjects === false ? [] : db.read('network/projects', { ...p, ids: orgIds }, ProjectRow),
    db.read('network/cooperations', { ids: orgIds, yearTo: p.yearTo }, CooperationRow),
    f.includeMemberships === true ? db.read('network/memberships', { ids: orgIds }, MembershipRow) : [],
  ]);
  return assembleGraph({ organizations, projects, cooperations, memberships }, { name: 'Cluster Metall Brandenburg', filter: f });
}
