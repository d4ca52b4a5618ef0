// The page around the graph: static texts, figures at a glance, the loading indicator, the error
// banner with retry and a short-lived toast.
import { ApiError, type Stats } from '../api.ts';
import { byId, h } from '../dom.ts';
import { formatNumber, type Key, type Lang } from '../i18n.ts';
import type { LayoutName } from '../state.ts';

/**
 * `synthetic`: the graph holds invented demo data (clusterStats.syntheticOrganizations); real data
 * only needs no note. `large`: the organisations of a graph too large to draw whole, null otherwise.
 */
export function relabelStatic(
  t: (key: Key) => string,
  lang: Lang,
  layout: LayoutName,
  notes: { synthetic: boolean; large: number | null },
): void {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as Key);
  const button = byId('lang');
  button.textContent = lang === 'de' ? 'EN' : 'DE';
  button.setAttribute('aria-label', t('switchLanguage'));
  byId('graph').setAttribute('aria-label', t('graphLabel'));
  // The map's boundary data require their source note whenever they are shown.
  const map = layout === 'geo' || layout === 'districts' || notes.large !== null;
  const note = byId('synthetic-note');
  note.textContent = [
    notes.large !== null ? t('largeGraphNote').replace('{n}', formatNumber(lang, notes.large)) : '',
    layout === 'districts' || notes.large !== null ? t('overviewHint') : '',
    notes.synthetic ? t('syntheticNote') : '',
    map ? t('mapAttribution') : '',
  ]
    .filter(Boolean)
    .join(' ');
  note.hidden = note.textContent === '';
}

export function renderStats(t: (key: Key) => string, lang: Lang, stats: Stats, visible: number | null): void {
  const item = (key: Key, value: number, id: string) => h('div', { id }, h('dt', {}, t(key)), h('dd', {}, formatNumber(lang, value)));
  byId('stats').replaceChildren(
    item('statCompanies', stats.companies, 'stat-companies'),
    item('statEmployees', stats.employees, 'stat-employees'),
    item('statInstitutions', stats.universities + stats.institutes, 'stat-institutions'),
    item('statProjects', stats.projects, 'stat-projects'),
    item('statTies', stats.cooperations, 'stat-ties'),
    ...(visible === null ? [] : [item('statVisible', visible, 'stat-visible')]),
  );
}

export function setLoading(text: string | null): void {
  const el = byId('loading');
  el.textContent = text ?? '';
  el.hidden = text === null;
}

// The limits and outages a user can meet get a sentence of their own; anything else shows the server's words.
const codeMessages: Readonly<Record<string, Key>> = {
  DATABASE_UNAVAILABLE: 'errorUnavailable',
  RATE_LIMITED: 'errorRateLimited',
  QUERY_TIMEOUT: 'errorTimeout',
  QUERY_TOO_COMPLEX: 'errorTooComplex',
};

export function errorText(t: (key: Key) => string, err: unknown): string {
  const key = err instanceof ApiError && err.code ? codeMessages[err.code] : undefined;
  if (key) return t(key);
  return `${t('errorApi')} (${err instanceof Error ? err.message : String(err)})`;
}

export function showError(t: (key: Key) => string, err: unknown, retry: () => void): void {
  const banner = byId('banner');
  banner.replaceChildren(
    h('span', {}, errorText(t, err)),
    h(
      'button',
      {
        type: 'button',
        id: 'retry',
        onclick: () => {
          banner.hidden = true;
          retry();
        },
      },
      t('retry'),
    ),
  );
  banner.hidden = false;
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;
export function toast(text: string): void {
  const el = byId('toast');
  el.textContent = text;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (el.hidden = true), 2500);
}
