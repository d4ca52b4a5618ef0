// Asks the API what the current state needs and files each answer in the store by action. The
// questions are a pure function of the state (unit-tested); the loader only compares their keys
// with what the store already holds, so each question goes out once.
import type { PathResult } from './api.ts';
import type { Slot, Value } from './fetched.ts';
import { slots } from './fetched.ts';
import type { GapLensKind, Introduction, IntroductionGap, LensGroup, MetricsStatus, ReportData } from './gaps/index.ts';
import { gapKeys, gapTarget } from './gaps/index.ts';
import { lensDefinitions } from './gaps/index.ts';
import type { PartnerAnswer } from './partners/index.ts';
import type { Action, GapLensName, PartnerSearch, State, Store } from './state.ts';

export interface Fetchers {
  partners(p: PartnerSearch): Promise<PartnerAnswer>;
  path(from: string, to: string): Promise<PathResult | null>;
  gapReport(lens: GapLensName): Promise<ReportData>;
  gapLens(lens: GapLensKind, target: string | null): Promise<LensGroup[]>;
  gapIntroductions(gap: IntroductionGap, target: string | null): Promise<Introduction[]>;
  metricsStatus(): Promise<MetricsStatus>;
}

export interface Question<S extends Slot> {
  key: string;
  fetch: (f: Fetchers) => Promise<Value<S>>;
}
export type Questions = { [S in Slot]: Question<S> | null };

// Gap reports and lens classes are the same for every visitor and cost the server a heavy slot:
// kept when the lens closes. A partner answer or a path belongs to a question that is gone.
const keptWhenIdle: Readonly<Record<Slot, boolean>> = {
  partners: false,
  path: false,
  gapReport: true,
  gapLens: true,
  gapIntroductions: true,
  metricsStatus: true,
};

/** The question of the partner search, the same whatever row is picked. */
export const partnerKey = (p: PartnerSearch): string => JSON.stringify([p.org, p.competences, p.near, p.radiusKm, p.kinds]);

/** The question of the shortest path between two picked ends. */
export const pathKey = (p: { from: string; to: string }): string => `${p.from}|${p.to}`;

export function questions(s: State): Questions {
  const p = s.partners;
  const g = s.gaps;
  const target = gapTarget(s);
  const keys = g ? gapKeys(g, target) : null;
  const def = g ? lensDefinitions[g.lens] : null;
  const path = s.path;
  return {
    partners: p && (p.org || p.competences.length) ? { key: partnerKey(p), fetch: (f) => f.partners(p) } : null,
    path: path ? { key: pathKey(path), fetch: (f) => f.path(path.from, path.to) } : null,
    gapReport: g ? { key: g.lens, fetch: (f) => f.gapReport(g.lens) } : null,
    gapLens: def && keys?.lens ? { key: keys.lens, fetch: (f) => f.gapLens(def.lens, target) } : null,
    gapIntroductions:
      def?.introductions && keys?.introductions
        ? { key: keys.introductions, fetch: (f) => f.gapIntroductions(def.introductions as IntroductionGap, target) }
        : null,
    // Asked once: when the metrics were computed does not change while the page is open.
    metricsStatus: g ? { key: 'status', fetch: (f) => f.metricsStatus() } : null,
  };
}

export interface Loader {
  destroy(): void;
}

export interface LoaderOptions {
  fetchers: Fetchers;
  /** Every failed request, e.g. for the error banner; the store keeps the message too. */
  onError: (slot: Slot, error: unknown) => void;
  message: (error: unknown) => string;
}

export function mountLoader(store: Pick<Store, 'get' | 'dispatch' | 'subscribe'>, o: LoaderOptions): Loader {
  let live = true;
  const dispatch = (a: Action) => live && store.dispatch(a);

  function ask<S extends Slot>(slot: S, q: Question<S>): void {
    store.dispatch({ type: 'ask', slot, key: q.key });
    q.fetch(o.fetchers).then(
      // The slot and its value belong together (Question<S>); TypeScript cannot see that through S.
      (value) => dispatch({ type: 'answered', slot, key: q.key, value } as Action),
      (e: unknown) => {
        if (!live) return;
        store.dispatch({ type: 'failed', slot, key: q.key, error: o.message(e) });
        o.onError(slot, e);
      },
    );
  }

  // What this loader asked last per slot: an ask dispatched from a listener waits in the store's
  // queue, and the same question must not go out twice meanwhile.
  const asked: Partial<Record<Slot, string>> = {};
  const sync = (s: State) => {
    const qs = questions(s);
    for (const slot of slots) {
      const q = qs[slot];
      const held = s.fetched[slot];
      if (!q) {
        if (keptWhenIdle[slot]) continue;
        delete asked[slot];
        if (held) store.dispatch({ type: 'forget', slot });
      } else if (held?.key !== q.key && asked[slot] !== q.key) {
        asked[slot] = q.key;
        ask(slot, q as Question<typeof slot>);
      }
    }
  };

  const unsubscribe = store.subscribe((s) => sync(s));
  sync(store.get());
  return {
    destroy() {
      live = false;
      unsubscribe();
    },
  };
}
