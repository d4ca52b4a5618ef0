// The one wire format for a graph (graphology's serialisation), built from the rows of the
// network/* and paths/neighbourhood/* statements. Every graph the API returns is assembled here, so
// node attributes and edge keys are the same whichever query produced them.
import type { CooperationRow, MembershipRow, OrganizationRow, ProjectRow } from './rows.ts';

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
export interface NetworkGraph {
  nodeCount: number;
  edgeCount: number;
  graph: WireGraph;
}

// Edge keys in the stored direction; the client highlights paths by these keys, so
// shortestPath builds its edgeKeys with the same functions.
export const participationKey = (org: string, project: string): string => `${org}>${project}`;
export const cooperationKey = (source: string, target: string): string => `${source}~${target}`;
export const membershipKey = (source: string, target: string): string => `${source}^${target}`;

/** What the statements return: organisation and project rows, ties as source/target rows. */
export interface GraphRows {
  organizations: readonly OrganizationRow[];
  projects: readonly ProjectRow[];
  cooperations: readonly CooperationRow[];
  memberships: readonly MembershipRow[];
}

function organizationNode(r: OrganizationRow): WireNode {
  const { id, ...attributes } = r;
  return { key: id, attributes: { nodeType: 'organization', ...attributes } };
}

function projectNode(r: ProjectRow): WireNode {
  const { id, participants: _participants, ...attributes } = r;
  return { key: id, attributes: { nodeType: 'project', kind: 'project', ...attributes } };
}

function participationEdges(r: ProjectRow): WireEdge[] {
  const project = r.id;
  return r.participants.map((part) => ({
    key: participationKey(part.org, project),
    source: part.org,
    target: project,
    attributes: { kind: 'participation', role: part.role },
  }));
}

function cooperationEdge(r: CooperationRow): WireEdge {
  const { source, target } = r;
  return {
    key: cooperationKey(source, target),
    source,
    target,
    attributes: { kind: 'cooperation', since: r.since, cooperationKind: r.kind, synthetic: r.synthetic },
  };
}

function membershipEdge(r: MembershipRow): WireEdge {
  const { source, target } = r;
  return { key: membershipKey(source, target), source, target, attributes: { kind: 'membership', since: r.since, synthetic: r.synthetic } };
}

/** Nodes and edges from the rows; `degree` counts each node's edges within this graph. */
export function assembleGraph(rows: GraphRows, attributes: Record<string, unknown>): NetworkGraph {
  const nodes = [...rows.organizations.map(organizationNode), ...rows.projects.map(projectNode)];
  const edges = [
    ...rows.projects.flatMap(participationEdges),
    ...rows.cooperations.map(cooperationEdge),
    ...rows.memberships.map(membershipEdge),
  ];
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  for (const n of nodes) n.attributes.degree = degree.get(n.key) ?? 0;
  return {
    nodeCount: nodes.length,
    edgeCount: edges.length,
    graph: { attributes, options: { type: 'mixed', multi: false, allowSelfLoops: false }, nodes, edges },
  };
}
