// The change history for managers: who changed what, when, from which source, with the values
// before and after; narrowed to one record, one person or one import, or since a date. Without
// a narrowing it lists the imports too, each with its changes and an undo of the whole import.
import { h } from '../dom.ts';
import type { Key, Lang } from '../i18n.ts';
import { openDialog } from './dialog.ts';
import {
  countsOf,
  type AuditEntry,
  type HistoryFilter,
  type ImportEntry,
  loadChangeCounts,
  loadChanges,
  loadImports,
  undoImport,
  valuesOf,
} from './history-api.ts';
import { failureText } from './outcome.ts';

/** The narrowing the dialog shows, with the name it is shown by. */
export interface HistoryView {
  filter: HistoryFilter;
  label: string;
}

export interface HistoryOptions {
  t: (key: Key) => string;
  lang: Lang;
  csrfToken: () => string | null;
  view: HistoryView;
  /** Another narrowing (a person, an import, all): the dialog opens again with it. */
  onNarrow: (view: HistoryView) => void;
  /** Shows the record in the explorer. */
  onSelect: (id: string) => void;
  /** An import was undone: the explorer reads the network again. */
  onUndone: (changes: number) => void;
  onCancel: () => void;
}

const countKeys = ['created', 'updated', 'unchanged', 'rejected', 'review'] as const;

