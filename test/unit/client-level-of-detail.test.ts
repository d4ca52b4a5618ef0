import { describe, expect, it } from 'vitest';
import type { DistrictOverview, Overview } from '../../client/src/api.ts';
import { namedOrganizations, openDistricts, openUnits, wholeNetworkUpTo } from '../../client/src/graph/level-of-detail.ts';
import { overviewElements, overviewNodeId, townNodeId } from '../../client/src/graph/overview.ts';
import { emptyPartnerSearch, initialState, reduce, type State } from '../../client/src/state.ts';

const district = (id: string, organizations: number, companies: number, researchLinkedCompanies: number) => ({
  id,
  name: id[0]?.toUpperCase() + id.slice(1),
  organizations,
  companies,
  research: organizations - companies,
  synthetic: companies,
  projects: 0,
  researchLinkedCompanies,
  internalTies: 0,
  places: 3,
});

const overview: Overview = {
  computedAt: '2026-12-02T07:00:00.000Z',
  organizations: 40_000,
  districts: [district('cottbus', 10_000, 9_000, 900), district('potsdam', 30_000, 28_000, 14_000), district('prignitz', 0, 0, 0)],
  ties: [{ source: 'cottbus', target: 'potsdam', ties: 120, cooperations: 20 }],
};

const ids = (es: ReturnType<typeof overviewElements>) => es.map((e) => e.data.id);

describe('the overview by district', () => {
  it('is one node per district with organisations and one edge per pair of districts with ties', () => {
    const es = overviewElements(overview, new Set());
    expect(ids(es)).toEqual(['overview-cottbus', 'overview-potsdam', 'overview-cottbus|potsdam']);
    const [cottbus, potsdam, tie] = es;
    expect(cottbus?.data).toMatchObject({ district: 'cottbus', label: 'Cottbus (10.000)', companies: 9_000, share: 0.1 });
    expect(potsdam?.data.share).toBe(0.5);
    expect(tie?.data).toMatchObject({ source: overviewNodeId('cottbus'), target: overviewNodeId('potsdam'), ties: 120 });
  });

  it('sizes a district by its share of all organisations, the same at every size of graph', () => {
    const size = (o: Overview, id: string) => overviewElements(o, new Set()).find((e) => e.data.id === overviewNodeId(id))?.data.size;
    const scaled: Overview = {
      ...overview,
      organizations: overview.organizations / 40,
      districts: overview.districts.map((d) => ({ ...d, organizations: d.organizations / 40 })),
    };
    expect(size(scaled, 'cottbus')).toBeCloseTo(size(overview, 'cottbus') as number);
    expect(size(overview, 'potsdam') as number).toBeGreaterThan(size(overview, 'cottbus') as number);
  });

  it('leaves out an open district and its ties: its organisations stand in for it', () => {
    expect(ids(overviewElements(overview, new Set(['potsdam'])))).toEqual(['overview-cottbus']);
  });

  const cottbusTowns: DistrictOverview = {
    district: 'cottbus',
    places: [
      { id: 'cottbus', name: 'Cottbus', lat: 51.76, lon: 14.334, organizations: 6_000, companies: 5_000, researchLinkedCompanies: 2_500 },
      { id: 'sielow', name: 'Sielow', lat: 51.8, lon: 14.3, organizations: 4_000, companies: 4_000, researchLinkedCompanies: 400 },
      { id: 'empty', name: 'Leer', lat: 51.7, lon: 14.3, organizations: 0, companies: 0, researchLinkedCompanies: 0 },
    ],
    ties: [{ source: 'cottbus', target: 'sielow', ties: 30, cooperations: 4 }],
  };

  it('draws a district open by town as its towns with organisations, to the scale of the districts, and their ties', () => {
    const es = overviewElements(overview, new Set(['cottbus']), [{ towns: cottbusTowns, open: new Set() }]);
    expect(ids(es)).toEqual(['overview-potsdam', townNodeId('cottbus'), townNodeId('sielow'), `${townNodeId('cottbus')}|sielow`]);
    const [potsdam, cottbus, sielow] = es;
    expect(cottbus?.data).toMatchObject({ district: 'cottbus', place: 'cottbus', label: 'Cottbus (6.000)', share: 0.5 });
    expect(sielow?.data.share).toBe(0.1);
    // A town of 4,000 is drawn smaller than a district of 30,000 of the same overview.
    expect(sielow?.data.size).toBeLessThan(potsdam?.data.size);
  });

  it('leaves out an open town: its organisations stand in for it', () => {
    const es = overviewElements(overview, new Set(['cottbus']), [{ towns: cottbusTowns, open: new Set(['sielow']) }]);
    expect(ids(es)).toEqual(['overview-potsdam', townNodeId('cottbus')]);
  });
});

