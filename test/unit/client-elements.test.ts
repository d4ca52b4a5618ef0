import { describe, expect, it } from 'vitest';
import { categoryOf, toElements } from '../../client/src/elements.ts';
import type { WireGraph } from '../../client/src/wire.ts';

const graph: WireGraph = {
  nodes: [
    {
      key: 'fhg-ipk',
      attributes: {
        nodeType: 'organization',
        name: 'Fraunhofer-Institut für Produktionsanlagen und Konstruktionstechnik',
        shortName: 'Fraunhofer IPK',
        kind: 'research_institute',
        society: 'fraunhofer',
        synthetic: false,
        x: 10,
        y: -5,
        lat: 52.5,
        lon: 13.3,
        district: 'berlin',
        place: 'berlin',
        competences: ['fuegetechnik'],
        industries: [],
        degree: 4,
      },
    },
    {
      key: 'co-1',
      attributes: {
        nodeType: 'organization',
        name: 'Lausitzer Testguss GmbH',
        shortName: null,
        kind: 'company',
        employees: 100,
        synthetic: true,
        x: 1,
        y: 2,
        degree: 1,
      },
    },
    {
      key: 'pr-1',
      attributes: {
        nodeType: 'project',
        kind: 'project',
        title: 'Leichtbau-Testprojekt',
        level: 'regional',
        startYear: 2020,
        endYear: 2022,
        x: 3,
        y: 4,
        degree: 2,
      },
    },
  ],
  edges: [
    { key: 'co-1>pr-1', source: 'co-1', target: 'pr-1', attributes: { kind: 'participation', role: 'lead' } },
    { key: 'co-1~fhg-ipk', source: 'co-1', target: 'fhg-ipk', attributes: { kind: 'cooperation', since: 2019 } },
  ],
};

describe('converting the wire format to Cytoscape elements', () => {
  it('keeps ids, stored positions and the attributes the views filter on', () => {
    const { nodes } = toElements(graph);
    expect(nodes[0]).toMatchObject({
      group: 'nodes',
      position: { x: 10, y: -5 },
      data: {
        id: 'fhg-ipk',
        label: 'Fraunhofer IPK',
        category: 'fraunhofer',
        district: 'berlin',
        competences: ['fuegetechnik'],
        synthetic: false,
      },
    });
  });

  it('labels by short name, falling back to the name or a project title', () => {
    const { nodes } = toElements(graph);
    expect(nodes.map((n) => n.data.label)).toEqual(['Fraunhofer IPK', 'Lausitzer Testguss GmbH', 'Leichtbau-Testprojekt']);
  });

  it('turns projects into small nodes with their years', () => {
    const project = toElements(graph).nodes[2]!;
    expect(project.data).toMatchObject({ nodeType: 'project', category: 'project', startYear: 2020, endYear: 2022, sizeEmployees: 7 });
  });

  it('sizes companies by head count and anyone by degree, both derived from data', () => {
    const [ipk, company] = toElements(graph).nodes;
    expect(company!.data.sizeEmployees).toBe(20);
    expect(ipk!.data.sizeEmployees).toBe(24);
    expect(ipk!.data.sizeDegree).toBe(13);
  });

  it('uses the wire edge keys as element ids and keeps the edge kind', () => {
    const { edges } = toElements(graph);
    expect(edges.map((e) => [e.data.id, e.data.kind, e.data.role, e.data.since])).toEqual([
      ['co-1>pr-1', 'participation', 'lead', null],
      ['co-1~fhg-ipk', 'cooperation', null, 2019],
    ]);
  });

  it('puts every research institute, Hochschule and other actor in a legend category', () => {
    expect(categoryOf('research_institute', 'max_planck')).toBe('max_planck');
    expect(categoryOf('research_institute', 'other')).toBe('other_institute');
    expect(categoryOf('chamber', null)).toBe('actor');
    expect(categoryOf('ministry', null)).toBe('actor');
  });
});
