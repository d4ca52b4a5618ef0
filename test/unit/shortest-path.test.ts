import { describe, expect, it } from 'vitest';
import { toPath } from '../../server/graphql/paths/shortest-path.ts';

const org = (id: string) => ({ id, name: id, kind: 'company', nodeType: 'organization' as const, year: null });
const project = (id: string, year: number) => ({ id, name: id, kind: 'project', nodeType: 'project' as const, year });

describe('toPath', () => {
  it('keys edges in their stored direction while steps follow the path', () => {
    const path = toPath(
      [org('a'), project('p', 2021), org('b'), org('c'), org('h')],
      [
        { type: 'PARTICIPATES_IN', source: 'a', target: 'p', role: 'lead', since: null },
        { type: 'PARTICIPATES_IN', source: 'b', target: 'p', role: 'partner', since: null },
        { type: 'COOPERATES_WITH', source: 'c', target: 'b', role: null, since: 2019 },
        { type: 'MEMBER_OF', source: 'c', target: 'h', role: null, since: 2001 },
      ],
    );
    expect(path.length).toBe(4);
    expect(path.nodeIds).toEqual(['a', 'p', 'b', 'c', 'h']);
    expect(path.edgeKeys).toEqual(['a>p', 'b>p', 'c~b', 'c^h']);
    expect(path.steps.map((s) => [s.from.id, s.to.id, s.relation, s.year, s.since])).toEqual([
      ['a', 'p', 'participation', 2021, null],
      ['p', 'b', 'participation', 2021, null],
      ['b', 'c', 'cooperation', null, 2019],
      ['c', 'h', 'membership', null, 2001],
    ]);
  });

  it('refuses a path whose nodes do not match its relationships', () => {
    expect(() => toPath([org('a')], [{ type: 'COOPERATES_WITH', source: 'a', target: 'b', role: null, since: null }])).toThrow(
      /1 nodes for 1 relationships/,
    );
  });
});
