// The filter panel: the legend (which is also a filter), attribute filters, the time slider and
// the fade/hide switch. Built once; `update` mirrors the store into the controls.
import type { Named, Vocabulary } from '../api.ts';
import { h } from '../dom.ts';
import type { Key, Lang } from '../i18n.ts';
import { localName } from '../i18n.ts';
import { categories, type Action, type Category, type ListFilter, type State } from '../state.ts';
import { edgeColors, palette } from '../graph/style.ts';

export const categoryKey: Record<Category, Key> = {
  company: 'catCompany',
  university: 'catUniversity',
  leibniz: 'catLeibniz',
  fraunhofer: 'catFraunhofer',
  max_planck: 'catMaxPlanck',
  other_institute: 'catOtherInstitute',
  actor: 'catActor',
  project: 'catProject',
};

export const yearBounds = [2010, 2027] as const;

export interface FiltersView {
  update(state: State): void;
  destroy(): void;
}

interface Options {
  t: (key: Key) => string;
  lang: () => Lang;
  vocabulary: Vocabulary;
  dispatch: (a: Action) => void;
}

export function mountFilters(container: HTMLElement, o: Options): FiltersView {
  const { t, dispatch, vocabulary } = o;
  const named = (items: Named[]) => items.map((i) => ({ id: i.id, label: () => localName(o.lang(), i) }));
  const lists: { filter: ListFilter; key: Key; options: { id: string; label: () => string }[] }[] = [
    { filter: 'industries', key: 'filterIndustry', options: named(vocabulary.industries) },
    { filter: 'competences', key: 'filterCompetence', options: named(vocabulary.competences) },
    { filter: 'districts', key: 'filterDistrict', options: vocabulary.districts.map((d) => ({ id: d.id, label: () => d.name })) },
    { filter: 'actionFields', key: 'filterActionField', options: named(vocabulary.actionFields) },
  ];
  const levels: { id: string; key: Key }[] = [
    { id: 'regional', key: 'levelRegional' },
    { id: 'national', key: 'levelNational' },
    { id: 'international', key: 'levelInternational' },
  ];

  const render = (s: State) => {
    // Under the gap lens the colours are the lens's (its legend is in the panel); shapes still tell the kind.
    const legend = h(
      'ul',
      { className: s.gaps ? 'legend lens-on' : 'legend', 'aria-label': t('legend') },
      ...categories.map((c) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              'data-category': c,
              'aria-pressed': s.filters.hidden.includes(c) ? 'false' : 'true',
              onclick: () => dispatch({ type: 'toggleCategory', category: c }),
            },
            h('span', { className: 'swatch', style: `background:${palette[c].color}` }),
            t(categoryKey[c]),
          ),
        ),
      ),
      ...(['participation', 'cooperation', 'membership'] as const).map((k) =>
        h(
          'li',
          { className: 'row' },
          h('span', { className: 'swatch line', style: `background:${edgeColors[k]}` }),
          t(k === 'participation' ? 'edgeParticipation' : k === 'cooperation' ? 'edgeCooperation' : 'edgeMembership'),
        ),
      ),
    );

    const listControls = lists.map(({ filter, key, options }) => {
      const chosen = s.filters[filter];
      const select = h(
        'select',
        {
          id: `filter-${filter}`,
          'aria-label': t(key),
          onchange: (e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            if (v) dispatch({ type: 'addToList', filter, value: v });
          },
        },
        h('option', { value: '' }, `— ${t('any')} —`),
        ...options.filter((op) => !chosen.includes(op.id)).map((op) => h('option', { value: op.id }, op.label())),
      );
      const chips = h(
        'div',
        { className: 'chips' },
        ...chosen.map((id) => {
          const label = options.find((op) => op.id === id)?.label() ?? id;
          return h(
            'button',
            {
              type: 'button',
              className: 'chip',
              'aria-label': `${label} ✕`,
              onclick: () => dispatch({ type: 'setList', filter, values: chosen.filter((x) => x !== id) }),
            },
            `${label} ✕`,
          );
        }),
      );
      return h('fieldset', {}, h('label', { className: 'title', for: `filter-${filter}` }, t(key)), select, chips);
    });

    const levelBoxes = h(
      'fieldset',
      {},
      h('legend', {}, t('filterLevel')),
      h(
        'div',
        { className: 'row' },
        ...levels.map((l) =>
          h(
            'label',
            {},
            h('input', {
              type: 'checkbox',
              value: l.id,
              checked: s.filters.levels.includes(l.id),
              onchange: () =>
                dispatch({
                  type: 'setList',
                  filter: 'levels',
                  values: s.filters.levels.includes(l.id) ? s.filters.levels.filter((x) => x !== l.id) : [...s.filters.levels, l.id],
                }),
            }),
            ` ${t(l.key)}`,
          ),
        ),
      ),
    );

    const number = (v: number | null) => (v === null ? '' : String(v));
    const parse = (v: string) => (v.trim() === '' || !Number.isFinite(Number(v)) ? null : Math.max(0, Math.round(Number(v))));
    const [eMin, eMax] = s.filters.employees;
    const employees = h(
      'fieldset',
      {},
      h('legend', {}, t('filterEmployees')),
      h(
        'div',
        { className: 'row' },
        h('input', {
          type: 'number',
          min: 0,
          id: 'emp-min',
          'aria-label': `${t('filterEmployees')} ${t('from')}`,
          value: number(eMin),
          onchange: (e: Event) =>
            dispatch({ type: 'setRange', filter: 'employees', range: [parse((e.target as HTMLInputElement).value), eMax] }),
        }),
        '–',
        h('input', {
          type: 'number',
          min: 0,
          id: 'emp-max',
          'aria-label': `${t('filterEmployees')} ${t('to')}`,
          value: number(eMax),
          onchange: (e: Event) =>
            dispatch({ type: 'setRange', filter: 'employees', range: [eMin, parse((e.target as HTMLInputElement).value)] }),
        }),
      ),
    );

    const [yFrom, yTo] = s.filters.years;
    const slider = (which: 0 | 1) => {
      const value = (which === 0 ? yFrom : yTo) ?? yearBounds[which];
      return h('input', {
        type: 'range',
        min: yearBounds[0],
        max: yearBounds[1],
        step: 1,
        value,
        id: which === 0 ? 'years-from' : 'years-to',
        'aria-label': `${t('filterYears')} ${t(which === 0 ? 'from' : 'to')}`,
        'aria-valuetext': String(value),
        onchange: (e: Event) => {
          const v = Number((e.target as HTMLInputElement).value);
          const atBound = v === yearBounds[which];
          const range: [number | null, number | null] = which === 0 ? [atBound ? null : v, yTo] : [yFrom, atBound ? null : v];
          if (range[0] !== null && range[1] !== null && range[0] > range[1]) return;
          dispatch({ type: 'setRange', filter: 'years', range });
        },
      });
    };
    const years = h(
      'fieldset',
      {},
      h('legend', {}, `${t('filterYears')}: ${yFrom ?? yearBounds[0]} – ${yTo ?? yearBounds[1]}`),
      h('div', { className: 'row' }, slider(0)),
      h('div', { className: 'row' }, slider(1)),
    );

    const mode = h(
      'fieldset',
      {},
      h('legend', {}, t('filterMode')),
      h(
        'div',
        { className: 'row' },
        ...(['fade', 'hide'] as const).map((m) =>
          h(
            'label',
            {},
            h('input', {
              type: 'radio',
              name: 'mode',
              value: m,
              checked: s.mode === m,
              onchange: () => dispatch({ type: 'setMode', mode: m }),
            }),
            ` ${t(m === 'fade' ? 'modeFade' : 'modeHide')}`,
          ),
        ),
      ),
    );

    container.replaceChildren(
      h('h2', {}, t('legend')),
      ...(s.gaps ? [h('p', { className: 'muted', id: 'legend-lens-hint' }, t('legendLensHint'))] : []),
      legend,
      h('h2', {}, t('filters')),
      mode,
      ...listControls,
      levelBoxes,
      employees,
      years,
      h('button', { type: 'button', id: 'reset-filters', onclick: () => dispatch({ type: 'resetFilters' }) }, t('resetFilters')),
    );
  };

  let last: State | null = null;
  return {
    update(state) {
      // Re-render only when something shown here changed, keeping focus on the control in use.
      if (
        last &&
        last.filters === state.filters &&
        last.mode === state.mode &&
        last.lang === state.lang &&
        (last.gaps === null) === (state.gaps === null)
      )
        return;
      const focusedId = (document.activeElement as HTMLElement | null)?.id;
      const focusedCategory = (document.activeElement as HTMLElement | null)?.dataset?.category;
      last = state;
      render(state);
      const again = focusedId
        ? document.getElementById(focusedId)
        : focusedCategory
          ? container.querySelector<HTMLElement>(`[data-category="${focusedCategory}"]`)
          : null;
      again?.focus();
    },
    destroy() {
      container.replaceChildren();
    },
  };
}
