import { describe, expect, it } from 'vitest';
import { toElements, type NodeData } from '../../client/src/elements.ts';
import { networkDownloadUrl, networkQuery, organizationsCsv } from '../../client/src/export.ts';
import { matchingNodes, organizationMatches, projectMatches } from '../../client/src/filter.ts';
import { emptyFilters, initialState } from '../../client/src/state.ts';

const { nodes } = toElements({
  nodes: [
    {
      key: 'a',
      attributes: {
        nodeType: 'organization',
        name: 'A GmbH',
        kind: 'company',
        employees: 12,
        district: 'cottbus',
        competences: ['leichtbau'],
        industries: ['fahrzeugbau'],
      },
    },
    {
      key: 'b',
      attributes: {
        nodeType: 'organization',
        name: '=B',
        kind: 'company',
        employees: 300,
        district: 'barnim',
        competences: ['zerspanung'],
        industries: [],
      },
    },
    {
      key: 'p',
      attributes: { nodeType: 'project', title: 'P', level: 'regional', startYear: 2018, endYear: 2020, actionField: 'innovation' },
    },
  ],
  edges: [],
});
const data = nodes.map((n) => n.data) as NodeData[];
const [a, b, p] = data as [NodeData, NodeData, NodeData];

describe('filters', () => {
  it('match organisations by competence, district and head count, like the server', () => {
    expect(organizationMatches(a, { ...emptyFilters, competences: ['leichtbau'] })).toBe(true);
    expect(organizationMatches(b, { ...emptyFilters, competences: ['leichtbau'] })).toBe(false);
    expect(organizationMatches(b, { ...emptyFilters, employees: [250, null] })).toBe(true);
    expect(organizationMatches(a, { ...emptyFilters, districts: ['barnim'] })).toBe(false);
  });

  it('keep a project when it is active in the year window and one participant matches', () => {
    expect(projectMatches(p, { ...emptyFilters, years: [2020, 2021] })).toBe(true);
    expect(projectMatches(p, { ...emptyFilters, years: [2021, null] })).toBe(false);
    const neighbours = (id: string) => (id === 'p' ? ['a', 'b'] : ['p']);
    expect(matchingNodes(data, neighbours, { ...emptyFilters, competences: ['zerspanung'] })).toEqual(new Set(['b', 'p']));
    expect(matchingNodes(data, () => [], { ...emptyFilters, competences: ['zerspanung'] })).toEqual(new Set(['b']));
  });
});

describe('exports', () => {
  it('write the visible organisations as CSV through the one writer: quoted, formulas defused, separator per language', () => {
    const lines = organizationsCsv('en', data)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      '"id","name","kind","category","employees","district","place","competences","industries","degree","synthetic","lat","lon"',
    );
    expect(lines[2]).toContain(`"'=B"`);
    expect(organizationsCsv('de', data).split('\r\n')[1]).toMatch(/^"a";"A GmbH";"company";"company";"12";"cottbus";/);
  });

  it('copy the view as a network query with the same filters', () => {
    const q = networkQuery({
      ...initialState,
      filters: { ...emptyFilters, hidden: ['leibniz', 'project'], competences: ['leichtbau'], years: [2015, null] },
    });
    expect(q).toContain('network(filter: {');
    expect(q).toContain('competences: ["leichtbau"]');
    expect(q).toContain('societies: [fraunhofer, max_planck, other]');
    expect(q).toContain('yearFrom: 2015');
    expect(q).toContain('includeProjects: false');
    expect(networkQuery(initialState)).toContain('  network {');
  });

  it('link the network downloads with the same filter as the query, the CSV in the language’s dialect', () => {
    const state = {
      ...initialState,
      filters: {
        ...emptyFilters,
        hidden: ['leibniz' as const, 'project' as const],
        districts: ['cottbus', 'spree-neisse'],
        employees: [10, null] as [number, null],
      },
    };
    const gexf = new URL(networkDownloadUrl(state, 'gexf'), 'http://x');
    expect(gexf.pathname).toBe('/export/network.gexf');
    expect(gexf.searchParams.get('societies')).toBe('fraunhofer,max_planck,other');
    expect(gexf.searchParams.get('districts')).toBe('cottbus,spree-neisse');
    expect(gexf.searchParams.get('minEmployees')).toBe('10');
    expect(gexf.searchParams.get('includeProjects')).toBe('false');
    expect(networkDownloadUrl({ ...state, lang: 'de' }, 'csv')).toMatch(/^\/export\/network\.csv\.zip\?.*&lang=de$/);
    expect(networkDownloadUrl({ ...state, lang: 'en' }, 'csv')).not.toContain('lang=');
    expect(networkDownloadUrl(initialState, 'graphml')).toBe('/export/network.graphml');
    expect(networkDownloadUrl(initialState, 'graphology')).toBe('/export/network.json');
  });
});
