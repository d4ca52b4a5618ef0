// A gap report's table in the panel: sortable headers, a button per row that focuses the graph,
// and the rows a page at a time. Building and laying out 500 rows took most of the time the lens
// needed to open (bench:explorer, issue #14); the CSV and the printed page keep every row.
import { h } from '../dom.ts';
import { formatNumber, type Key, type Lang } from '../i18n.ts';
import { formatCell, type Report, type ReportRow } from './report-table.ts';

export const rowsPerPage = 100;

/** How many rows to show: at least one page, and always the current row's page. */
export function rowsToShow(rows: readonly ReportRow[], current: string | null, shown: number): number {
  const at = current === null ? -1 : rows.findIndex((r) => r.id === current);
  return Math.max(shown, rowsPerPage, Math.ceil((at + 1) / rowsPerPage) * rowsPerPage);
}

export interface TableView {
  lang: Lang;
  t: (key: Key) => string;
  built: Report;
  /** Rows in the reader's order. */
  rows: readonly ReportRow[];
  sort: string;
  current: string | null;
  /** How many rows are drawn; Infinity for all. */
  shown: number;
  onSort: (sort: string) => void;
  onPick: (id: string) => void;
  onMore: () => void;
}

export function renderTable(v: TableView): HTMLElement {
  const { t, lang, built } = v;
  const [sortKey, sortDir] = v.sort.split(':');
  const header = h(
    'tr',
    {},
    ...built.columns.map((c) => {
      const active = c.key === sortKey;
      const next = active ? `${c.key}:${sortDir === 'asc' ? 'desc' : 'asc'}` : `${c.key}:${c.format === 'text' ? 'asc' : 'desc'}`;
      return h(
        'th',
        {
          scope: 'col',
          'aria-sort': active ? (sortDir === 'asc' ? 'ascending' : 'descending') : 'none',
          className: c.format === 'text' ? '' : 'num',
        },
        h(
          'button',
          { type: 'button', className: 'sort', 'data-sort': c.key, title: t('gapSortHint'), onclick: () => v.onSort(next) },
          `${t(c.label)}${active ? (sortDir === 'asc' ? ' ▲' : ' ▼') : ''}`,
        ),
      );
    }),
  );
  const shown = v.rows.slice(0, v.shown);
  const body = shown.map((r) =>
    h(
      'tr',
      { 'data-row': r.id, className: r.alert ? 'alert' : '', 'aria-current': v.current === r.id ? 'true' : undefined },
      ...built.columns.map((c, i) => {
        const text = formatCell(lang, r.values[c.key] ?? null, c.format);
        return i === 0
          ? h(
              'th',
              { scope: 'row' },
              h('button', { type: 'button', className: 'link', 'data-row-button': r.id, onclick: () => v.onPick(r.id) }, text),
            )
          : h('td', { className: c.format === 'text' ? '' : 'num' }, text);
      }),
    ),
  );
  const all = formatNumber(lang, v.rows.length);
  const rest = v.rows.length - shown.length;
  return h(
    'div',
    { className: 'gap-table-wrap' },
    h('table', { className: 'gap-table', id: 'gap-table' }, h('thead', {}, header), h('tbody', {}, ...body)),
    h(
      'p',
      { className: 'muted', id: 'gap-rows' },
      rest > 0
        ? `${t('gapRowsShown').replace('{shown}', formatNumber(lang, shown.length)).replace('{all}', all)} `
        : `${all} ${t('gapRows')}`,
      rest > 0
        ? h(
            'button',
            { type: 'button', className: 'link no-print', id: 'gap-more', onclick: v.onMore },
            t('gapRowsMore').replace('{n}', formatNumber(lang, Math.min(rest, rowsPerPage))),
          )
        : null,
    ),
  );
}
