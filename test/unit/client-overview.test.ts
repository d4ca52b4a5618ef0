import { describe, expect, it } from 'vitest';
import { toElements } from '../../client/src/elements.ts';
import { summarise } from '../../client/src/graph/overview.ts';

const org = (key: string, kind: string, district: string) => ({ key, attributes: { nodeType: 'organization', name: key, kind, district } });
const nodes = toElements({
  nodes: [
    org('a', 'company', 'prignitz'),
    org('b', 'company', 'prignitz'),
    org('c', 'company', 'cottbus'),
    org('u', 'university', 'cottbus'),
  ],
  edges: [],
}).nodes.map((n) => n.data);

describe('the district overview', () => {
  it('counts organisations, ties within and between districts, and companies with a research tie', () => {
    const { districts, links } = summarise(
      nodes,
      [
        ['a', 'b'],
        ['a', 'c'],
        ['c', 'u'],
      ],
      new Map([
        ['prignitz', 'Prignitz'],
        ['cottbus', 'Cottbus'],
      ]),
    );
    expect(districts).toEqual([
      { id: 'cottbus', name: 'Cottbus', organizations: 2, companies: 1, researchLinked: 1, internalTies: 1 },
      { id: 'prignitz', name: 'Prignitz', organizations: 2, companies: 2, researchLinked: 0, internalTies: 1 },
    ]);
    expect(links).toEqual([{ source: 'cottbus', target: 'prignitz', ties: 1 }]);
  });
});
