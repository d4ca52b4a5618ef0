// The overview: one node per district (size = organisations, colour = share of companies with a
// research tie), one edge per pair of districts with ties between them, from the server's stored
// aggregates (networkOverview), so it costs the same at 2,600 and at 100,000 firms. A district
// that is open shows its organisations instead of its node.
import type cytoscape from 'cytoscape';
import type { Overview } from '../api.ts';
import { districtShapes } from '../geo/projection.ts';

export type OverviewElement = cytoscape.ElementDefinition & { classes: 'overview' };

export const overviewNodeId = (district: string): string => `overview-${district}`;

/** The overview's nodes and edges for the districts not open; ties to an open district are left out. */
export function overviewElements(overview: Overview, open: ReadonlySet<string>): OverviewElement[] {
  const centres = new Map(districtShapes().map((s) => [s.id, s.position]));
  const shown = overview.districts.filter((d) => d.organizations > 0 && !open.has(d.id));
  const ids = new Set(shown.map((d) => d.id));
  const strongest = Math.max(1, ...overview.ties.map((t) => t.ties));
  return [
    ...shown.map(
      (d): OverviewElement => ({
        group: 'nodes',
        classes: 'overview',
        data: {
          id: overviewNodeId(d.id),
          district: d.id,
          label: `${d.name} (${d.organizations.toLocaleString('de-DE')})`,
          // Area by share of all organisations: the same picture at every size of graph.
          size: 40 + 400 * Math.sqrt(d.organizations / Math.max(1, overview.organizations)),
          companies: d.companies,
          // Share of the district's companies with a research tie: the thinner, the paler.
          share: d.companies ? d.researchLinkedCompanies / d.companies : 0,
          summary: d,
        },
        position: centres.get(d.id) ?? { x: 0, y: 0 },
      }),
    ),
    ...overview.ties
      .filter((t) => ids.has(t.source) && ids.has(t.target))
      .map(
        (t): OverviewElement => ({
          group: 'edges',
          classes: 'overview',
          data: {
            id: `overview-${t.source}|${t.target}`,
            source: overviewNodeId(t.source),
            target: overviewNodeId(t.target),
            ties: t.ties,
            width: 1 + Math.log2(1 + t.ties) * 1.5,
            // In a large graph nearly every pair of districts is tied: the strong ties stand out.
            strength: t.ties / strongest,
          },
        }),
      ),
  ];
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
