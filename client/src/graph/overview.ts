// The aggregated overview: one node per district (size = organisations, colour = share with a
// research tie), one edge per pair of districts with ties between them. Few elements, so it
// draws instantly; clicking a district drills down into its organisations.
import type cytoscape from 'cytoscape';
import type { NodeData } from '../elements.ts';
import { districtShapes } from '../geo/projection.ts';

export interface DistrictSummary {
  id: string;
  name: string;
  organizations: number;
  companies: number;
  researchLinked: number; // companies with a project or cooperation tie to a research organisation
  internalTies: number;
}

export interface DistrictLink {
  source: string;
  target: string;
  ties: number;
}

const research = new Set(['university', 'leibniz', 'fraunhofer', 'max_planck', 'other_institute']);

/** Pure aggregation over node data and ties (organisation pairs), testable without Cytoscape. */
export function summarise(
  nodes: readonly NodeData[],
  ties: readonly [string, string][],
  names: ReadonlyMap<string, string>,
): { districts: DistrictSummary[]; links: DistrictLink[] } {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const summaries = new Map<string, DistrictSummary>();
  const summary = (id: string) => {
    let s = summaries.get(id);
    if (!s) summaries.set(id, (s = { id, name: names.get(id) ?? id, organizations: 0, companies: 0, researchLinked: 0, internalTies: 0 }));
    return s;
  };
  for (const n of nodes) {
    if (n.nodeType !== 'organization' || !n.district) continue;
    const s = summary(n.district);
    s.organizations++;
    if (n.category === 'company') s.companies++;
  }
  const linked = new Set<string>();
  const links = new Map<string, DistrictLink>();
  for (const [a, b] of ties) {
    const x = byId.get(a);
    const y = byId.get(b);
    if (!x?.district || !y?.district) continue;
    if (x.category === 'company' && research.has(y.category)) linked.add(x.id);
    if (y.category === 'company' && research.has(x.category)) linked.add(y.id);
    if (x.district === y.district) {
      summary(x.district).internalTies++;
      continue;
    }
    const [s, t] = [x.district, y.district].sort() as [string, string];
    const key = `${s}|${t}`;
    const link = links.get(key) ?? { source: s, target: t, ties: 0 };
    link.ties++;
    links.set(key, link);
  }
  for (const id of linked) {
    const d = byId.get(id)?.district;
    if (d) summary(d).researchLinked++;
  }
  return { districts: [...summaries.values()].sort((a, b) => a.id.localeCompare(b.id)), links: [...links.values()] };
}

/** Organisation pairs tied directly or through a shared project. */
export function organisationTies(cy: cytoscape.Core): [string, string][] {
  const out: [string, string][] = [];
  cy.edges('[kind = "cooperation"]').forEach((e) => {
    out.push([e.source().id(), e.target().id()]);
  });
  cy.nodes('[nodeType = "project"]').forEach((p) => {
    const members = p.neighborhood('node[nodeType = "organization"]').map((n) => n.id());
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) out.push([members[i] as string, members[j] as string]);
  });
  return out;
}

/** Shows or removes the overview's elements; their ids start with "overview-". */
export function showOverview(cy: cytoscape.Core, visible: boolean, names: ReadonlyMap<string, string>): void {
  const existing = cy.elements('.overview');
  if (!visible) {
    existing.remove();
    return;
  }
  if (existing.nonempty()) return;
  const nodes = cy.nodes('[nodeType]').map((n) => n.data() as NodeData);
  const { districts, links } = summarise(nodes, organisationTies(cy), names);
  const centres = new Map(districtShapes().map((s) => [s.id, s.position]));
  cy.add([
    ...districts.map((d) => ({
      group: 'nodes' as const,
      classes: 'overview',
      data: {
        id: `overview-${d.id}`,
        district: d.id,
        label: `${d.name} (${d.organizations})`,
        size: 40 + Math.sqrt(d.organizations) * 8,
        companies: d.companies,
        // Share of the district's companies with a research tie: the thinner, the paler.
        share: d.companies ? d.researchLinked / d.companies : 0,
        summary: d,
      },
      position: centres.get(d.id) ?? { x: 0, y: 0 },
    })),
    ...links.map((l) => ({
      group: 'edges' as const,
      classes: 'overview',
      data: {
        id: `overview-${l.source}|${l.target}`,
        source: `overview-${l.source}`,
        target: `overview-${l.target}`,
        ties: l.ties,
        width: 1 + Math.log2(1 + l.ties) * 1.5,
      },
    })),
  ]);
}
