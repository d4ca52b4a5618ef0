// network(filter): the explorer's graph in one compact wire format (graphology's serialisation),
// because thousands of GraphQL objects cost ≈8× plain JSON in graphql-js.
import type { Database } from '../db.ts';
import { ids, intInRange, oneOf } from './arguments.ts';
import { assembleGraph, type NetworkGraph } from './wire-graph.ts';

export interface NetworkFilterInput {
  kinds?: string[] | null;
  societies?: string[] | null;
  districts?: string[] | null;
  competences?: string[] | null;
  industries?: string[] | null;
  minEmployees?: number | null;
  maxEmployees?: number | null;
  synthetic?: boolean | null;
  levels?: string[] | null;
  actionFields?: string[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  includeProjects?: boolean | null;
  includeMemberships?: boolean | null;
}

export const organizationKinds = ['company', 'university', 'research_institute', 'chamber', 'association', 'network', 'agency', 'ministry'] as const;
const projectLevels = ['regional', 'national', 'international'] as const;

function params(f: NetworkFilterInput) {
  const minEmployees = intInRange('filter.minEmployees', f.minEmployees, 0, 1_000_000);
  const maxEmployees = intInRange('filter.maxEmployees', f.maxEmployees, 0, 1_000_000);
  const yearFrom = intInRange('filter.yearFrom', f.yearFrom, 1900, 2100);
  const yearTo = intInRange('filter.yearTo', f.yearTo, 1900, 2100);
  return {
    kinds: oneOf('filter.kinds', f.kinds, organizationKinds),
    societies: oneOf('filter.societies', f.societies, ['leibniz', 'fraunhofer', 'max_planck', 'other']),
    districts: ids('filter.districts', f.districts),
    competences: ids('filter.competences', f.competences),
    industries: ids('filter.industries', f.industries),
    minEmployees,
    maxEmployees,
    synthetic: f.synthetic ?? null,
    levels: oneOf('filter.levels', f.levels, projectLevels),
    actionFields: ids('filter.actionFields', f.actionFields),
    yearFrom,
    yearTo,
  };
}

export async function network(db: Database, filter: NetworkFilterInput | null | undefined): Promise<NetworkGraph> {
  const f = filter ?? {};
  const p = params(f);
  const organizations = await db.read('network/organizations', p);
  const orgIds = organizations.map((r) => String(r.id));
  const [projects, cooperations, memberships] = await Promise.all([
    f.includeProjects === false ? [] : db.read('network/projects', { ...p, ids: orgIds }),
    db.read('network/cooperations', { ids: orgIds, yearTo: p.yearTo }),
    f.includeMemberships === true ? db.read('network/memberships', { ids: orgIds }) : [],
  ]);
  return assembleGraph({ organizations, projects, cooperations, memberships }, { name: 'Cluster Metall Brandenburg', filter: f });
}