export function formatTime(lang: Lang, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** A stored value as a reader sees it: lists joined, nothing as "(empty)". */
export function shownValue(v: unknown, empty: string): string {
  if (v === null || v === undefined || v === '') return empty;
  if (Array.isArray(v)) return v.length === 0 ? empty : v.map(String).join(', ');
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** Field → [before, after] of one change, for the fields it changed. */
export function changedValues(e: Pick<AuditEntry, 'fields' | 'before' | 'after'>): [string, unknown, unknown][] {
  const before = valuesOf(e.before) ?? {};
  const after = valuesOf(e.after) ?? {};
  return e.fields.map((f) => [f, before[f], after[f]]);
}

export function openHistory(o: HistoryOptions): { destroy(): void } {
  const { t, lang, view } = o;
  const tr = (key: string) => t(key as Key);
  const fieldLabel = (f: string) => {
    const label = tr(`f_${f}`);
    return label === `f_${f}` || !label ? f : label;
  };
  const dialog = openDialog('history-dialog', t('historyTitle'), o.onCancel, t('cancel'));
  const status = h('p', { id: 'history-status', role: 'status' });
  const counts = h('p', { id: 'history-counts', hidden: true });
  const changes = h('ol', { id: 'history-changes', className: 'history-changes' });
  const more = h('button', { type: 'button', id: 'history-more', hidden: true }, t('historyMore'));
  const narrowed = Object.keys(view.filter).some((k) => k !== 'since');
  let live = true;
  let cursor: string | null = null;
  const fail = (err: unknown) => {
    if (live) status.textContent = failureText(t, err);
  };

  const source = (e: AuditEntry): Node => {
    if (e.via === 'import' && e.importId) {
      const text = (e.row === null ? t('via_importNoRow') : t('via_import'))
        .replace('{file}', e.file ?? '?')
        .replace('{row}', String(e.row));
      const importId = e.importId;
      return h(
        'button',
        { type: 'button', className: 'link', onclick: () => o.onNarrow({ filter: { importId }, label: e.file ?? importId }) },
        text,
      );
    }
    return document.createTextNode(tr(`via_${e.via}`));
  };

  const entry = (e: AuditEntry): HTMLElement => {
    const record = h('button', { type: 'button', className: 'link', onclick: () => o.onSelect(e.entityId) }, e.entityId);
    const who = h(
      'button',
      { type: 'button', className: 'link', onclick: () => o.onNarrow({ filter: { user: e.actorId }, label: e.actorName }) },
      e.actorName,
    );
    const values = changedValues(e).map(([f, before, after]) =>
      h(
        'li',
        { 'data-field': f },
        h('span', { className: 'field' }, `${fieldLabel(f)}: `),
        e.action === 'create' ? '' : h('del', {}, shownValue(before, t('emptyValue'))),
        e.action === 'create' ? '' : ' → ',
        h('ins', {}, shownValue(after, t('emptyValue'))),
      ),
    );
    return h(
      'li',
      { 'data-entry': e.id, 'data-action': e.action },
      h(
        'div',
        { className: 'history-head' },
        h('time', { dateTime: e.at }, formatTime(lang, e.at)),
        ' · ',
        `${tr(`entity_${e.entity}`)} `,
        record,
        e.otherId ? ` ↔ ${e.otherId}` : '',
        ` ${tr(`action_${e.action}`)} ${t('by')} `,
        who,
        ' · ',
        source(e),
      ),
      values.length > 0 && e.action !== 'delete' ? h('ul', { className: 'history-values' }, ...values) : '',
    );
  };

  const page = () => {
    loadChanges(view.filter, cursor).then((p) => {
      if (!live) return;
      changes.append(...p.entries.map(entry));
      cursor = p.endCursor;
      more.hidden = !cursor;
      if (changes.childElementCount === 0) status.textContent = t('historyEmpty');
    }, fail);
  };
  more.onclick = page;

  const importRow = (i: ImportEntry): HTMLElement => {
    const counts = countsOf(i.summary ?? null) ?? {};
    const shown = countKeys.filter((k) => (counts[k] ?? 0) > 0).map((k) => `${counts[k]} ${tr(`count_${k}`)}`);
    const undo = h('button', { type: 'button', className: 'import-undo', hidden: i.status !== 'applied' }, t('importUndo'));
    undo.onclick = () => {
      if (!window.confirm(t('importUndoConfirm').replace('{name}', i.file))) return;
      undo.disabled = true;
      undoImport(o.csrfToken(), i.id).then(
        (n) => live && o.onUndone(n),
        (err: unknown) => {
          undo.disabled = false;
          fail(err);
        },
      );
    };
    return h(
      'tr',
      { 'data-import': i.id },
      h('td', {}, formatTime(lang, i.at)),
      h('td', {}, i.file),
      h('td', {}, i.actorName),
      h('td', { className: 'import-status' }, tr(`status_${i.status}`)),
      h('td', {}, shown.join(', ')),
      h(
        'td',
        {},
        h(
          'button',
          { type: 'button', className: 'link', onclick: () => o.onNarrow({ filter: { importId: i.id }, label: i.file }) },
          t('importChanges'),
        ),
        ' ',
        undo,
      ),
    );
  };

  const imports = h('tbody', {});
  const since = h('input', { type: 'date', id: 'history-since', value: view.filter.since?.slice(0, 10) ?? '' });
  since.onchange = () => o.onNarrow({ filter: { ...view.filter, since: since.value || undefined }, label: view.label });
  const heading = narrowed
    ? (view.filter.record ? t('historyOf') : view.filter.user ? t('historyByUser') : t('historyOfImport')).replace('{name}', view.label)
    : t('historyAll');
  dialog.body.append(
    h(
      'div',
      { className: 'history-filter' },
      h('h3', { id: 'history-heading' }, heading),
      h('label', {}, `${t('historySince')} `, since),
      narrowed
        ? h('button', { type: 'button', id: 'history-all', onclick: () => o.onNarrow({ filter: {}, label: '' }) }, t('historyShowAll'))
        : '',
    ),
    status,
    counts,
    narrowed ? '' : h('section', { id: 'history-imports' }, h('h3', {}, t('importsTitle')), h('table', {}, imports)),
    changes,
    more,
  );
  if (!narrowed)
    loadImports().then((list) => {
      if (!live) return;
      if (list.length === 0) imports.append(h('tr', {}, h('td', {}, t('importsEmpty'))));
      else imports.append(...list.map(importRow));
    }, fail);
  // Since a date: the counts the yearly KPIs quote, before the single changes.
  if (view.filter.since)
    loadChangeCounts(view.filter.since).then((list) => {
      if (!live || list.length === 0) return;
      counts.hidden = false;
      counts.textContent = list.map((c) => `${c.count} × ${tr(`entity_${c.entity}`)} ${tr(`action_${c.action}`)}`).join(' · ');
    }, fail);
  page();
  return {
    destroy() {
      live = false;
      dialog.destroy();
    },
  };
}
