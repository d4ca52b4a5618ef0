import { describe, expect, it } from 'vitest';
import { cutImpact, type TieGraph } from '../../server/analysis/cut-impact.ts';
import { gapsDataset, tiePairs } from '../fixtures/gaps.ts';

function graph(nodes: Record<string, 'company' | 'research' | 'other'>, ties: readonly (readonly [string, string])[]): TieGraph {
  const ids = Object.keys(nodes).sort();
  const at = new Map(ids.map((id, i) => [id, i]));
  return {
    ids,
    company: ids.map((id) => nodes[id] === 'company'),
    research: ids.map((id) => nodes[id] === 'research'),
    edges: ties.map(([a, b]) => [at.get(a)!, at.get(b)!] as const),
  };
}

function byId(g: TieGraph, maxIds?: number) {
  const impact = cutImpact(g, maxIds);
  return Object.fromEntries(g.ids.map((id, i) => [id, impact[i]!]));
}

describe('cutImpact', () => {
  it('finds what hangs on each articulation point of the hand-made cluster', () => {
    const d = gapsDataset();
    const kinds = Object.fromEntries(
      d.organizations.map(
        (o) =>
          [o.id, o.kind === 'company' ? 'company' : ['university', 'research_institute'].includes(o.kind) ? 'research' : 'other'] as const,
      ),
    );
    const impact = byId(graph(kinds, tiePairs(d)));
    expect(impact['un-b']).toEqual({ splitOff: 4, splitOffIds: ['co-03', 'co-04', 'ri-a', 'ri-lonely'], researchCutOff: 4 });
    expect(impact['co-01']).toEqual({ splitOff: 3, splitOffIds: ['co-05', 'co-06', 'co-11'], researchCutOff: 3 });
    expect(impact['ri-a']).toEqual({ splitOff: 2, splitOffIds: ['co-03', 'co-04'], researchCutOff: 2 });
    expect(impact['co-08']?.splitOff).toBe(1);
    expect(impact['co-08']?.researchCutOff).toBe(0); // its component never reached research
    const splitting = Object.entries(impact)
      .filter(([, v]) => v.splitOff > 0)
      .map(([id]) => id)
      .sort();
    expect(splitting).toEqual(['co-01', 'co-08', 'ri-a', 'un-b']);
    expect(impact['co-02']).toEqual({ splitOff: 0, splitOffIds: [], researchCutOff: 0 });
  });

  it('counts firms cut off from research by a hub that splits nothing', () => {
    // r ─ a ─ b ─ r: the research organisation sits in a cycle, so its loss splits nothing.
    const impact = byId(
      graph({ r: 'research', a: 'company', b: 'company' }, [
        ['r', 'a'],
        ['a', 'b'],
        ['b', 'r'],
      ]),
    );
    expect(impact.r).toEqual({ splitOff: 0, splitOffIds: [], researchCutOff: 2 });
    expect(impact.a).toEqual({ splitOff: 0, splitOffIds: [], researchCutOff: 0 });
  });

  it('keeps the largest part and reports the others, whichever side of the search they are on', () => {
    // a ─ b ─ c ─ d ─ e ─ f: without c, {d, e, f} stays and {a, b} is split off; without d, {a, b, c} stays.
    const ties = [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
    ] as const;
    const impact = byId(graph({ a: 'company', b: 'company', c: 'company', d: 'company', e: 'company', f: 'company' }, ties));
    expect(impact.c?.splitOffIds).toEqual(['a', 'b']);
    expect(impact.d?.splitOffIds).toEqual(['e', 'f']);
    expect(impact.a?.splitOff).toBe(0);
  });

  it('walks a path of 200,000 organisations without running out of stack, and caps the ids it lists', () => {
    const n = 200_000;
    const ids = Array.from({ length: n }, (_, i) => `o${String(i).padStart(6, '0')}`);
    const g: TieGraph = {
      ids,
      company: ids.map(() => true),
      research: ids.map(() => false),
      edges: ids.slice(1).map((_, i) => [i, i + 1] as const),
    };
    const impact = cutImpact(g, 10);
    expect(impact[1000]?.splitOff).toBe(1000);
    expect(impact[1000]?.splitOffIds).toHaveLength(10);
    expect(impact[n - 1]?.splitOff).toBe(0);
  });
});
