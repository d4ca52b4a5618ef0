// network(filter): the explorer's graph in one compact wire format (graphology's serialisation),
// because thousands of GraphQL objects cost ≈8× plain JSON in graphql-js.
import type { Database, Row } from '../db.ts';
import { ids, intInRange, oneOf } from './arguments.ts';

export interface NetworkFilterInput {
  kinds?: string[] | null;
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

export interface WireNode {
  key: string;
  attributes: Record<string, unknown>;
}
export interface WireEdge {
  key: string;
  source: string;
  target: string;
  attributes: Record<string, unknown>;
}
export interface WireGraph {
  attributes: Record<string, unknown>;
  options: { type: 'mixed'; multi: false; allowSelfLoops: false };
  nodes: WireNode[];
  edges: WireEdge[];
}

function params(f: NetworkFilterInput) {
  const minEmployees = intInRange('filter.minEmployees', f.minEmployees, 0, 1_000_000);
  const maxEmployees = intInRange('filter.maxEmployees', f.maxEmployees, 0, 1_000_000);
  const yearFrom = intInRange('filter.yearFrom', f.yearFrom, 1900, 2100);
  const yearTo = intInRange('filter.yearTo', f.yearTo, 1900, 2100);
  return {
    kinds: oneOf('filter.kinds', f.kinds, organizationKinds),
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

function organizationNode(r: Row): WireNode {
  const { id, ...attributes } = r;
  return { key: String(id), attributes: { nodeType: 'organization', ...attributes } };
}

function projectNode(r: Row): WireNode {
  const { id, participants: _participants, ...attributes } = r;
  return { key: String(id), attributes: { nodeType: 'project', kind: 'project', ...attributes } };
}

export async function network(db: Database, filter: NetworkFilterInput | null | undefined): Promise<{ nodeCount: number; edgeCount: number; graph: WireGraph }> {
  const f = filter ?? {};
  const p = params(f);
  const orgRows = await db.read('network/organizations', p);
  const orgIds = orgRows.map((r) => String(r.id));
  const nodes = orgRows.map(organizationNode);
  const edges: WireEdge[] = [];
  const degree = new Map<string, number>();
  const bump = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);

  const projectRows = f.includeProjects === false ? [] : await db.read('network/projects', { ...p, ids: orgIds });
  for (const r of projectRows) {
    nodes.push(projectNode(r));
    for (const part of r.participants as { org: string; role: string }[]) {
      edges.push({ key: `${part.org}>${r.id}`, source: part.org, target: String(r.id), attributes: { kind: 'participation', role: part.role } });
      bump(part.org);
      bump(String(r.id));
    }
  }
  for (const r of await db.read('network/cooperations', { ids: orgIds, yearTo: p.yearTo })) {
    edges.push({ key: `${r.source}~${r.target}`, source: String(r.source), target: String(r.target), attributes: { kind: 'cooperation', since: r.since, cooperationKind: r.kind, synthetic: r.synthetic } });
    bump(String(r.source));
    bump(String(r.target));
  }
  if (f.includeMemberships === true) {
    for (const r of await db.read('network/memberships', { ids: orgIds })) {
      edges.push({ key: `${r.source}^${r.target}`, source: String(r.source), target: String(r.target), attributes: { kind: 'membership', since: r.since, synthetic: r.synthetic } });
      bump(String(r.source));
      bump(String(r.target));
    }
  }
  for (const n of nodes) n.attributes.degree = degree.get(n.key) ?? 0;
  return {
    nodeCount: nodes.length,
    edgeCount: edges.length,
    graph: {
      attributes: { name: 'Cluster Metall Brandenburg', filter: f },
      options: { type: 'mixed', multi: false, allowSelfLoops: false },
      nodes,
      edges,
    },
  };
}
