// Server wire format → Cytoscape element definitions: one pure function, tested without a DOM.
import type { Category } from './state.ts';
import type { WireGraph, WireNode } from './wire.ts';

export interface NodeData {
  id: string;
  label: string;
  name: string;
  nodeType: 'organization' | 'project';
  kind: string;
  category: Category;
  synthetic: boolean;
  employees: number | null;
  degree: number;
  district: string | null;
  place: string | null;
  competences: string[];
  industries: string[];
  lat: number | null;
  lon: number | null;
  level: string | null;
  actionField: string | null;
  startYear: number | null;
  endYear: number | null;
  // Both sizes are derived from the data; the store's sizeBy picks one through a class.
  sizeEmployees: number;
  sizeDegree: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  kind: 'participation' | 'cooperation' | 'membership';
  role: string | null;
  since: number | null;
}

export interface NodeElement {
  group: 'nodes';
  data: NodeData;
  position: { x: number; y: number };
}

export interface EdgeElement {
  group: 'edges';
  data: EdgeData;
}

const actorKinds = new Set(['chamber', 'association', 'network', 'agency', 'ministry']);

export function categoryOf(kind: string, society: unknown): Category {
  if (kind === 'company' || kind === 'university' || kind === 'project') return kind;
  if (kind === 'research_institute') {
    return society === 'leibniz' || society === 'fraunhofer' || society === 'max_planck' ? society : 'other_institute';
  }
  if (actorKinds.has(kind)) return 'actor';
  return 'actor';
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Node size in layout units: projects stay small; institutions have no head count in the data. */
export function nodeSizes(
  nodeType: string,
  category: Category,
  employees: number | null,
  degree: number,
): { sizeEmployees: number; sizeDegree: number } {
  if (nodeType === 'project') return { sizeEmployees: 7, sizeDegree: 7 };
  const byDegree = 6 + Math.min(36, Math.sqrt(degree) * 3.5);
  const byEmployees = employees !== null ? 6 + Math.min(36, Math.sqrt(employees) * 1.4) : category === 'actor' ? 20 : 24;
  return { sizeEmployees: Math.round(byEmployees * 10) / 10, sizeDegree: Math.round(byDegree * 10) / 10 };
}

export function toNodeElement(n: WireNode): NodeElement {
  const a = n.attributes;
  const nodeType = a.nodeType === 'project' ? 'project' : 'organization';
  const kind = nodeType === 'project' ? 'project' : (str(a.kind) ?? 'company');
  const name = str(a.name) ?? str(a.title) ?? n.key;
  const category = categoryOf(kind, a.society);
  const employees = num(a.employees);
  const degree = num(a.degree) ?? 0;
  return {
    group: 'nodes',
    data: {
      id: n.key,
      label: str(a.shortName) ?? name,
      name,
      nodeType,
      kind,
      category,
      synthetic: a.synthetic === true,
      employees,
      degree,
      district: str(a.district),
      place: str(a.place),
      competences: strings(a.competences),
      industries: strings(a.industries),
      lat: num(a.lat),
      lon: num(a.lon),
      level: str(a.level),
      actionField: str(a.actionField),
      startYear: num(a.startYear),
      endYear: num(a.endYear),
      ...nodeSizes(nodeType, category, employees, degree),
    },
    position: { x: num(a.x) ?? 0, y: num(a.y) ?? 0 },
  };
}

export function toElements(graph: WireGraph): { nodes: NodeElement[]; edges: EdgeElement[] } {
  const nodes = graph.nodes.map(toNodeElement);
  const edges = graph.edges.map((e): EdgeElement => {
    const kind = e.attributes.kind;
    return {
      group: 'edges',
      data: {
        id: e.key,
        source: e.source,
        target: e.target,
        kind: kind === 'cooperation' || kind === 'membership' ? kind : 'participation',
        role: str(e.attributes.role),
        since: num(e.attributes.since),
      },
    };
  });
  return { nodes, edges };
}
