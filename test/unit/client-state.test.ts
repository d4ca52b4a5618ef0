import { describe, expect, it } from 'vitest';
import { createStore, initialState, reduce } from '../../client/src/state.ts';

describe('the view store', () => {
  it('hides and shows a legend category with one toggle', () => {
    const hidden = reduce(initialState, { type: 'toggleCategory', category: 'company' });
    expect(hidden.filters.hidden).toEqual(['company']);
    expect(reduce(hidden, { type: 'toggleCategory', category: 'company' }).filters.hidden).toEqual([]);
  });

  it('adds a filter value once and resets all filters at once', () => {
    let s = reduce(initialState, { type: 'addToList', filter: 'competences', value: 'leichtbau' });
    s = reduce(s, { type: 'addToList', filter: 'competences', value: 'leichtbau' });
    s = reduce(s, { type: 'setRange', filter: 'years', range: [2015, 2020] });
    expect(s.filters.competences).toEqual(['leichtbau']);
    expect(reduce(s, { type: 'resetFilters' }).filters).toEqual(initialState.filters);
  });

  it('focuses a node and selects it', () => {
    const s = reduce(initialState, { type: 'focus', id: 'fhg-ipk', hops: 2 });
    expect(s.focus).toEqual({ id: 'fhg-ipk', hops: 2 });
    expect(s.selected).toBe('fhg-ipk');
    expect(reduce(s, { type: 'clearFocus' }).focus).toBeNull();
  });

  it('picks the two ends of a path one after the other', () => {
    const first = reduce(initialState, { type: 'pickPathEnd', id: 'a' });
    expect(first.pathFrom).toBe('a');
    expect(first.path).toBeNull();
    const second = reduce(first, { type: 'pickPathEnd', id: 'b' });
    expect(second.path).toEqual({ from: 'a', to: 'b' });
    expect(second.pathFrom).toBeNull();
    expect(reduce(second, { type: 'clearPath' }).path).toBeNull();
  });

  it('expands and collapses a node', () => {
    const s = reduce(initialState, { type: 'toggleExpanded', id: 'x' });
    expect(s.expanded).toEqual(['x']);
    expect(reduce(s, { type: 'toggleExpanded', id: 'x' }).expanded).toEqual([]);
  });

  it('opens the gap lens in place of the partner search, and starts a new lens afresh', () => {
    let s = reduce(initialState, { type: 'openPartners', org: 'co-0042' });
    s = reduce(s, { type: 'openGaps', lens: 'brokers' });
    expect(s.partners).toBeNull();
    expect(s.gaps).toEqual({ lens: 'brokers', target: null, sort: null, row: null });
    s = reduce(s, { type: 'setGaps', change: { target: 'co-0001', sort: 'splitOff:desc', row: 'co-0001' } });
    s = reduce(s, { type: 'setGaps', change: { target: 'co-0002' } });
    expect(s.gaps).toEqual({ lens: 'brokers', target: 'co-0002', sort: 'splitOff:desc', row: null });
    s = reduce(s, { type: 'setGaps', change: { lens: 'reach' } });
    expect(s.gaps).toEqual({ lens: 'reach', target: null, sort: null, row: null });
    expect(reduce(s, { type: 'openPartners', org: null }).gaps).toBeNull();
    expect(reduce(s, { type: 'openGaps', lens: 'communities', target: '4' }).gaps).toEqual({
      lens: 'communities',
      target: '4',
      sort: null,
      row: '4',
    });
  });

  it('notifies listeners with the new and previous state, and stops after unsubscribe', () => {
    const store = createStore(initialState);
    const seen: [string, string][] = [];
    const off = store.subscribe((s, prev) => seen.push([s.layout, prev.layout]));
    store.dispatch({ type: 'setLayout', layout: 'geo' });
    off();
    store.dispatch({ type: 'setLayout', layout: 'concentric' });
    expect(seen).toEqual([['geo', 'force']]);
    expect(store.get().layout).toBe('concentric');
  });
});

describe('the answers in the store', () => {
  const ask = (slot: 'partners' | 'gapReport', key: string) => ({ type: 'ask', slot, key }) as const;

  it('files an answer under the question asked, and drops a late answer to an older question', () => {
    let s = reduce(initialState, ask('gapReport', 'isolated'));
    expect(s.fetched.gapReport).toEqual({ status: 'loading', key: 'isolated' });
    s = reduce(s, ask('gapReport', 'reach'));
    const late = reduce(s, { type: 'answered', slot: 'gapReport', key: 'isolated', value: {} });
    expect(late).toBe(s);
    s = reduce(s, { type: 'answered', slot: 'gapReport', key: 'reach', value: {} });
    expect(s.fetched.gapReport).toEqual({ status: 'done', key: 'reach', value: {} });
    expect(reduce(s, ask('gapReport', 'reach'))).toBe(s);
  });

  it('keeps the error of a failed question, forgets an answer, and keeps answers across back and forward', () => {
    let s = reduce(initialState, ask('partners', 'q'));
    s = reduce(s, { type: 'failed', slot: 'partners', key: 'q', error: 'Unknown organisation "x".' });
    expect(s.fetched.partners).toEqual({ status: 'failed', key: 'q', error: 'Unknown organisation "x".' });
    expect(reduce(s, { type: 'replace', state: initialState }).fetched).toBe(s.fetched);
    expect(reduce(s, { type: 'forget', slot: 'partners' }).fetched.partners).toBeNull();
  });

  it('lets every listener see a state before an action a listener dispatched, one refresh per action', () => {
    const store = createStore(initialState);
    const seen: string[] = [];
    store.subscribe((s) => {
      seen.push(`a:${s.layout}`);
      if (s.layout === 'geo') store.dispatch({ type: 'setLayout', layout: 'concentric' });
    });
    store.subscribe((s) => seen.push(`b:${s.layout}`));
    store.dispatch({ type: 'setLayout', layout: 'geo' });
    expect(seen).toEqual(['a:geo', 'b:geo', 'a:concentric', 'b:concentric']);
    expect(store.get().layout).toBe('concentric');
  });
});
