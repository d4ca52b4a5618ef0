// Elements fetched on demand and added to the graph: the neighbourhoods of expanded nodes and the
// relations among the visible nodes. They live in Cytoscape, not in the store, because they are
// graph elements; the shortest path is an answer like any other (fetched.path).
import type cytoscape from 'cytoscape';
import { membershipNetwork, neighbourhood } from '../api.ts';
import { toElements } from '../elements.ts';
import type { State } from '../state.ts';
import type { WireGraph } from '../wire.ts';
import { placeNear } from './layouts.ts';

export interface NetworkExtras {
  sync(state: State): void;
  /** Later answers are dropped; what was added stays in the graph, which is destroyed with it. */
  destroy(): void;
}

export function createNetworkExtras(cy: cytoscape.Core, o: { onError: (e: unknown) => void; onChange: () => void }): NetworkExtras {
  const added = new Map<string, cytoscape.Collection>(); // by expanded id, or 'revealed'
  const pending = new Set<string>();
  let live = true;

  // Adds what is missing; returns only the new elements, so a collapse removes just those.
  const addGraph = (graph: WireGraph): cytoscape.Collection => {
    const { nodes, edges } = toElements(graph);
    const newNodes = cy.add(nodes.filter((n) => cy.getElementById(n.data.id).empty()));
    const newEdges = cy.add(
      edges.filter(
        (e) =>
          cy.getElementById(e.data.id).empty() &&
          cy.getElementById(e.data.source).nonempty() &&
          cy.getElementById(e.data.target).nonempty(),
      ),
    );
    if (newNodes.nonempty()) placeNear(newNodes.nodes());
    return newNodes.union(newEdges);
  };

  const load = (key: string, fetcher: () => Promise<WireGraph>, keep: (g: WireGraph) => WireGraph = (g) => g) => {
    if (added.has(key) || pending.has(key)) return;
    pending.add(key);
    fetcher().then(
      (graph) => {
        pending.delete(key);
        if (!live) return;
        added.set(key, addGraph(keep(graph)));
        o.onChange();
      },
      (err) => {
        pending.delete(key);
        if (live) o.onError(err);
      },
    );
  };

  const drop = (key: string) => {
    const elements = added.get(key);
    added.delete(key);
    // Keep what another expansion still uses.
    const stillUsed = [...added.values()].reduce((acc, c) => acc.union(c), cy.collection());
    elements?.difference(stillUsed).remove();
  };

  const visibleIds = () =>
    new Set(
      cy
        .nodes('[nodeType]')
        .filter((n) => !n.hasClass('hidden') && !n.hasClass('faded'))
        .map((n) => n.id()),
    );

  return {
    sync(s) {
      for (const id of s.expanded) load(id, () => neighbourhood(id));
      for (const key of [...added.keys()]) if (key !== 'revealed' && !s.expanded.includes(key)) drop(key);
      if (s.revealed) {
        const visible = visibleIds();
        load('revealed', membershipNetwork, (g) => ({
          nodes: [],
          edges: g.edges.filter((e) => e.attributes.kind === 'membership' && visible.has(e.source) && visible.has(e.target)),
        }));
      } else if (added.has('revealed')) drop('revealed');
    },
    destroy() {
      live = false;
    },
  };
}
