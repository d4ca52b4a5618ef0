// Layout and size switches, exports and "reveal relations": the view's tools.
import { h } from '../dom.ts';
import { type NetworkDownload, networkDownloads, networkDownloadUrl } from '../export.ts';
import type { Key } from '../i18n.ts';
import type { Action, LayoutName, SizeBy, State } from '../state.ts';

export interface ToolsOptions {
  t: (key: Key) => string;
  dispatch: (a: Action) => void;
  exportPng: () => void;
  exportCsv: () => void;
  copyGraphql: () => void;
}

export interface ToolsView {
  update(state: State): void;
  destroy(): void;
}

const downloadLabel: Record<NetworkDownload, Key> = {
  gexf: 'downloadGexf',
  graphml: 'downloadGraphml',
  csv: 'downloadCsv',
  graphology: 'downloadGraphology',
};

export function mountTools(container: HTMLElement, o: ToolsOptions): ToolsView {
  const { t, dispatch } = o;
  let last: State | null = null;
  const render = (s: State) => {
    const layouts: { id: LayoutName; key: Key }[] = [
      { id: 'districts', key: 'layoutDistricts' },
      { id: 'force', key: 'layoutForce' },
      { id: 'concentric', key: 'layoutConcentric' },
      { id: 'geo', key: 'layoutGeo' },
    ];
    const sizes: { id: SizeBy; key: Key }[] = [
      { id: 'employees', key: 'sizeEmployees' },
      { id: 'degree', key: 'sizeDegree' },
    ];
    container.replaceChildren(
      h(
        'div',
        { className: 'row' },
        h(
          'button',
          { type: 'button', id: 'partners-open', className: 'primary', onclick: () => dispatch({ type: 'openPartners', org: null }) },
          t('tpOpen'),
        ),
        h(
          'button',
          {
            type: 'button',
            id: 'gaps-open',
            className: 'primary',
            'aria-pressed': String(s.gaps !== null),
            onclick: () => dispatch(s.gaps ? { type: 'closeGaps' } : { type: 'openGaps' }),
          },
          t('gapOpen'),
        ),
      ),
      h('h2', {}, t('layout')),
      h(
        'div',
        { className: 'row', role: 'group', 'aria-label': t('layout') },
        ...layouts.map((l) =>
          h(
            'button',
            {
              type: 'button',
              id: `layout-${l.id}`,
              'aria-pressed': String(s.layout === l.id),
              onclick: () => dispatch({ type: 'setLayout', layout: l.id }),
            },
            t(l.key),
          ),
        ),
      ),
      h('h2', {}, t('sizeBy')),
      h(
        'div',
        { className: 'row', role: 'group', 'aria-label': t('sizeBy') },
        ...sizes.map((z) =>
          h(
            'button',
            {
              type: 'button',
              id: `size-${z.id}`,
              'aria-pressed': String(s.sizeBy === z.id),
              onclick: () => dispatch({ type: 'setSizeBy', sizeBy: z.id }),
            },
            t(z.key),
          ),
        ),
      ),
      h(
        'div',
        { className: 'row', style: 'margin-top:0.6rem' },
        h(
          'button',
          {
            type: 'button',
            id: 'reveal',
            'aria-pressed': String(s.revealed),
            onclick: () => dispatch({ type: 'setRevealed', revealed: !s.revealed }),
          },
          t('revealRelations'),
        ),
      ),
      h('h2', {}, 'Export'),
      h(
        'div',
        { className: 'row' },
        h('button', { type: 'button', id: 'export-png', onclick: o.exportPng }, t('exportPng')),
        h('button', { type: 'button', id: 'export-csv', onclick: o.exportCsv }, t('exportCsv')),
        h('button', { type: 'button', id: 'copy-graphql', onclick: o.copyGraphql }, t('copyGraphql')),
      ),
      h('h3', { className: 'sub' }, t('downloadNetwork')),
      h(
        'div',
        { className: 'row', role: 'group', 'aria-label': t('downloadNetwork') },
        // Plain links: the browser downloads the streamed file itself, under the server's file name.
        ...networkDownloads.map((f) =>
          h(
            'a',
            { id: `download-${f}`, className: 'button', href: networkDownloadUrl(s, f), download: '', title: t('downloadHint') },
            t(downloadLabel[f]),
          ),
        ),
      ),
    );
  };
  // The links carry the filter, which changes without a re-render of the tools.
  const updateLinks = (s: State) => {
    for (const f of networkDownloads)
      container.querySelector<HTMLAnchorElement>(`#download-${f}`)?.setAttribute('href', networkDownloadUrl(s, f));
  };
  return {
    update(state) {
      updateLinks(state);
      if (
        last &&
        last.layout === state.layout &&
        last.sizeBy === state.sizeBy &&
        last.lang === state.lang &&
        last.revealed === state.revealed &&
        (last.gaps === null) === (state.gaps === null)
      )
        return;
      const focused = (document.activeElement as HTMLElement | null)?.id;
      last = state;
      render(state);
      if (focused) document.getElementById(focused)?.focus();
    },
    destroy() {
      container.replaceChildren();
    },
  };
}
