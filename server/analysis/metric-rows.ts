// From what GDS computed to what is stored on each organisation: raw component and community ids
// renumbered by size, effective size from degree and triangles, bridge ties counted, and the cut
// impact added. Pure, so the numbers are checked without a database.
import { cutImpact } from './cut-impact.ts';

/** One organisation as metrics/node-values returns it (GDS values of the projected graph). */
export interface NodeValues {
  id: string;
  kind: string;
  degree: number;
  betweenness: number;
  component: number;
  community: number;
  articulation: number;
  triangles: number;
}

/** What metrics/write stores on each organisation (property names in the comments). */
export interface MetricRow {
  id: string;
  degree: number; // metricDegree
  betweenness: number; // betweenness
  componentId: number; // componentId: 1 = the largest component
  componentSize: number; // componentSize
  communityId: number | null; // communityId: 1 = the largest community; null without ties
  articulation: boolean; // articulation
  bridgeTies: number; // bridgeTies
  effectiveSize: number | null; // effectiveSize (Burt); null without ties
  splitOff: number; // splitOff
  splitOffIds: string[]; // splitOffIds
  researchCutOff: number; // researchCutOff
}

const RESEARCH_KINDS: readonly string[] = ['university', 'research_institute'];

/** Raw ids → 1, 2, … by group size (largest first), ties broken by the smallest member id. */
export function rankBySize(
  ids: readonly string[],
  groups: readonly (number | null)[],
): { rank: (number | null)[]; size: Map<number, number> } {
  const members = new Map<number, { size: number; first: string }>();
  groups.forEach((g, i) => {
    if (g === null) return;
    const id = ids[i]!;
    const m = members.get(g);
    if (!m) members.set(g, { size: 1, first: id });
    else {
      m.size += 1;
      if (id < m.first) m.first = id;
    }
  });
  const order = [...members.entries()].sort(([, a], [, b]) => b.size - a.size || (a.first < b.first ? -1 : 1));
  const renumber = new Map(order.map(([raw], k) => [raw, k + 1]));
  const size = new Map(order.map(([, m], k) => [k + 1, m.size]));
  return { rank: groups.map((g) => (g === null ? null : renumber.get(g)!)), size };
}

/** Burt's effective size for unweighted ties: degree minus twice the ties among the neighbours, per neighbour. */
export function effectiveSize(degree: number, triangles: number): number | null {
  return degree === 0 ? null : degree - (2 * triangles) / degree;
}

export function metricRows(
  nodes: readonly NodeValues[],
  ties: readonly (readonly [string, string])[],
  bridges: readonly (readonly [string, string])[],
  betweennessScale = 1,
): MetricRow[] {
  const ids = nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const at = (id: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`tie to unknown organisation ${id}`);
    return i;
  };
  const impact = cutImpact({
    ids,
    company: nodes.map((n) => n.kind === 'company'),
    research: nodes.map((n) => RESEARCH_KINDS.includes(n.kind)),
    edges: ties.map(([a, b]) => [at(a), at(b)] as const),
  });
  const bridgeTies = new Array<number>(nodes.length).fill(0);
  for (const [a, b] of bridges) {
    bridgeTies[at(a)]! += 1;
    bridgeTies[at(b)]! += 1;
  }
  const components = rankBySize(
    ids,
    nodes.map((n) => n.component),
  );
  // An organisation without ties is a community of one: not worth a number.
  const communities = rankBySize(
    ids,
    nodes.map((n) => (n.degree > 0 ? n.community : null)),
  );
  return nodes.map((n, i) => {
    const componentId = components.rank[i]!;
    return {
      id: n.id,
      degree: n.degree,
      betweenness: n.betweenness * betweennessScale,
      componentId,
      componentSize: components.size.get(componentId)!,
      communityId: communities.rank[i] ?? null,
      articulation: n.articulation === 1,
      bridgeTies: bridgeTies[i]!,
      effectiveSize: effectiveSize(n.degree, n.triangles),
      ...impact[i]!,
    };
  });
}
