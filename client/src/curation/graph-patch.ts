// After a saved change the graph shows the record as it is now, read again from the server:
// its properties (name, size, colour), its ties, a new node at the place the server gave it.
// A node that was already there keeps its position: the user's mental map survives an edit.
import type cytoscape from 'cytoscape';
import { neighbourhood } from '../api.ts';
import type { WireGraph } from '../wire.ts';
import { toElements } from '../elements.ts';
import { placeNear } from '../graph/layouts.ts';

/** Membership ties are shown only when revealed (graph/extras.ts); an edit does not add them. */
const shownTie = (kind: string) => kind !== 'membership';

export async function refreshRecord(cy: cytoscape.Core, id: string): Promise<void> {
  const graph = await neighbourhood(id);
  const { nodes, edges } = toElements(graph);
  const own = nodes.find((n) => n.data.id === id);
  if (!own) return;
  const wire = graph.nodes.find((n) => n.key === id);
  const existing = cy.getElementById(id);
  let added = cy.collection();
  if (existing.nonempty()) existing.data(own.data);
  else added = added.union(cy.add(own));
  // Neighbours a new tie needs (a new project's coordinator is always there; an expanded one may not be).
  const wanted = edges.filter((e) => shownTie(e.data.kind));
  const ends = new Set(wanted.flatMap((e) => [e.data.source, e.data.target]));
  for (const n of nodes)
    if (n.data.id !== id && ends.has(n.data.id) && cy.getElementById(n.data.id).empty()) added = added.union(cy.add(n));
  const keys = new Set(wanted.map((e) => e.data.id));
  // Ties that ended (a merge moves them, an edit may drop them) leave the graph.
  cy.getElementById(id)
    .connectedEdges()
    .filter((e) => shownTie(String(e.data('kind'))) && !keys.has(e.id()))
    .remove();
  cy.add(wanted.filter((e) => cy.getElementById(e.data.id).empty()));
  // The server places organisations; a record it gave no position goes beside its ties.
  if (existing.empty() && typeof wire?.attributes.x !== 'number') placeNear(cy.getElementById(id).nodes());
  added.nodes().forEach((n) => {
    n.removeClass('hidden faded');
  });
}

/** A record that no longer exists (deleted, or dissolved by a merge) leaves the graph with its ties. */
export function removeRecord(cy: cytoscape.Core, id: string): void {
  cy.getElementById(id).remove();
}

/**
 * The network read again after an import: records it created join the graph at the place the
 * server gave them (or beside their ties), changed ones get their new data; nodes already shown
 * keep their positions. What an import cannot do (remove records) needs no handling here.
 */
export function addNetwork(cy: cytoscape.Core, graph: WireGraph): number {
  const { nodes, edges } = toElements(graph);
  const placed = new Set(graph.nodes.filter((n) => typeof n.attributes.x === 'number').map((n) => n.key));
  let added = cy.collection();
  cy.batch(() => {
    for (const n of nodes) {
      const existing = cy.getElementById(n.data.id);
      if (existing.nonempty()) existing.data(n.data);
      else added = added.union(cy.add(n));
    }
    cy.add(edges.filter((e) => shownTie(e.data.kind) && cy.getElementById(e.data.id).empty()));
  });
  placeNear(added.nodes().filter((n) => !placed.has(n.id())));
  return added.length;
}
