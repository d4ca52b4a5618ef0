// Mounts Cytoscape with settings measured for big graphs: preset positions (no layout run in the
// browser), pixel ratio 1, haystack edges, labels only when zoomed in, WebGL only on a real GPU.
import cytoscape from 'cytoscape';
import type { EdgeElement, NodeElement } from '../elements.ts';
import { hasHardwareGpu } from './renderer.ts';
import { stylesheet } from './style.ts';

export interface GraphEvents {
  onTap: (id: string | null) => void;
  onDoubleTap: (id: string) => void;
  /** An overview node clicked: a district, or a town of a district open by town. */
  onDistrict: (district: string, place: string | null) => void;
}

export interface GraphMount {
  cy: cytoscape.Core;
  destroy(): void;
}

/** The graph's own gestures, turned into the app's events; destroy removes exactly these listeners. */
export function bindGraphEvents(cy: cytoscape.Core, events: GraphEvents): { destroy(): void } {
  const onTap = (e: cytoscape.EventObject) => {
    const target = e.target as cytoscape.Core | cytoscape.NodeSingular;
    if (target === cy) events.onTap(null);
    else if ((target as cytoscape.NodeSingular).hasClass?.('overview') && (target as cytoscape.NodeSingular).isNode())
      events.onDistrict(
        (target as cytoscape.NodeSingular).data('district') as string,
        (target as cytoscape.NodeSingular).data('place') ?? null,
      );
    else if ((target as cytoscape.NodeSingular).isNode?.() && (target as cytoscape.NodeSingular).data('nodeType'))
      events.onTap((target as cytoscape.NodeSingular).id());
  };
  const onExpand = (e: cytoscape.EventObject) => events.onDoubleTap((e.target as cytoscape.NodeSingular).id());
  cy.on('tap', onTap);
  cy.on('dbltap', 'node[nodeType]', onExpand);
  // A context action (right click / long press) expands or collapses, like a double click.
  cy.on('cxttap', 'node[nodeType]', onExpand);
  return {
    destroy() {
      cy.off('tap', onTap);
      cy.off('dbltap', 'node[nodeType]', onExpand);
      cy.off('cxttap', 'node[nodeType]', onExpand);
    },
  };
}

// How long the pointer rests on a district or town before what a click opens is asked.
const dwellMs = 120;

/**
 * Calls `onDwell` when the pointer rests on an overview node (a district, or a town): a mouse
 * user's click follows within a few hundred milliseconds, and its answer can be on the way.
 */
export function bindOverviewDwell(cy: cytoscape.Core, onDwell: (district: string, place: string | null) => void): { destroy(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onOver = (e: cytoscape.EventObject) => {
    const node = e.target as cytoscape.NodeSingular;
    clearTimeout(timer);
    timer = setTimeout(() => onDwell(node.data('district') as string, node.data('place') ?? null), dwellMs);
  };
  const onOut = () => clearTimeout(timer);
  cy.on('mouseover', 'node.overview', onOver);
  cy.on('mouseout', 'node.overview', onOut);
  return {
    destroy() {
      clearTimeout(timer);
      cy.off('mouseover', 'node.overview', onOver);
      cy.off('mouseout', 'node.overview', onOut);
    },
  };
}

export function mountGraph(
  container: HTMLElement,
  elements: { nodes: NodeElement[]; edges: EdgeElement[] },
  events: GraphEvents,
): GraphMount {
  const webgl = hasHardwareGpu();
  const cy = cytoscape({
    container,
    elements: [...elements.nodes, ...elements.edges],
    style: stylesheet(),
    layout: { name: 'preset', fit: true, padding: 20 },
    pixelRatio: 1,
    textureOnViewport: true,
    hideEdgesOnViewport: false,
    motionBlur: false,
    minZoom: 0.02,
    maxZoom: 6,
    wheelSensitivity: 0.4,
    boxSelectionEnabled: false,
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  });
  container.dataset.renderer = webgl ? 'webgl' : 'canvas';
  const gestures = bindGraphEvents(cy, events);
  return {
    cy,
    destroy() {
      gestures.destroy();
      cy.destroy();
      delete container.dataset.renderer;
    },
  };
}
