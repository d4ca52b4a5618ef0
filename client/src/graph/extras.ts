// Elements and highlights fetched on demand: membership ties of expanded nodes, relations among
// the visible nodes, and the shortest path between two organisations.
import type cytoscape from 'cytoscape';
import { membershipNetwork, neighbourhood, shortestPath, type PathResult } from '../api.ts';
import { toElements } from '../elements.ts';
import type { State } from '../state.ts';
import type { WireGraph } from '../wire.ts';
import type { PathHighlight } from './appearance.ts';
import { placeNear } from './layouts.ts';

export interface NetworkExtras {
  sync(state: State): void;
  path(): PathHighlight | null;
  pathResult(): PathResult | null | undefined;
}

export function createNetworkExtras(cy: cytoscape.Core, o: { onError: (e: unknown) => void; onChange: () => void }): NetworkExtras {
  const added = new Map<string, cytoscape.Collection>(); // by expanded id, or 'revealed'
  const pending = new Set<string>();
  let pathKey = '';
  let path: PathResult | null | undefined;

  // Adds what is missing; returns only the new elements, so a collapse removes just those.
  const addGraph = (graph: WireGraph): cytoscape.Collection => {
    const { nodes, edges } = toElements(graph);
    const newNodes = cy.add(nodes.filter((n) => cy.getElementById(n.data.id).empty()));
    const newEdges = cy.add(edges.filter((e) => cy.getElementById(e.data.id).empty() && cy.getElementById(e.data.source).nonempty() && cy.getElementById(e.data.target).nonempty()));
    if (newNodes.nonempty()) placeNear(newNodes.nodes());
    return newNodes.union(newEdges);
  };

  const load = (key: string, fetcher: () => Promise<WireGraph>, keep: (g: WireGraph) => WireGraph = (g) => g) => {
    if (added.has(key) || pending.has(key)) return;
    pending.add(key);
    fetcher().then(
      (graph) => {
        pending.delete(key);
        added.set(key, addGraph(keep(graph)));
        o.onChange();
      },
      (err) => {
        pending.delete(key);
        o.onError(err);
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

  const visibleIds = () => new Set(cy.nodes('[nodeType]').filter((n) => !n.hasClass('hidden') && !n.hasClass('faded')).map((n) => n.id()));

  return {
    sync(s) {
      for (const id of s.expanded) load(id, () => neighbourhood(id));
      for (const key of [...added.keys()]) if (key !== 'revealed' && !s.expanded.includes(key)) drop(key);
      if (s.revealed) {
        const visible = visibleIds();
        load(
          'revealed',
          membershipNetwork,
          (g) => ({ nodes: [], edges: g.edges.filter((e) => e.attributes.kind === 'membership' && visible.has(e.source) && visible.has(e.target)) }),
        );
      } else if (added.has('revealed')) drop('revealed');

      const key = s.path ? `${s.path.from}|${s.path.to}` : '';
      if (key !== pathKey) {
        pathKey = key;
        path = undefined;
        if (s.path) {
          const mine = key;
          shortestPath(s.path.from, s.path.to).then(
            (r) => {
              if (mine !== pathKey) return;
              path = r;
              o.onChange();
              // Show the whole connection: it usually runs far across the network.
              if (r) cy.fit(r.nodeIds.reduce((acc, id) => acc.union(cy.getElementById(id)), cy.collection()), 80);
            },
            o.onError,
          );
        }
      }
    },
    path: () => (path ? { nodeIds: path.nodeIds, edgeKeys: path.edgeKeys } : null),
    pathResult: () => path,
  };
}
