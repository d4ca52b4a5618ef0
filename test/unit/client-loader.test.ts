// What the client asks the API for, derived from the store, and the mounts' cleanup: a loader or
// the graph's gestures leave no subscriber and no listener behind. No DOM needed.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../client/src/gaps/api.ts';
import { gapTarget, lensView } from '../../client/src/gaps/lens-view.ts';
import { bindGraphEvents } from '../../client/src/graph/view.ts';
import { mountLoader, questions, type Fetchers } from '../../client/src/loader.ts';
import { createStore, initialState, reduce, type State, type Store } from '../../client/src/state.ts';

const spots: ReportData = {
  whitespots: [
    {
      competence: { id: 'leichtbau', nameDe: 'Leichtbau', nameEn: 'Lightweight', core: true },
      companies: 9,
      research: 2,
      ties: 3,
      researchProjects: 1,
      linkedCompanies: 2,
      whiteSpot: false,
      demandWithoutResearchLink: false,
      supplyWithoutUptake: false,
    },
    {
      competence: { id: 'guss', nameDe: 'Guss', nameEn: 'Casting', core: false },
      companies: 5,
      research: 0,
      ties: 0,
      researchProjects: 0,
      linkedCompanies: 0,
      whiteSpot: true,
      demandWithoutResearchLink: true,
      supplyWithoutUptake: false,
    },
  ],
};

/** Fetchers that record each call and answer when the test says so. */
function fakeFetchers() {
  const calls: string[] = [];
  const pending: (() => void)[] = [];
  const later = <T>(name: string, value: T) => {
    calls.push(name);
    return new Promise<T>((resolve) => pending.push(() => resolve(value)));
  };
  const fetchers: Fetchers = {
    partners: (p) => later(`partners:${p.org}`, { organization: null, needs: [], coldStart: null, candidates: 0, partners: [] }),
    path: (from, to) => later(`path:${from}-${to}`, null),
    gapReport: (lens) => later(`report:${lens}`, lens === 'whitespots' ? spots : {}),
    gapLens: (lens, target) => later(`lens:${lens}:${target}`, [{ key: 'unlinked', count: 1, ids: ['co-1'] }]),
    gapIntroductions: (gap, target) => later(`intros:${gap}:${target}`, []),
    metricsStatus: () => later('status', { gdsAvailable: true, hint: null, computedAt: null, stale: 0 }),
  };
  const answerAll = async () => {
    while (pending.length) pending.splice(0).forEach((f) => f());
    await new Promise((r) => setTimeout(r, 0));
  };
  return { calls, fetchers, answerAll };
}

/** A store that counts its subscribers. */
function countingStore(initial: State): Store & { subscribers(): number } {
  const store = createStore(initial);
  let n = 0;
  return {
    ...store,
    subscribe(l) {
      n++;
      const off = store.subscribe(l);
      return () => {
        n--;
        off();
      };
    },
    subscribers: () => n,
  };
}

describe('the questions the state asks', () => {
  it('asks nothing for the plain view, a path for two picked ends and partners only once there is a question', () => {
    expect(Object.values(questions(initialState)).every((q) => q === null)).toBe(true);
    const s = reduce(reduce(initialState, { type: 'pickPathEnd', id: 'a' }), { type: 'pickPathEnd', id: 'b' });
    expect(questions(s).path?.key).toBe('a|b');
    const open = reduce(initialState, { type: 'openPartners', org: null });
    expect(questions(open).partners).toBeNull();
    const asked = reduce(open, { type: 'setPartners', change: { competences: ['leichtbau'] } });
    const key = questions(asked).partners?.key;
    expect(key).toBeTruthy();
    expect(questions(reduce(asked, { type: 'setPartners', change: { chosen: 'fhg-ipk' } })).partners?.key).toBe(key);
  });

  it('waits for the white-spot report before it asks for the lens on its first white spot', () => {
    let s = reduce(initialState, { type: 'openGaps', lens: 'whitespots' });
    expect(questions(s).gapReport?.key).toBe('whitespots');
    expect(questions(s).gapLens).toBeNull();
    s = reduce(reduce(s, { type: 'ask', slot: 'gapReport', key: 'whitespots' }), {
      type: 'answered',
      slot: 'gapReport',
      key: 'whitespots',
      value: spots,
    });
    expect(gapTarget(s)).toBe('guss');
    expect(questions(s).gapLens?.key).toBe('WHITE_SPOT|guss');
    expect(questions(s).gapIntroductions?.key).toBe('WHITE_SPOT|guss');
  });
});

