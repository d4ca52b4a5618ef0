// "Transferpartner finden": pick your company or state needs (competences, district, radius,
// kinds); a ranked list whose rows explain themselves; clicking a row highlights the partner and
// the evidence in the graph; the shortlist exports to CSV. The question lives in the store (URL),
// and so does the answer (fetched.partners, asked by loader.ts): the panel only renders them.
import { gql, search, type Vocabulary } from '../api.ts';
import { csvBlob, toCsv } from '../csv.ts';
import { h } from '../dom.ts';
import { formatNumber, localName, valueLabel, type Key, type Lang } from '../i18n.ts';
import { answerFor } from '../fetched.ts';
import { partnerKey } from '../loader.ts';
import { partnerKinds, type Action, type PartnerSearch, type State } from '../state.ts';
import { mountSearch, type SearchView } from '../ui/search.ts';
import { explain } from './explain.ts';
import { PartnersQuery, type PartnerAnswer, type Recommendation } from './types.ts';

export function fetchPartners(p: PartnerSearch): Promise<PartnerAnswer> {
  return gql(PartnersQuery, {
    org: p.org,
    competences: p.competences.length ? [...p.competences] : null,
    kinds: [...p.kinds],
    near: p.near ? { districtId: p.near } : null,
    max: p.radiusKm,
  }).then((r) => r.transferPartners);
}

export function shortlistCsv(lang: Lang, answer: PartnerAnswer): string {
  const km = (d: number | null) => (d === null ? null : Math.round(d * 10) / 10);
  return toCsv(
    lang,
    ['rank', 'id', 'name', 'kind', 'district', 'score', 'km', 'why'],
    answer.partners.map((r) => [
      r.rank,
      r.organization.id,
      r.organization.name,
      r.organization.kind,
      r.organization.district?.name,
      r.score,
      km(r.breakdown.geography.distanceKm),
      explain(lang, r),
    ]),
  );
}

export interface PartnerPanelOptions {
  t: (key: Key) => string;
  vocabulary: Vocabulary;
  dispatch: (a: Action) => void;
  download: (name: string, blob: Blob) => void;
}

export interface PartnerPanel {
  update(state: State): void;
  destroy(): void;
}

