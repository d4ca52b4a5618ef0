// A report's second table (the countries of the international reach): its figures as they are,
// in the report's order, without sorting or row clicks.
import { h } from '../dom.ts';
import type { Key, Lang } from '../i18n.ts';
import { formatCell, type SideTable } from './report-table.ts';

export function renderSideTable(lang: Lang, t: (key: Key) => string, table: SideTable): HTMLElement {
  const align = (text: boolean) => (text ? '' : 'num');
  return h(
    'div',
    { className: 'gap-table-wrap' },
    h('h3', {}, t(table.title)),
    h(
      'table',
      { className: 'gap-table', id: table.id },
      h(
        'thead',
        {},
        h('tr', {}, ...table.columns.map((c) => h('th', { scope: 'col', className: align(c.format === 'text') }, t(c.label)))),
      ),
      h(
        'tbody',
        {},
        ...table.rows.map((r) =>
          h(
            'tr',
            { 'data-row': r.id },
            ...table.columns.map((c, i) => {
              const text = formatCell(lang, r.values[c.key] ?? null, c.format);
              return i === 0 ? h('th', { scope: 'row' }, text) : h('td', { className: align(c.format === 'text') }, text);
            }),
          ),
        ),
      ),
    ),
  );
}
