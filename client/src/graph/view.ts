// Mounts Cytoscape with settings measured for big graphs: preset positions (no layout run in the
// browser), pixel ratio 1, haystack edges, labels only when zoomed in, WebGL only on a real GPU.
import cytoscape from 'cytoscape';
import type { EdgeElement, NodeElement } from '../elements.ts';
import { hasHardwareGpu } from './renderer.ts';
import { stylesheet } from './style.ts';

export interface GraphEvents {
  onTap: (id: string | null) => void;
  onDoubleTap: (id: string) => void;
  onDistrict: (district: string) => void;
}

export function mountGraph(container: HTMLElement, elements: { nodes: NodeElement[]; edges: EdgeElement[] }, events: GraphEvents): cytoscape.Core {
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
  cy.on('tap', (e) => {
    const target = e.target as cytoscape.Core | cytoscape.NodeSingular;
    if (target === cy) events.onTap(null);
    else if ((target as cytoscape.NodeSingular).hasClass?.('overview') && (target as cytoscape.NodeSingular).isNode()) events.onDistrict((target as cytoscape.NodeSingular).data('district') as string);
    else if ((target as cytoscape.NodeSingular).isNode?.() && (target as cytoscape.NodeSingular).data('nodeType')) events.onTap((target as cytoscape.NodeSingular).id());
  });
  cy.on('dbltap', 'node[nodeType]', (e) => events.onDoubleTap((e.target as cytoscape.NodeSingular).id()));
  // A context action (right click / long press) expands or collapses, like a double click.
  cy.on('cxttap', 'node[nodeType]', (e) => events.onDoubleTap((e.target as cytoscape.NodeSingular).id()));
  return cy;
}
