// network(filter): the explorer's graph in one compact wire format (graphology's serialisation),
// because thousands of GraphQL objects cost ≈8× plain JSON in graphql-js.
import { z } from 'zod';
import { answersOf } from '../../answer-cache.ts';
import type { Database } from '../../db.ts';
import { intInRange } from '../arguments.ts';
import { networkParams, type NetworkFilterInput } from './arguments.ts';
import { CooperationRow, MembershipRow, OrganizationRow, ProjectRow } from './rows.ts';
import { assembleGraph, type NetworkGraph } from './wire-graph.ts';

// Kept answers hold at most this many nodes: the start's whole network (3,079 at the demo's size)
// and a district of a large graph (about 5,600), not an export-sized answer.
const keptUpTo = 10_000;
const keepable = (g: NetworkGraph | null) => g === null || g.graph.nodes.length <= keptUpTo;

// The filter as asked: the answer's attributes repeat it. Its checks run in the computation, and a
// refusal is not kept.
const questionKey = (f: NetworkFilterInput): string => JSON.stringify(f);

export async function network(db: Database, filter: NetworkFilterInput | null | undefined): Promise<NetworkGraph> {
  const f = filter ?? {};
  return answersOf(db).get(`network ${questionKey(f)}`, () => computeNetwork(db, f), keepable);
}

/** The network read and assembled, never a kept answer (the benchmark measures this). */
export async function computeNetwork(db: Database, f: NetworkFilterInput): Promise<NetworkGraph> {
  const p = networkParams(f);
  const organizations = await db.read(p.organizations ? 'network/organizations-by-id' : 'network/organizations', p, OrganizationRow);
  const orgIds = organizations.map((r) => r.id);
  const [projects, cooperations, memberships] = await Promise.all([
    f.includeProjects === false ? [] : db.read('network/projects', { ...p, ids: orgIds }, ProjectRow),
    db.read('network/cooperations', { ids: orgIds, yearTo: p.yearTo }, CooperationRow),
    f.includeMemberships === true ? db.read('network/memberships', { ids: orgIds }, MembershipRow) : [],
  ]);
  return assembleGraph({ organizations, projects, cooperations, memberships }, { name: 'Cluster Metall Brandenburg', filter: f });
}

const Count = z.object({ organizations: z.number().int() });

/** The network, or null when the filter admits more than `maxOrganizations` organisations. */
export async function networkUpTo(
  db: Database,
  maxOrganizations: number,
  filter: NetworkFilterInput | null | undefined,
): Promise<NetworkGraph | null> {
  const f = filter ?? {};
  const limit = intInRange('maxOrganizations', maxOrganizations, 0, 1_000_000) ?? 0;
  return answersOf(db).get(
    `networkUpTo ${limit} ${questionKey(f)}`,
    async () => {
      // Named organisations are few by construction (maxNamedOrganizations).
      if (!f.organizations) {
        const [count] = await db.read('network/organization-count', { ...networkParams(f), limit: limit + 1 }, Count);
        if ((count?.organizations ?? 0) > limit) return null;
      }
      return computeNetwork(db, f);
    },
    keepable,
  );
}
