// Positions for the three layouts. The force layout is the one stored on the server (computed
// once with ForceAtlas2); the others are computed here from data, without a physics simulation.
import type cytoscape from 'cytoscape';
import type { NodeData } from '../elements.ts';
import { districtShapes, placeOnMap } from '../geo/projection.ts';
import type { LayoutName } from '../state.ts';

type Positions = Map<string, { x: number; y: number }>;

const ringOf: Record<string, number> = {
  fraunhofer: 6,
  leibniz: 6,
  max_planck: 6,
  other_institute: 6,
  university: 5,
  actor: 4,
  project: 3,
  company: 1,
};

function concentric(cy: cytoscape.Core): Positions {
  // Research in the centre, then other actors, projects and companies outwards. Each kind fills
  // rings of its own, hubs first, so a big kind becomes a band of rings rather than one huge circle.
  const byRing = new Map<number, cytoscape.NodeSingular[]>();
  cy.nodes('[nodeType]').forEach((n) => {
    const ring = ringOf[(n.data() as NodeData).category] ?? 1;
    byRing.set(ring, [...(byRing.get(ring) ?? []), n]);
  });
  const out: Positions = new Map();
  const spacing = 16;
  let radius = 0;
  for (const ring of [...byRing.keys()].sort((a, b) => b - a)) {
    const nodes = (byRing.get(ring) ?? []).sort((a, b) => b.data('degree') - a.data('degree') || a.id().localeCompare(b.id()));
    let i = 0;
    while (i < nodes.length) {
      const capacity = radius === 0 ? 1 : Math.floor((2 * Math.PI * radius) / spacing);
      const count = Math.min(capacity, nodes.length - i);
      for (let k = 0; k < count; k++) {
        const angle = (2 * Math.PI * k) / count;
        out.set((nodes[i + k] as cytoscape.NodeSingular).id(), { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
      }
      i += count;
      radius += spacing;
    }
    radius += spacing * 3; // a visible gap between kinds
  }
  return out;
}

function geographic(cy: cytoscape.Core): Positions {
  const orgs = cy.nodes('[nodeType = "organization"]').map((n) => n.data() as NodeData);
  const placed = placeOnMap(
    orgs.filter((d) => d.lat !== null && d.lon !== null).map((d) => ({ id: d.id, lat: d.lat as number, lon: d.lon as number })),
  );
  const out: Positions = new Map(placed);
  // A project sits at the centre of its participants.
  cy.nodes('[nodeType = "project"]').forEach((p) => {
    const ps = p
      .neighborhood('node[nodeType = "organization"]')
      .map((n) => out.get(n.id()))
      .filter((x): x is { x: number; y: number } => !!x);
    if (ps.length) out.set(p.id(), { x: ps.reduce((s, q) => s + q.x, 0) / ps.length, y: ps.reduce((s, q) => s + q.y, 0) / ps.length });
  });
  return out;
}

export function positionsFor(cy: cytoscape.Core, layout: LayoutName, home: Positions): Positions {
  switch (layout) {
    case 'force':
    case 'districts':
      return home;
    case 'concentric':
      return concentric(cy);
    case 'geo':
      return geographic(cy);
  }
}

/** District outlines as polygon nodes beneath the network, only in the map layout. */
export function showDistricts(cy: cytoscape.Core, visible: boolean): void {
  const existing = cy.nodes('.district-shape');
  if (!visible) {
    existing.remove();
    return;
  }
  if (existing.nonempty()) return;
  const shapes = districtShapes().sort((a, b) => b.width * b.height - a.width * a.height);
  cy.add(
    shapes.map((s, z) => ({
      group: 'nodes' as const,
      classes: 'district-shape',
      data: {
        id: `district-shape-${s.id}`,
        label: s.name,
        points: s.points.join(' '),
        width: s.width,
        height: s.height,
        z: Math.min(z, 9),
      },
      position: s.position,
      locked: true,
      selectable: false,
      grabbable: false,
    })),
  );
}

export function applyPositions(cy: cytoscape.Core, positions: Positions): void {
  cy.batch(() => {
    cy.nodes('[nodeType]').forEach((n) => {
      const p = positions.get(n.id());
      if (p) n.position(p);
    });
  });
}

/** New nodes (from an expansion) go in a small circle around their placed neighbours. */
export function placeNear(added: cytoscape.NodeCollection): void {
  added.forEach((n, i) => {
    const anchors = n.neighborhood('node').difference(added);
    if (anchors.empty()) return;
    const c = anchors.boundingBox({});
    const angle = (2 * Math.PI * i) / Math.max(1, added.length);
    n.position({ x: (c.x1 + c.x2) / 2 + 40 * Math.cos(angle), y: (c.y1 + c.y2) / 2 + 40 * Math.sin(angle) });
  });
}

/**
 * Nodes of a large graph, fetched part by part, go where the map puts them (beside the overview's
 * districts): organisations at their town, a project amid its participants, the rest beside their
 * neighbours. Nodes already placed never move.
 */
export function placeOnMapNear(added: cytoscape.NodeCollection): void {
  const orgs = added.filter('[nodeType = "organization"]').map((n) => n.data() as NodeData);
  const placed = placeOnMap(
    orgs.filter((d) => d.lat !== null && d.lon !== null).map((d) => ({ id: d.id, lat: d.lat as number, lon: d.lon as number })),
  );
  added.forEach((n) => {
    const p = placed.get(n.id());
    if (p) n.position(p);
  });
  const projects = added.filter('[nodeType = "project"]');
  projects.forEach((p) => {
    const ps = p
      .neighborhood('node[nodeType = "organization"]')
      .nodes()
      .map((n) => n.position());
    if (ps.length) p.position({ x: ps.reduce((s, q) => s + q.x, 0) / ps.length, y: ps.reduce((s, q) => s + q.y, 0) / ps.length });
  });
  placeNear(added.filter((n) => !placed.has(n.id()) && !(n.data('nodeType') === 'project' && n.neighborhood('node').nonempty())));
}
