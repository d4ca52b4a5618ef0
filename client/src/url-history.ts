// The address bar follows the store: a step the user may want to go back to is pushed, the rest
// replaces the entry; Back and Forward put the address's state back into the store.
import type { State, Store } from './state.ts';
import { decodeState, encodeState, historyMode } from './url-state.ts';

export interface UrlHistory {
  /** Writes the state into the address; called on every change of the store. */
  write(s: State, prev: State): void;
  destroy(): void;
}

export function mountUrlHistory(store: Store): UrlHistory {
  // While Back or Forward restores a state, the address already says it: nothing to write.
  let restoring = false;
  // The first write normalises the URL in place: Back leaves the app at once.
  let first = true;
  const onPopState = () => {
    restoring = true;
    store.dispatch({ type: 'replace', state: decodeState(location.search) });
    restoring = false;
  };
  window.addEventListener('popstate', onPopState);
  return {
    write(s, prev) {
      if (!restoring && encodeState(s) !== location.search) {
        const url = `${location.pathname}${encodeState(s)}`;
        if (historyMode(prev, s) === 'push' && !first) history.pushState(null, '', url);
        else history.replaceState(null, '', url);
      }
      first = false;
    },
    destroy() {
      window.removeEventListener('popstate', onPopState);
    },
  };
}
