import { describe, expect, it } from 'vitest';
import { effectiveSize, metricRows, rankBySize, type NodeValues } from '../../server/analysis/metric-rows.ts';

const node = (
  id: string,
  kind: string,
  degree: number,
  component: number,
  community: number,
  extra: Partial<NodeValues> = {},
): NodeValues => ({ id, kind, degree, betweenness: 0, component, community, articulation: 0, triangles: 0, ...extra });

describe('rankBySize', () => {
  it('numbers groups from 1 by size, ties broken by their smallest member id', () => {
    const { rank, size } = rankBySize(['a', 'b', 'c', 'd', 'e'], [7, 3, 7, 9, null]);
    expect(rank).toEqual([1, 2, 1, 3, null]); // {a, c} first; {b} before {d} by id
    expect([...size.entries()]).toEqual([
      [1, 2],
      [2, 1],
      [3, 1],
    ]);
  });
});

describe('effectiveSize', () => {
  it('is degree minus twice the ties among partners per partner, and undefined without ties', () => {
    expect(effectiveSize(4, 1)).toBe(3.5);
    expect(effectiveSize(3, 3)).toBe(1); // a clique of four: no non-redundant partner beyond one
    expect(effectiveSize(0, 0)).toBeNull();
  });
});

describe('metricRows', () => {
  it('renumbers components and communities, scales sampled betweenness, counts bridge ties and leaves loners out of communities', () => {
    const rows = metricRows(
      [
        node('a', 'company', 1, 40, 5, { betweenness: 0 }),
        node('b', 'university', 2, 40, 5, { betweenness: 1.5, articulation: 1 }),
        node('c', 'company', 1, 40, 5),
        node('d', 'company', 0, 41, 6),
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      2,
    );
    expect(rows.map((r) => [r.id, r.componentId, r.componentSize, r.communityId, r.betweenness, r.bridgeTies, r.articulation])).toEqual([
      ['a', 1, 3, 1, 0, 1, false],
      ['b', 1, 3, 1, 3, 2, true],
      ['c', 1, 3, 1, 0, 1, false],
      ['d', 2, 1, null, 0, 0, false],
    ]);
    expect(rows[1]).toMatchObject({ splitOff: 1, researchCutOff: 2, effectiveSize: 2 });
  });

  it('refuses a tie to an organisation it was not given', () => {
    expect(() => metricRows([node('a', 'company', 1, 1, 1)], [['a', 'z']], [])).toThrow(/unknown organisation z/);
  });
});