describe('what a large graph loads', () => {
  const at = (change: Partial<State>): State => ({ ...initialState, ...change });

  it('opens the districts filtered, none while the overview is the chosen layout', () => {
    const filters = { ...initialState.filters, districts: ['potsdam', 'cottbus', 'potsdam'] };
    expect(openDistricts(at({ filters }))).toEqual(['cottbus', 'potsdam']);
    expect(openDistricts(at({ filters, layout: 'districts' }))).toEqual([]);
  });

  it('opens one more district on a click beside an open one, and only that one from the overview', () => {
    const fromOverview = reduce(at({ layout: 'districts' }), { type: 'drillDown', district: 'cottbus' });
    expect(openDistricts(fromOverview)).toEqual(['cottbus']);
    expect(openDistricts(reduce(fromOverview, { type: 'drillDown', district: 'potsdam' }))).toEqual(['cottbus', 'potsdam']);
    const back = reduce(reduce(fromOverview, { type: 'setLayout', layout: 'districts' }), { type: 'drillDown', district: 'potsdam' });
    expect(openDistricts(back)).toEqual(['potsdam']);
  });

  it('opens a district too large to draw whole by town, unless it is one town; a small one whole', () => {
    const sizes = new Map([
      ['teltow-flaeming', { organizations: wholeNetworkUpTo + 1, places: 6 }],
      ['cottbus', { organizations: wholeNetworkUpTo + 1, places: 1 }],
      ['prignitz', { organizations: wholeNetworkUpTo, places: 3 }],
    ]);
    let s = reduce(at({ layout: 'districts' }), { type: 'drillDown', district: 'teltow-flaeming' });
    expect(openUnits(s, sizes)).toEqual({ districts: [], byTown: ['teltow-flaeming'], places: [] });
    s = reduce(s, { type: 'drillDown', district: 'teltow-flaeming', place: 'ludwigsfelde' });
    s = reduce(s, { type: 'drillDown', district: 'cottbus' });
    s = reduce(s, { type: 'drillDown', district: 'prignitz' });
    expect(openUnits(s, sizes)).toEqual({ districts: ['cottbus', 'prignitz'], byTown: ['teltow-flaeming'], places: ['ludwigsfelde'] });
    // Back to the overview, the next click starts afresh.
    const fresh = reduce(reduce(s, { type: 'setLayout', layout: 'districts' }), { type: 'drillDown', district: 'teltow-flaeming' });
    expect(openUnits(fresh, sizes)).toEqual({ districts: [], byTown: ['teltow-flaeming'], places: [] });
  });

  it('fetches every organisation the view names, once, within the server’s bound', () => {
    const s = at({
      selected: 'co-1',
      focus: { id: 'co-1', hops: 1 },
      path: { from: 'co-2', to: 'hs-btu' },
      partners: { ...emptyPartnerSearch, org: 'co-3', chosen: 'fhg-ipk' },
    });
    expect(namedOrganizations(s, ['pr-7', 'co-2'])).toEqual(['co-1', 'co-2', 'co-3', 'fhg-ipk', 'hs-btu', 'pr-7']);
    expect(namedOrganizations(initialState)).toEqual([]);
    const many = Array.from({ length: 1500 }, (_, i) => `co-${i}`);
    expect(namedOrganizations(initialState, many)).toHaveLength(1000);
  });
});
