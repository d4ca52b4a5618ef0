import { describe, expect, it } from 'vitest';
import { initialState, type State } from '../../client/src/state.ts';
import { decodeState, encodeState, historyMode } from '../../client/src/url-state.ts';

const full: State = {
  lang: 'en',
  selected: 'fhg-ipk',
  focus: { id: 'fhg-ipk', hops: 2 },
  filters: {
    hidden: ['company', 'project'],
    industries: ['fahrzeugbau'],
    competences: ['leichtbau', 'fuegetechnik'],
    districts: ['cottbus'],
    places: ['cottbus'],
    levels: ['regional'],
    actionFields: ['innovation'],
    employees: [10, null],
    years: [2015, 2020],
  },
  mode: 'hide',
  layout: 'geo',
  sizeBy: 'degree',
  expanded: ['co-0001'],
  path: { from: 'fhg-ipk', to: 'co-0002' },
  pathFrom: null,
  revealed: true,
  partners: {
    org: 'co-0042',
    competences: ['leichtbau', 'fuegetechnik'],
    near: 'cottbus',
    radiusKm: 100,
    kinds: ['university', 'research_institute'],
    chosen: 'fhg-ipk',
  },
  gaps: { lens: 'whitespots', target: 'giessereitechnik', sort: 'companies:desc', row: 'giessereitechnik' },
  fetched: initialState.fetched,
  session: initialState.session,
  editing: null,
  revision: 0,
};

describe('the view state in the URL', () => {
  it('round-trips every part of the view', () => {
    expect(decodeState(encodeState(full))).toEqual(full);
  });

  it('keeps an open partner panel with no question yet', () => {
    const open = {
      ...initialState,
      partners: {
        org: null,
        competences: [],
        near: null,
        radiusKm: null,
        kinds: ['university', 'research_institute', 'company'] as const,
        chosen: null,
      },
    };
    expect(encodeState(open)).toBe('?tp=1');
    expect(decodeState('?tp=1')).toEqual(open);
  });

  it('restores the gap lens with its target, sort and row, and ignores a lens it does not know', () => {
    expect(decodeState('?gap=brokers&gapt=co-0001&gaps=splitOff:desc').gaps).toEqual({
      lens: 'brokers',
      target: 'co-0001',
      sort: 'splitOff:desc',
      row: null,
    });
    expect(decodeState('?gap=nonsense&gapt=x').gaps).toBeNull();
    expect(decodeState('?gap=reach&gaps=drop%20table:asc').gaps?.sort).toBeNull();
  });

  it('writes nothing for the default view', () => {
    expect(encodeState(initialState)).toBe('');
    expect(decodeState('')).toEqual(initialState);
  });

  it('ignores values it does not know instead of failing', () => {
    const s = decodeState('?layout=spiral&hide=company,ufo&sel=<script>&focus=x:9&emp=abc');
    expect(s.layout).toBe('force');
    expect(s.filters.hidden).toEqual(['company']);
    expect(s.selected).toBeNull();
    expect(s.focus).toBeNull();
    expect(s.filters.employees).toEqual([null, null]);
  });

  it('makes a history entry for a view change but not for a language switch', () => {
    expect(historyMode(initialState, { ...initialState, layout: 'geo' })).toBe('push');
    expect(historyMode(initialState, { ...initialState, lang: 'en' })).toBe('replace');
  });
});
