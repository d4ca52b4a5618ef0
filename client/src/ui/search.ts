// The search box: an ARIA combobox over organisations, competences, industries and places,
// with keyboard use (↑ ↓ Enter Escape). Choosing a hit hands it to `onChoose`.
import type { SearchHit } from '../api.ts';
import { h } from '../dom.ts';
import type { Key } from '../i18n.ts';

export interface SearchOptions {
  t: (key: Key) => string;
  find: (text: string) => Promise<SearchHit[]>;
  onChoose: (hit: SearchHit) => void;
}

const typeKey: Record<SearchHit['type'], Key> = {
  organization: 'hitOrganization',
  competence: 'hitCompetence',
  industry: 'hitIndustry',
  place: 'hitPlace',
  district: 'hitDistrict',
};

export interface SearchView {
  relabel(): void;
  destroy(): void;
}

export function mountSearch(container: HTMLElement, o: SearchOptions): SearchView {
  const input = h('input', {
    type: 'search',
    id: 'search',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
  });
  const list = h('ul', { id: 'search-results', role: 'listbox', hidden: true });
  container.replaceChildren(input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const relabel = () => {
    input.placeholder = o.t('searchPlaceholder');
    input.setAttribute('aria-label', o.t('searchLabel'));
    list.setAttribute('aria-label', o.t('searchLabel'));
  };

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = () => {
    list.replaceChildren(
      ...(hits.length === 0
        ? [h('li', { role: 'option', 'aria-disabled': 'true' }, o.t('noHits'))]
        : hits.map((hit, i) =>
            h(
              'li',
              {
                role: 'option',
                id: `search-hit-${i}`,
                'aria-selected': i === active ? 'true' : 'false',
                onmousedown: (e: Event) => {
                  e.preventDefault();
                  choose(i);
                },
              },
              h(
                'span',
                {},
                hit.name,
                hit.secondary && hit.type === 'organization' && hit.secondary !== hit.name ? ` (${hit.secondary})` : '',
              ),
              h('span', { className: 'hit-type' }, o.t(typeKey[hit.type])),
            ),
          )),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    o.onChoose(hit);
  };

  const onInput = () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      hits = [];
      close();
      return;
    }
    const mine = ++generation;
    // Debounced; an answer to an older keystroke is dropped.
    timer = setTimeout(() => {
      o.find(text).then(
        (found) => {
          if (mine !== generation) return;
          hits = found;
          active = found.length ? 0 : -1;
          render();
        },
        () => close(),
      );
    }, 150);
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && hits.length) {
      active = (active + 1) % hits.length;
      render();
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && hits.length) {
      active = (active - 1 + hits.length) % hits.length;
      render();
      e.preventDefault();
    } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      choose(active);
      e.preventDefault();
    } else if (e.key === 'Escape') close();
  };

  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', close);
  relabel();
  return {
    relabel,
    destroy() {
      clearTimeout(timer);
      input.removeEventListener('input', onInput);
      input.removeEventListener('keydown', onKey);
      input.removeEventListener('blur', close);
      container.replaceChildren();
    },
  };
}
