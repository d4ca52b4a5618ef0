// Which nodes and edges match the filters. The same rules as the server's network(filter), so
// "Als GraphQL kopieren" returns exactly what is highlighted on screen.
import type { EdgeData, NodeData } from './elements.ts';
import type { Filters, Range } from './state.ts';

const overlaps = (have: readonly string[], wanted: readonly string[]) => wanted.length === 0 || wanted.some((w) => have.includes(w));
const within = (v: number | null, r: Range) => (r[0] === null || (v !== null && v >= r[0])) && (r[1] === null || (v !== null && v <= r[1]));

export function organizationMatches(d: NodeData, f: Filters): boolean {
  if (f.hidden.includes(d.category)) return false;
  if (!overlaps(d.industries, f.industries)) return false;
  if (!overlaps(d.competences, f.competences)) return false;
  if (f.districts.length > 0 && (d.district === null || !f.districts.includes(d.district))) return false;
  if (f.places.length > 0 && (d.place === null || !f.places.includes(d.place))) return false;
  return within(d.employees, f.employees);
}

/** A project matches on its own attributes; it is shown only with a matching participant. */
export function projectMatches(d: NodeData, f: Filters): boolean {
  if (f.hidden.includes('project')) return false;
  if (f.levels.length > 0 && (d.level === null || !f.levels.includes(d.level))) return false;
  if (f.actionFields.length > 0 && (d.actionField === null || !f.actionFields.includes(d.actionField))) return false;
  const [from, to] = f.years;
  if (from !== null && (d.endYear === null || d.endYear < from)) return false;
  if (to !== null && (d.startYear === null || d.startYear > to)) return false;
  return true;
}

export function edgeMatches(e: EdgeData, f: Filters): boolean {
  const to = f.years[1];
  return !(e.kind === 'cooperation' && to !== null && e.since !== null && e.since > to);
}

export function filtersActive(f: Filters): boolean {
  return (
    f.hidden.length +
      f.industries.length +
      f.competences.length +
      f.districts.length +
      f.places.length +
      f.levels.length +
      f.actionFields.length >
      0 ||
    f.employees.some((v) => v !== null) ||
    f.years.some((v) => v !== null)
  );
}

/** The ids of matching nodes, given each node's neighbours (for the project rule). */
export function matchingNodes(nodes: readonly NodeData[], neighbours: (id: string) => readonly string[], f: Filters): Set<string> {
  const orgs = new Set(nodes.filter((d) => d.nodeType === 'organization' && organizationMatches(d, f)).map((d) => d.id));
  const out = new Set(orgs);
  for (const d of nodes) {
    if (d.nodeType === 'project' && projectMatches(d, f) && neighbours(d.id).some((n) => orgs.has(n))) out.add(d.id);
  }
  return out;
}
