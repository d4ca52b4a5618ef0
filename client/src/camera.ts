// Where the graph looks after a change: the gap report's row, a connection found, a partner's
// evidence, a selection made elsewhere than in the graph. Moves only; what is shown is the store's.
import type cytoscape from 'cytoscape';
import type { LensView } from './gaps/index.ts';

export interface Camera {
  /** Fits the graph to what a report row stands for, once per row picked. */
  focusLens(focus: LensView['focus']): void;
  /** The lens closed: the next row picked is fitted again, even the same one. */
  forgetLens(): void;
  /** Shows the whole connection: it usually runs far across the network. */
  fitPath(nodeIds: readonly string[]): void;
  /** Shows a partner with the organisations and projects that speak for it. */
  fitEvidence(id: string, evidenceIds: readonly string[]): void;
  /** Brings a node chosen outside the graph (search, a list) into the middle. */
  centre(id: string): void;
}

export function createCamera(cy: cytoscape.Core): Camera {
  const union = (ids: readonly string[], start = cy.collection()) => ids.reduce((acc, id) => acc.union(cy.getElementById(id)), start);
  let lensFocused = '';
  return {
    focusLens(focus) {
      if (!focus || focus.key === lensFocused) return;
      lensFocused = focus.key;
      let nodes = cy.collection();
      if (focus.ids) nodes = union(focus.ids);
      else if (focus.district) nodes = cy.nodes('[nodeType]').filter((n) => n.data('district') === focus.district);
      else nodes = cy.nodes('[nodeType]').filter((n) => !n.hasClass('faded') && !n.hasClass('hidden'));
      if (nodes.empty()) return;
      cy.fit(nodes, 50);
      // One organisation (or a few close together) is shown in its neighbourhood, not filling the view.
      if (cy.zoom() > 1.6) cy.zoom(1.6).center(nodes);
    },
    forgetLens() {
      lensFocused = '';
    },
    fitPath(nodeIds) {
      cy.fit(union(nodeIds), 80);
    },
    fitEvidence(id, evidenceIds) {
      const node = cy.getElementById(id);
      if (node.nonempty()) cy.fit(union(evidenceIds, node), 60);
    },
    centre(id) {
      const node = cy.getElementById(id);
      if (node.nonempty()) cy.viewport({ zoom: Math.max(cy.zoom(), 1.2), pan: { x: 0, y: 0 } }).center(node);
    },
  };
}