export function mountPartnerPanel(panel: HTMLElement, o: PartnerPanelOptions): PartnerPanel {
  const { t, dispatch } = o;
  let rendered: { p: PartnerSearch; lang: string; answer: State['fetched']['partners'] } | null = null;
  // The name of the organisation picked in the search box, shown until the answer names it.
  let orgName = '';
  let searchView: SearchView | null = null;

  const set = (change: Partial<PartnerSearch>) => dispatch({ type: 'setPartners', change });

  const row = (r: Recommendation, s: State, lang: Lang) =>
    h(
      'li',
      { className: 'partner-row', 'aria-current': s.partners?.chosen === r.organization.id ? 'true' : undefined },
      h(
        'button',
        {
          type: 'button',
          className: 'link partner-name',
          'data-partner': r.organization.id,
          onclick: () => set({ chosen: r.organization.id }),
        },
        `${r.rank}. ${r.organization.shortName ?? r.organization.name}`,
      ),
      h('span', { className: 'badge kind' }, valueLabel(lang, 'kind', r.organization.kind)),
      h('span', { className: 'score', title: t('tpScore') }, `${formatNumber(lang, Math.round(r.score * 100))} %`),
      h('div', { className: 'why' }, explain(lang, r)),
      r.coldStart ? h('div', { className: 'muted' }, t('tpColdStart')) : null,
    );

  const render = (s: State) => {
    const p = s.partners as PartnerSearch;
    const lang = s.lang;
    const answer = answerFor(s.fetched.partners, partnerKey(p));
    const loading = s.fetched.partners?.status === 'loading';
    if (answer?.organization) orgName = answer.organization.name;
    const chosen = p.competences;
    const competenceSelect = h(
      'select',
      {
        id: 'tp-competence',
        'aria-label': t('tpNeeds'),
        onchange: (e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          if (v) set({ competences: [...chosen, v] });
        },
      },
      h('option', { value: '' }, `— ${t('tpAddNeed')} —`),
      ...o.vocabulary.competences.filter((c) => !chosen.includes(c.id)).map((c) => h('option', { value: c.id }, localName(lang, c))),
    );
    const chips = h(
      'div',
      { className: 'chips' },
      ...chosen.map((id) => {
        const c = o.vocabulary.competences.find((x) => x.id === id);
        const label = c ? localName(lang, c) : id;
        return h(
          'button',
          { type: 'button', className: 'chip', onclick: () => set({ competences: chosen.filter((x) => x !== id) }) },
          `${label} ✕`,
        );
      }),
    );
    const near = h(
      'select',
      { id: 'tp-near', 'aria-label': t('tpNear'), onchange: (e: Event) => set({ near: (e.target as HTMLSelectElement).value || null }) },
      h('option', { value: '' }, `— ${t('tpNearOwn')} —`),
      ...o.vocabulary.districts.map((d) => h('option', { value: d.id, selected: p.near === d.id }, d.name)),
    );
    const radius = h('input', {
      id: 'tp-radius',
      type: 'number',
      min: 1,
      max: 1000,
      'aria-label': t('tpRadius'),
      value: p.radiusKm ?? '',
      onchange: (e: Event) => {
        const v = Number((e.target as HTMLInputElement).value);
        set({ radiusKm: Number.isInteger(v) && v > 0 && v <= 1000 ? v : null });
      },
    });
    const kinds = h(
      'div',
      { className: 'row' },
      ...partnerKinds.map((k) =>
        h(
          'label',
          {},
          h('input', {
            type: 'checkbox',
            checked: p.kinds.includes(k),
            onchange: () => set({ kinds: p.kinds.includes(k) ? p.kinds.filter((x) => x !== k) : [...p.kinds, k] }),
          }),
          ` ${valueLabel(lang, 'kind', k)}`,
        ),
      ),
    );
    const orgBox = h('div', { className: 'search', id: 'tp-org-search' });
    const results = answer
      ? [
          h(
            'p',
            { className: 'muted', id: 'tp-summary' },
            `${t('tpFor')}: ${answer.organization?.name ?? answer.needs.map((n) => localName(lang, n)).join(', ')} · ${formatNumber(lang, answer.candidates)} ${t('tpCandidates')}${answer.coldStart ? ` · ${t('tpColdStart')}` : ''}`,
          ),
          h('ol', { className: 'partner-list', id: 'tp-results' }, ...answer.partners.map((r) => row(r, s, lang))),
          h(
            'button',
            { type: 'button', id: 'tp-csv', onclick: () => o.download('transferpartner.csv', csvBlob(shortlistCsv(lang, answer))) },
            t('exportCsv'),
          ),
        ]
      : [h('p', { className: 'muted' }, loading ? t('loading') : t('tpHint'))];
    panel.replaceChildren(
      h(
        'button',
        { type: 'button', className: 'close', 'aria-label': t('close'), onclick: () => dispatch({ type: 'closePartners' }) },
        '✕',
      ),
      h('h2', { id: 'tp-title' }, t('tpTitle')),
      h('label', { className: 'title' }, t('tpCompany')),
      p.org
        ? h(
            'div',
            { className: 'row' },
            h('strong', { id: 'tp-org' }, orgName || p.org),
            h('button', { type: 'button', className: 'chip', onclick: () => set({ org: null }) }, '✕'),
          )
        : orgBox,
      h('label', { className: 'title', for: 'tp-competence' }, t('tpNeeds')),
      competenceSelect,
      chips,
      h('label', { className: 'title', for: 'tp-near' }, t('tpNear')),
      near,
      h('label', { className: 'title', for: 'tp-radius' }, t('tpRadius')),
      radius,
      h('fieldset', {}, h('legend', {}, t('tpKinds')), kinds),
      ...results,
    );
    searchView?.destroy();
    searchView = p.org
      ? null
      : mountSearch(orgBox, {
          t,
          find: (text) => search(text).then((hits) => hits.filter((x) => x.type === 'organization')),
          onChoose: (hit) => {
            orgName = hit.name;
            set({ org: hit.id });
          },
        });
  };

  return {
    update(s) {
      panel.hidden = s.partners === null;
      if (!s.partners) {
        rendered = null;
        return;
      }
      const view = { p: s.partners, lang: s.lang, answer: s.fetched.partners };
      if (rendered && rendered.p === view.p && rendered.lang === view.lang && rendered.answer === view.answer) return;
      rendered = view;
      const focused = (document.activeElement as HTMLElement | null)?.id;
      render(s);
      if (focused) document.getElementById(focused)?.focus();
    },
    destroy() {
      searchView?.destroy();
      searchView = null;
      panel.replaceChildren();
    },
  };
}