describe('the loader', () => {
  it('asks each question once, files the answers, and the lens view follows from the store', async () => {
    const store = createStore(reduce(initialState, { type: 'openGaps', lens: 'whitespots' }));
    const { calls, fetchers, answerAll } = fakeFetchers();
    const loader = mountLoader(store, { fetchers, onError: () => {}, message: String });
    expect([...calls].sort()).toEqual(['report:whitespots', 'status']);
    await answerAll();
    expect([...calls].sort()).toEqual(['intros:WHITE_SPOT:guss', 'lens:WHITE_SPOT:guss', 'report:whitespots', 'status']);
    await answerAll();
    expect(store.get().fetched.gapLens).toMatchObject({ status: 'done', key: 'WHITE_SPOT|guss' });
    expect(lensView(store.get())?.classes).toEqual(new Map([['co-1', 'unlinked']]));
    store.dispatch({ type: 'setGaps', change: { sort: 'companies:asc' } });
    expect(calls).toHaveLength(4);
    loader.destroy();
  });

  it('forgets a partner answer when the panel closes, and files a failure with its message', async () => {
    const store = createStore(initialState);
    const errors: string[] = [];
    const fetchers: Fetchers = { ...fakeFetchers().fetchers, partners: () => Promise.reject(new Error('rate limited')) };
    const loader = mountLoader(store, { fetchers, onError: (slot) => errors.push(slot), message: (e) => (e as Error).message });
    store.dispatch({ type: 'openPartners', org: 'co-1' });
    await new Promise((r) => setTimeout(r, 0));
    expect(store.get().fetched.partners).toMatchObject({ status: 'failed', error: 'rate limited' });
    expect(errors).toEqual(['partners']);
    store.dispatch({ type: 'closePartners' });
    expect(store.get().fetched.partners).toBeNull();
    loader.destroy();
  });

  it('leaves no subscriber behind and files nothing after destroy', async () => {
    const store = countingStore(reduce(initialState, { type: 'openGaps', lens: 'isolated' }));
    const { fetchers, answerAll } = fakeFetchers();
    const loader = mountLoader(store, { fetchers, onError: () => {}, message: String });
    expect(store.subscribers()).toBe(1);
    loader.destroy();
    expect(store.subscribers()).toBe(0);
    await answerAll();
    expect(store.get().fetched.gapReport).toEqual({ status: 'loading', key: 'isolated' });
  });
});

describe('the graph gestures', () => {
  it('turn taps into app events and leave no listener on the graph after destroy', () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a', nodeType: 'organization' } }] });
    const count = () => (cy as unknown as { emitter(): { listeners: unknown[] } }).emitter().listeners.length;
    const before = count();
    const taps: (string | null)[] = [];
    const gestures = bindGraphEvents(cy, {
      onTap: (id) => taps.push(id),
      onDoubleTap: (id) => taps.push(`expand:${id}`),
      onDistrict: () => {},
    });
    expect(count()).toBe(before + 3);
    cy.getElementById('a').emit('tap');
    cy.getElementById('a').emit('dbltap');
    expect(taps).toEqual(['a', 'expand:a']);
    gestures.destroy();
    expect(count()).toBe(before);
    cy.getElementById('a').emit('tap');
    expect(taps).toHaveLength(2);
    cy.destroy();
  });
});
