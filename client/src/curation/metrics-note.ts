// After a saved change the server brings the network metrics and gap reports up to date in the
// background (server/analysis/refresh.ts). While it does, a note in the top bar says so; when it
// is done, the gap answers in the store are forgotten, so an open gap panel reads them again.
import { gql } from '../api.ts';
import { h } from '../dom.ts';
import { graphql } from '../graphql.ts';
import type { Key } from '../i18n.ts';
import type { Action, State } from '../state.ts';

const RefreshingQuery = graphql(`query MetricsRefreshing { networkMetrics { refreshing } }`);

/** How often the server is asked while it works. */
const pollMs = 1_500;

export interface MetricsNoteOptions {
  t: (key: Key) => string;
  store: { get(): State; dispatch(a: Action): void; subscribe(l: (s: State, prev: State) => void): () => void };
}

export function mountMetricsNote(area: HTMLElement, o: MetricsNoteOptions): { destroy(): void } {
  const note = h('span', { id: 'metrics-refreshing', className: 'metrics-note', role: 'status', hidden: true });
  area.append(note);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let busy = false;
  let live = true;

  const ask = () => {
    timer = null;
    gql(RefreshingQuery).then(
      ({ networkMetrics }) => {
        if (!live) return;
        const running = networkMetrics.refreshing !== 'idle';
        if (running) {
          busy = true;
          note.hidden = false;
          note.textContent = o.t('metricsRefreshing');
          timer = setTimeout(ask, pollMs);
        } else if (busy) {
          busy = false;
          note.hidden = true;
          for (const slot of ['gapReport', 'gapLens', 'gapIntroductions', 'metricsStatus'] as const)
            o.store.dispatch({ type: 'forget', slot });
        }
      },
      // The note is a courtesy: a failed question only ends the watch.
      () => {
        note.hidden = true;
      },
    );
  };

  const unsubscribe = o.store.subscribe((s, prev) => {
    if (s.revision !== prev.revision && !timer) ask();
    if (s.lang !== prev.lang && !note.hidden) note.textContent = o.t('metricsRefreshing');
  });
  // A refresh may be running already (someone else's import): ask once at the start too.
  ask();
  return {
    destroy() {
      live = false;
      unsubscribe();
      if (timer) clearTimeout(timer);
      note.remove();
    },
  };
}
