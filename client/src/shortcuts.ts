// Keyboard: "/" jumps to the search box, Escape closes the panel (or the path box) and clears
// focus; and the language button. They live as long as the page, across restarts of the graph.
import { byId } from './dom.ts';
import type { Store } from './state.ts';

export function mountShortcuts(store: Store): { destroy(): void } {
  const onKey = (e: KeyboardEvent) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement;
    // A dialog or a form handles its own keys (Escape cancels it, not the selection).
    if (e.target instanceof Element && e.target.closest('dialog, form')) return;
    if (e.key === '/' && !typing) {
      e.preventDefault();
      document.getElementById('search')?.focus();
    } else if (e.key === 'Escape' && !typing) {
      const s = store.get();
      if (s.path || s.pathFrom) store.dispatch({ type: 'clearPath' });
      else if (s.focus) store.dispatch({ type: 'clearFocus' });
      else if (s.selected) store.dispatch({ type: 'select', id: null });
    }
  };
  const onLang = () => store.dispatch({ type: 'setLang', lang: store.get().lang === 'de' ? 'en' : 'de' });
  document.addEventListener('keydown', onKey);
  byId('lang').addEventListener('click', onLang);
  return {
    destroy() {
      document.removeEventListener('keydown', onKey);
      byId('lang').removeEventListener('click', onLang);
    },
  };
}
