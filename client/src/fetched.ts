// What the client fetched, kept in the one store beside the view state (state.ts): each answer
// under its slot, with the question it answers as a key. Pure like the rest of the store; the
// requests themselves go out from loader.ts.
import type { PathResult } from './api.ts';
import type { Introduction, LensGroup, MetricsStatus, ReportData } from './gaps/index.ts';
import type { PartnerAnswer } from './partners/index.ts';

/** One question's answer as it goes: asked, answered or failed. */
export type Answer<T> =
  | { status: 'loading'; key: string }
  | { status: 'done'; key: string; value: T }
  | { status: 'failed'; key: string; error: string };

export interface Fetched {
  partners: Answer<PartnerAnswer> | null;
  path: Answer<PathResult | null> | null; // null: the two ends are not connected
  gapReport: Answer<ReportData> | null;
  gapLens: Answer<LensGroup[]> | null;
  gapIntroductions: Answer<Introduction[]> | null;
  metricsStatus: Answer<MetricsStatus> | null;
}

export type Slot = keyof Fetched;
export type Value<S extends Slot> = NonNullable<Fetched[S]> extends Answer<infer T> ? T : never;

export const slots: readonly Slot[] = ['partners', 'path', 'gapReport', 'gapLens', 'gapIntroductions', 'metricsStatus'];

export const emptyFetched: Fetched = {
  partners: null,
  path: null,
  gapReport: null,
  gapLens: null,
  gapIntroductions: null,
  metricsStatus: null,
};

export type FetchAction =
  | { type: 'ask'; slot: Slot; key: string }
  | { [S in Slot]: { type: 'answered'; slot: S; key: string; value: Value<S> } }[Slot]
  | { type: 'failed'; slot: Slot; key: string; error: string }
  | { type: 'forget'; slot: Slot };

export function reduceFetched(f: Fetched, action: FetchAction): Fetched {
  const current = f[action.slot];
  switch (action.type) {
    case 'ask':
      // The same question again is already asked (or answered): no second request.
      return current?.key === action.key ? f : { ...f, [action.slot]: { status: 'loading', key: action.key } };
    case 'answered':
      // An answer to a question no longer asked arrives late: it is dropped.
      return current?.status === 'loading' && current.key === action.key
        ? { ...f, [action.slot]: { status: 'done', key: action.key, value: action.value } }
        : f;
    case 'failed':
      return current?.status === 'loading' && current.key === action.key
        ? { ...f, [action.slot]: { status: 'failed', key: action.key, error: action.error } }
        : f;
    case 'forget':
      return current === null ? f : { ...f, [action.slot]: null };
    default: {
      const unreachable: never = action;
      throw new Error(`Unknown action ${JSON.stringify(unreachable)}`);
    }
  }
}

/** The value answering exactly this question, once it is there. */
export function answerFor<T>(answer: Answer<T> | null, key: string | null): T | null {
  return answer?.status === 'done' && answer.key === key ? answer.value : null;
}
