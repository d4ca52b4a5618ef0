// The overview: one node per district (size = organisations, colour = share of companies with a
// research tie), one edge per pair of districts with ties between them, from the server's stored
// aggregates (networkOverview), so it costs the same at 2,600 and at 100,000 firms. A district
// that is open shows its organisations instead of its node, or, when it is too large to draw
// whole, its towns (districtOverview), drawn the same way, each opening into its organisations.
import type cytoscape from 'cytoscape';
import type { DistrictOverview, Overview } from '../api.ts';
import { districtShapes, project, type XY } from '../geo/projection.ts';

export type OverviewElement = cytoscape.ElementDefinition & { classes: 'overview' };

export const overviewNodeId = (district: string): string => `overview-${district}`;
export const townNodeId = (place: string): string => `overview-place-${place}`;

/** A district open by town: its towns, and those of them open. */
export interface TownsShown {
  towns: DistrictOverview;
  open: ReadonlySet<string>;
}

interface Group {
  id: string;
  name: string;
  organizations: number;
  companies: number;
  researchLinkedCompanies: number;
}

interface Tie {
  source: string;
  target: string;
  ties: number;
}

function groupNode(g: Group, total: number, position: XY, data: Record<string, unknown>): OverviewElement {
  return {
    group: 'nodes',
    classes: 'overview',
    data: {
      ...data,
      label: `${g.name} (${g.organizations.toLocaleString('de-DE')})`,
      // Area by share of all organisations: the same picture at every size of graph, a town
      // drawn to the scale of the districts around it.
      size: 40 + 400 * Math.sqrt(g.organizations / Math.max(1, total)),
      companies: g.companies,
      // Share of the companies with a research tie: the thinner, the paler.
      share: g.companies ? g.researchLinkedCompanies / g.companies : 0,
    },
    position,
  };
}

function tieEdges(ties: readonly Tie[], shown: ReadonlySet<string>, nodeId: (id: string) => string): OverviewElement[] {
  const strongest = Math.max(1, ...ties.map((t) => t.ties));
  return ties
    .filter((t) => shown.has(t.source) && shown.has(t.target))
    .map((t) => ({
      group: 'edges',
      classes: 'overview',
      data: {
        id: `${nodeId(t.source)}|${t.target}`,
        source: nodeId(t.source),
        target: nodeId(t.target),
        ties: t.ties,
        width: 1 + Math.log2(1 + t.ties) * 1.5,
        // In a large graph nearly every pair is tied: the strong ties stand out.
        strength: t.ties / strongest,
      },
    }));
}

/** The overview's nodes and edges for the districts not open, and the towns of those open by town. */
export function overviewElements(overview: Overview, open: ReadonlySet<string>, byTown: readonly TownsShown[] = []): OverviewElement[] {
  const centres = new Map(districtShapes().map((s) => [s.id, s.position]));
  const shown = overview.districts.filter((d) => d.organizations > 0 && !open.has(d.id));
  const total = overview.organizations;
  const districts = [
    ...shown.map((d) => groupNode(d, total, centres.get(d.id) ?? { x: 0, y: 0 }, { id: overviewNodeId(d.id), district: d.id, summary: d })),
    ...tieEdges(overview.ties, new Set(shown.map((d) => d.id)), overviewNodeId),
  ];
  const towns = byTown.flatMap(({ towns: t, open: openTowns }) => {
    const closed = t.places.filter((p) => p.organizations > 0 && !openTowns.has(p.id));
    const at = (p: (typeof closed)[number]) =>
      p.lat !== null && p.lon !== null ? project(p.lat, p.lon) : (centres.get(t.district) ?? { x: 0, y: 0 });
    return [
      ...closed.map((p) => groupNode(p, total, at(p), { id: townNodeId(p.id), district: t.district, place: p.id, summary: p })),
      ...tieEdges(t.ties, new Set(closed.map((p) => p.id)), townNodeId),
    ];
  });
  return [...districts, ...towns];
}

/** Makes the graph's overview elements those given: adds what is missing, removes what is not wanted. */
export function showOverview(cy: cytoscape.Core, wanted: readonly OverviewElement[]): void {
  const ids = new Set(wanted.map((e) => e.data.id as string));
  cy.batch(() => {
    cy.elements('.overview')
      .filter((e) => !ids.has(e.id()))
      .remove();
    cy.add(wanted.filter((e) => cy.getElementById(e.data.id as string).empty()));
  });
}
