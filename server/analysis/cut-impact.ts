// What the loss of each organisation would cost the tie graph: how many organisations it would
// separate from the rest of their component, and how many companies would lose their last path to
// a research organisation. GDS 2.13 names the articulation points but not what hangs on them, so
// this is one linear pass (Tarjan's depth-first search, iterative so 100k nodes cannot overflow the
// stack) over the same projected ties.

export interface TieGraph {
  ids: readonly string[];
  company: readonly boolean[];
  research: readonly boolean[];
  /** Undirected ties as index pairs into ids, each once. */
  edges: readonly (readonly [number, number])[];
}

export interface CutImpact {
  /** Organisations separated from the largest remaining part of the component if this one goes. */
  splitOff: number;
  /** Up to maxIds of them, sorted. */
  splitOffIds: string[];
  /** Companies that reach a research organisation now and would not without this one. */
  researchCutOff: number;
}

interface Part {
  start: number; // position in preorder, or -1 for the part that holds the parent side
  size: number;
  companies: number;
  research: number;
}

function adjacency(n: number, edges: TieGraph['edges']): { offsets: Int32Array; targets: Int32Array } {
  const offsets = new Int32Array(n + 1);
  for (const [a, b] of edges) {
    offsets[a + 1]! += 1;
    offsets[b + 1]! += 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  for (const [a, b] of edges) {
    targets[fill[a]!++] = b;
    targets[fill[b]!++] = a;
  }
  return { offsets, targets };
}

export function cutImpact(graph: TieGraph, maxIds = 100): CutImpact[] {
  const n = graph.ids.length;
  const { offsets, targets } = adjacency(n, graph.edges);
  const pre = new Int32Array(n).fill(-1); // preorder position = discovery time
  const low = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  const companies = new Int32Array(n);
  const research = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n); // next adjacency index to look at
  const order: number[] = []; // nodes in preorder
  const parts: Part[][] = Array.from({ length: n }, () => []);
  const result: CutImpact[] = new Array(n);

  for (let root = 0; root < n; root++) {
    if (pre[root] !== -1) continue;
    const start = order.length;
    const stack = [root];
    pre[root] = low[root] = order.length;
    order.push(root);
    next[root] = offsets[root]!;
    while (stack.length > 0) {
      const v = stack[stack.length - 1]!;
      if (next[v]! < offsets[v + 1]!) {
        const w = targets[next[v]!++]!;
        if (pre[w] === -1) {
          parent[w] = v;
          pre[w] = low[w] = order.length;
          order.push(w);
          next[w] = offsets[w]!;
          stack.push(w);
        } else if (w !== parent[v]) low[v] = Math.min(low[v]!, pre[w]!);
        continue;
      }
      stack.pop();
      companies[v]! += graph.company[v] ? 1 : 0;
      research[v]! += graph.research[v] ? 1 : 0;
      const p = parent[v]!;
      if (p === -1) continue;
      low[p] = Math.min(low[p]!, low[v]!);
      size[p]! += size[v]!;
      companies[p]! += companies[v]!;
      research[p]! += research[v]!;
      // Without p, v's subtree has no tie to anything above p: it is a part of its own.
      if (low[v]! >= pre[p]!) parts[p]!.push({ start: pre[v]!, size: size[v]!, companies: companies[v]!, research: research[v]! });
    }
    const members = order.length - start;
    for (let k = start; k < order.length; k++) {
      const v = order[k]!;
      result[v] = impactOf(v, members, companies[root]!, research[root]!, start, graph, parts[v]!, order, pre, maxIds);
    }
  }
  return result;
}

function impactOf(
  v: number,
  members: number,
  compCompanies: number,
  compResearch: number,
  start: number,
  graph: TieGraph,
  own: Part[],
  order: number[],
  pre: Int32Array,
  maxIds: number,
): CutImpact {
  const rest: Part = {
    start: -1,
    size: members - 1 - own.reduce((s, p) => s + p.size, 0),
    companies: compCompanies - (graph.company[v] ? 1 : 0) - own.reduce((s, p) => s + p.companies, 0),
    research: compResearch - (graph.research[v] ? 1 : 0) - own.reduce((s, p) => s + p.research, 0),
  };
  const all = rest.size > 0 ? [rest, ...own] : own;
  if (all.length === 0) return { splitOff: 0, splitOffIds: [], researchCutOff: 0 };
  // The part that stays is the largest; on a tie the one towards the DFS root, for a stable answer.
  const kept = all.reduce((best, p) => (p.size > best.size ? p : best));
  const splitOff = members - 1 - kept.size;
  const researchCutOff = compResearch > 0 ? all.reduce((s, p) => s + (p.research === 0 ? p.companies : 0), 0) : 0;
  const ids: string[] = [];
  for (const p of all) {
    if (p === kept || ids.length >= maxIds) continue;
    if (p.start >= 0) {
      for (let k = p.start; k < p.start + p.size && ids.length < maxIds; k++) ids.push(graph.ids[order[k]!]!);
    } else collectRest(v, start, members, own, order, pre, graph, ids, maxIds);
  }
  return { splitOff, splitOffIds: ids.sort(), researchCutOff };
}

/** The parent-side part: the component in preorder without v and v's separated subtrees. */
function collectRest(
  v: number,
  start: number,
  members: number,
  own: Part[],
  order: number[],
  pre: Int32Array,
  graph: TieGraph,
  ids: string[],
  maxIds: number,
): void {
  const skip = new Map(own.map((p) => [p.start, p.size]));
  for (let k = start; k < start + members && ids.length < maxIds; ) {
    if (k === pre[v]) k += 1;
    else if (skip.has(k)) k += skip.get(k)!;
    else ids.push(graph.ids[order[k++]!]!);
  }
}
