// The detail panel of the selected organisation or project: all properties, and every related
// item as a link that navigates (organisations and projects select; competences, industries and
// districts filter).
import { gql } from '../api.ts';
import { canEditOrganization, isManager } from '../curation/session.ts';
import { OrgDetailsQuery, ProjectDetailsQuery, type OrgDetails, type ProjectDetails } from '../detail-queries.ts';
import { h } from '../dom.ts';
import { formatNumber, localName, valueLabel, type Key, type Lang } from '../i18n.ts';
import type { Action, ListFilter, State } from '../state.ts';
import { provenanceList } from './provenance.ts';

type NamedTerm = OrgDetails['competences'][number];

export interface DetailsOptions {
  t: (key: Key) => string;
  lang: () => Lang;
  dispatch: (a: Action) => void;
  isProject: (id: string) => boolean;
  onError: (err: unknown) => void;
  /** The edit form of an organisation, shown in the panel instead of its details. */
  mountEditor: (panel: HTMLElement, id: string) => { destroy(): void };
}

export interface DetailsView {
  update(state: State): void;
  destroy(): void;
}

export function mountDetails(panel: HTMLElement, o: DetailsOptions): DetailsView {
  const { t, dispatch } = o;
  let shownKey = '';
  let generation = 0;
  let editor: { destroy(): void } | null = null;

  const select = (id: string, label: string) =>
    h('button', { type: 'button', className: 'link', 'data-select': id, onclick: () => dispatch({ type: 'select', id }) }, label);
  const filterLink = (filter: ListFilter, id: string, label: string) =>
    h('button', { type: 'button', className: 'link', onclick: () => dispatch({ type: 'addToList', filter, value: id }) }, label);
  const terms = (filter: ListFilter, items: NamedTerm[]) =>
    h('ul', {}, ...items.map((c) => h('li', {}, filterLink(filter, c.id, localName(o.lang(), c)))));
  const year = (date: string) => date.slice(0, 4);
  const section = (key: Key, body: Node | null) => (body ? [h('h3', {}, t(key)), body] : []);

  const actions = (id: string, name: string, s: State) => {
    const expanded = s.expanded.includes(id);
    return h(
      'div',
      { className: 'actions' },
      h(
        'button',
        { type: 'button', id: 'action-expand', onclick: () => dispatch({ type: 'toggleExpanded', id }) },
        t(expanded ? 'collapse' : 'expand'),
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'action-focus-1',
          'aria-pressed': String(s.focus?.id === id && s.focus.hops === 1),
          onclick: () => dispatch({ type: 'focus', id, hops: 1 }),
        },
        t('focus1'),
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'action-focus-2',
          'aria-pressed': String(s.focus?.id === id && s.focus.hops === 2),
          onclick: () => dispatch({ type: 'focus', id, hops: 2 }),
        },
        t('focus2'),
      ),
      s.focus
        ? h('button', { type: 'button', id: 'action-focus-off', onclick: () => dispatch({ type: 'clearFocus' }) }, t('focusOff'))
        : null,
      h(
        'button',
        { type: 'button', id: 'action-path', onclick: () => dispatch({ type: 'pickPathEnd', id }) },
        t(s.pathFrom && s.pathFrom !== id ? 'pathTo' : 'pathFrom'),
      ),
      o.isProject(id)
        ? null
        : h('button', { type: 'button', id: 'action-partners', onclick: () => dispatch({ type: 'openPartners', org: id }) }, t('tpOpen')),
      // Editing is offered to whom the server allows it; the server checks again.
      !o.isProject(id) && canEditOrganization(s.session, id)
        ? h(
            'button',
            { type: 'button', id: 'action-edit', onclick: () => dispatch({ type: 'edit', editing: { kind: 'organization', id } }) },
            t('edit'),
          )
        : null,
      !o.isProject(id) && isManager(s.session)
        ? h(
            'button',
            { type: 'button', id: 'action-merge', onclick: () => dispatch({ type: 'edit', editing: { kind: 'merge', keep: id } }) },
            t('mergeOpen'),
          )
        : null,
      isManager(s.session)
        ? h(
            'button',
            {
              type: 'button',
              id: 'action-history',
              onclick: () => dispatch({ type: 'edit', editing: { kind: 'history', view: { filter: { record: id }, label: name } } }),
            },
            t('history'),
          )
        : null,
    );
  };

  const header = (title: string, synthetic: boolean) =>
    h(
      'div',
      {},
      h(
        'button',
        { type: 'button', className: 'close', 'aria-label': t('close'), onclick: () => dispatch({ type: 'select', id: null }) },
        '✕',
      ),
      h('h2', { id: 'details-title' }, title, synthetic ? h('span', { className: 'badge' }, t('syntheticBadge')) : null),
    );

  /** The stored metrics, as the gap lens and the API report them; the community and a weak point open their lens. */
  const metrics = (d: OrgDetails, lang: Lang): Node | null => {
    if (!d.metricsAt) return null;
    const n = (v: number | null) => (v === null ? t('none') : formatNumber(lang, Math.round(v * 10) / 10));
    const lens = (label: string, change: { lens: 'communities' | 'brokers'; target: string }) =>
      h(
        'button',
        { type: 'button', className: 'link', 'data-lens': change.lens, onclick: () => dispatch({ type: 'openGaps', ...change }) },
        label,
      );
    const rows: [Key, Node | string][] = [
      ['metricComponent', `${n(d.componentId)} (${n(d.componentSize)})`],
      [
        'metricCommunity',
        d.communityId === null ? t('none') : lens(String(d.communityId), { lens: 'communities', target: String(d.communityId) }),
      ],
      ['metricBetweenness', n(d.betweenness)],
      ['metricEffectiveSize', n(d.effectiveSize)],
      ['col_articulation', d.articulation ? lens(t('yes'), { lens: 'brokers', target: d.id }) : t('no')],
      ['metricSplitOff', n(d.splitOff)],
      ['metricResearchCutOff', n(d.researchCutOff)],
    ];
    return h('dl', { id: 'details-metrics' }, ...rows.flatMap(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)]));
  };

  const renderOrg = (d: OrgDetails, s: State) => {
    const lang = o.lang();
    const facts: [Key, Node | string | null][] = [
      ['kind', valueLabel(lang, 'kind', d.kind)],
      ['place', d.place ? d.place.name : null],
      ['district', d.district ? filterLink('districts', d.district.id, d.district.name) : null],
      ['employees', d.employees != null ? formatNumber(lang, d.employees) : null],
      ['founded', d.founded != null ? String(d.founded) : null],
      ['sizeClass', d.sizeClass ? valueLabel(lang, 'size', d.sizeClass) : null],
      ['society', d.society ? valueLabel(lang, 'society', d.society) : null],
      ['universityKind', d.universityKind ? valueLabel(lang, 'uni', d.universityKind) : null],
      ['degree', String(d.degree)],
      ['source', d.source ? `${d.source}${d.confidence ? ` (${d.confidence})` : ''}` : null],
    ];
    panel.replaceChildren(
      header(d.name, d.synthetic),
      d.shortName && d.shortName !== d.name ? h('p', {}, d.shortName) : '',
      actions(d.id, d.name, s),
      h('dl', {}, ...facts.filter(([, v]) => v !== null).flatMap(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v as Node | string)])),
      ...section('competences', d.competences.length ? terms('competences', d.competences) : null),
      ...section('industries', d.industries.length ? terms('industries', d.industries) : null),
      ...section(
        'projects',
        d.projects.length
          ? h(
              'ul',
              {},
              ...d.projects.map(({ role, project: p }) =>
                h(
                  'li',
                  {},
                  select(p.id, p.title),
                  ` · ${year(p.start)}–${year(p.end)} · ${p.level}${role === 'lead' ? ` · ${t('lead')}` : ''}`,
                ),
              ),
            )
          : null,
      ),
      ...section(
        'partners',
        d.cooperations.length
          ? h('ul', {}, ...d.cooperations.map((c) => h('li', {}, select(c.partner.id, c.partner.name), c.since ? ` · ${c.since}` : '')))
          : null,
      ),
      ...section('memberOf', d.memberOf.length ? h('ul', {}, ...d.memberOf.map((m) => h('li', {}, select(m.id, m.name)))) : null),
      ...section('metricsTitle', metrics(d, lang)),
      ...section('provenance', provenanceList(lang, t, d.provenance)),
    );
  };

  const renderProject = (d: ProjectDetails, s: State) => {
    const lang = o.lang();
    panel.replaceChildren(
      header(d.title, d.synthetic),
      actions(d.id, d.title, s),
      h(
        'dl',
        {},
        h('dt', {}, t('period')),
        h('dd', {}, `${year(d.start)}–${year(d.end)}`),
        h('dt', {}, t('level')),
        h('dd', {}, filterLink('levels', d.level, d.level)),
        h('dt', {}, t('programme')),
        h('dd', {}, d.programme ?? t('none')),
        h('dt', {}, t('actionField')),
        h('dd', {}, d.actionField ? filterLink('actionFields', d.actionField.id, localName(lang, d.actionField)) : t('none')),
      ),
      ...section('competences', d.competences.length ? terms('competences', d.competences) : null),
      ...section(
        'participants',
        h(
          'ul',
          {},
          ...d.participantsConnection.edges.map((e) =>
            h('li', {}, select(e.node.id, e.node.name), e.properties.role === 'lead' ? ` · ${t('lead')}` : ''),
          ),
        ),
      ),
      ...section('provenance', provenanceList(lang, t, d.provenance)),
    );
  };

  return {
    update(s) {
      const editing = s.editing?.kind === 'organization' && s.editing.id === s.selected;
      const key = s.selected
        ? `${s.selected}|${s.lang}|${s.expanded.join()}|${JSON.stringify(s.focus)}|${s.pathFrom}|${s.revision}|${s.session.user?.id}|${editing}`
        : '';
      if (key === shownKey) return;
      shownKey = key;
      editor?.destroy();
      editor = null;
      const id = s.selected;
      if (id && editing) {
        ++generation; // a details answer still on its way is not shown over the form
        panel.hidden = false;
        panel.setAttribute('aria-busy', 'false');
        editor = o.mountEditor(panel, id);
        return;
      }
      if (!id) {
        panel.hidden = true;
        panel.replaceChildren();
        return;
      }
      panel.hidden = false;
      panel.setAttribute('aria-label', t('panelLabel'));
      panel.setAttribute('aria-busy', 'true');
      const mine = ++generation;
      const load = o.isProject(id)
        ? gql(ProjectDetailsQuery, { id }).then((r) => r.projects[0] && mine === generation && renderProject(r.projects[0], s))
        : gql(OrgDetailsQuery, { id }).then((r) => r.organizationDetails && mine === generation && renderOrg(r.organizationDetails, s));
      load.then(() => panel.setAttribute('aria-busy', 'false'), o.onError);
    },
    destroy() {
      editor?.destroy();
      panel.replaceChildren();
    },
  };
}
