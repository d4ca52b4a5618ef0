import { describe, expect, it } from 'vitest';
import { isNew, middleOrganizations, spawn } from '../../server/graphql/paths/diverse-paths.ts';
import { toPath } from '../../server/graphql/paths/shortest-path.ts';

// A path from ids: p… are projects, everything else organisations; ties are cooperations
// between organisations and participations next to a project.
function path(...ids: string[]) {
  const isProject = (id: string) => id.startsWith('p');
  const nodes = ids.map((id) => ({
    id,
    name: id,
    kind: isProject(id) ? 'project' : 'company',
    nodeType: isProject(id) ? ('project' as const) : ('organization' as const),
    year: null,
  }));
  const relationships = ids.slice(1).map((to, i) => {
    const from = ids[i] as string;
    if (isProject(to)) return { type: 'PARTICIPATES_IN' as const, source: from, target: to, role: 'partner' as const, since: null };
    if (isProject(from)) return { type: 'PARTICIPATES_IN' as const, source: to, target: from, role: 'partner' as const, since: null };
    return { type: 'COOPERATES_WITH' as const, source: from, target: to, role: null, since: 2020 };
  });
  return toPath(nodes, relationships);
}

describe('diverse paths', () => {
  it('finds the organisations strictly between the ends', () => {
    expect(middleOrganizations(path('a', 'p1', 'b', 'c', 'p2', 'z'))).toEqual(['b', 'c']);
    expect(middleOrganizations(path('a', 'p1', 'z'))).toEqual([]);
  });

  it('keeps a path that brings someone new in between, drops one through only known organisations', () => {
    const kept = [path('a', 'b', 'c', 'z')];
    expect(isNew(path('a', 'p1', 'b', 'p2', 'z'), kept)).toBe(false);
    expect(isNew(path('a', 'b', 'd', 'z'), kept)).toBe(true);
  });

  it('tells direct connections apart by their project or cooperation', () => {
    const kept = [path('a', 'p1', 'z')];
    expect(isNew(path('a', 'p1', 'z'), kept)).toBe(false);
    expect(isNew(path('a', 'p2', 'z'), kept)).toBe(true);
    expect(isNew(path('a', 'z'), kept)).toBe(true);
  });

  it('spawns one search per organisation in between, each avoiding what its parent avoided too', () => {
    const exclusion = { nodes: ['q'], direct: false };
    expect(spawn({ path: path('a', 'b', 'p1', 'c', 'z'), exclusion })).toEqual([
      { nodes: ['q', 'b'], direct: false },
      { nodes: ['q', 'c'], direct: false },
    ]);
    expect(spawn({ path: path('a', 'p1', 'z'), exclusion })).toEqual([{ nodes: ['q', 'p1'], direct: false }]);
    expect(spawn({ path: path('a', 'z'), exclusion })).toEqual([{ nodes: ['q'], direct: true }]);
  });
});
