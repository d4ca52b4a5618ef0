// The whole network's layout, computed once on the server (ForceAtlas2, Barnes-Hut) so the
// browser never runs a force layout on the full graph. Deterministic: starts from geography.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Dataset } from './dataset.ts';

export interface Position {
  id: string;
  x: number;
  y: number;
}

export interface Layout {
  organizations: Position[];
  projects: Position[];
}

// Memberships pull members towards their chamber or network, gently: co-membership is a weak tie.
const weights = { participation: 1, cooperation: 1, membership: 0.15 };
const targetHalfExtent = 1250;

export function computeLayout(d: Dataset, iterations = 300): Layout {
  const g = new Graph({ type: 'undirected', multi: false });
  // Geographic start: longitude/latitude scaled to a few hundred units, north up.
  for (const o of d.organizations) g.addNode(o.id, { x: (o.lon - 13.4) * 400, y: -(o.lat - 52.4) * 650 });
  const projectMembers = new Map<string, string[]>();
  for (const p of d.participations) {
    const list = projectMembers.get(p.projectId) ?? [];
    list.push(p.orgId);
    projectMembers.set(p.projectId, list);
  }
  for (const p of d.projects) {
    const members = projectMembers.get(p.id) ?? [];
    const xs = members.map((m) => g.getNodeAttribute(m, 'x') as number);
    const ys = members.map((m) => g.getNodeAttribute(m, 'y') as number);
    const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0);
    // A tiny id-based offset keeps projects with the same members from sitting on one point.
    const jitter = (p.id.length % 7) * 0.37;
    g.addNode(p.id, { x: mean(xs) + jitter, y: mean(ys) - jitter });
    for (const m of members) g.mergeEdge(m, p.id, { weight: weights.participation });
  }
  for (const c of d.cooperations) g.mergeEdge(c.fromId, c.toId, { weight: weights.cooperation });
  for (const m of d.memberships) {
    if (!g.hasEdge(m.orgId, m.targetId)) g.addEdge(m.orgId, m.targetId, { weight: weights.membership });
  }

  const settings = forceAtlas2.inferSettings(g);
  forceAtlas2.assign(g, {
    iterations,
    getEdgeWeight: 'weight',
    settings: { ...settings, barnesHutOptimize: true, gravity: 1, scalingRatio: 10, adjustSizes: false },
  });

  // Scale to a fixed extent, about the map layout's, so node sizes mean the same in both views.
  let extent = 1;
  g.forEachNode((_id, a) => {
    extent = Math.max(extent, Math.abs(a.x as number), Math.abs(a.y as number));
  });
  const scale = targetHalfExtent / extent;
  const round = (v: number) => Math.round(v * scale * 10) / 10;
  const pos = (id: string): Position => ({
    id,
    x: round(g.getNodeAttribute(id, 'x') as number),
    y: round(g.getNodeAttribute(id, 'y') as number),
  });
  return { organizations: d.organizations.map((o) => pos(o.id)), projects: d.projects.map((p) => pos(p.id)) };
}
