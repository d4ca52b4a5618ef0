// The column-mapping step: each header of the file beside a choice of the kind's fields (or "do
// not import"), prefilled with the server's guess. Which required fields are still without a
// column and which field two columns claim is pure (unit-tested); the dry run waits for neither.
import { h } from '../dom.ts';
import type { Key, Lang } from '../i18n.ts';
import { fieldLabel, importFields, type ImportKind } from './import-kinds.ts';
import type { ImportAnswer, MappedColumn } from './imports-api.ts';
import { fill } from './import-report.ts';

/** Header text → field, or null to leave the column out: what x-column-mapping carries. */
export type ColumnMapping = Record<string, string | null>;

/** Whether the file's header needs the mapping step: a column unknown or a required field missing. */
export const needsMapping = (header: ImportAnswer['header']): boolean =>
  header.missing.length > 0 || header.columns.some((c) => c.by === 'unknown');

/** The server's guess: what it read each column as; unknown columns are left out. */
export function initialMapping(columns: readonly MappedColumn[]): ColumnMapping {
  return Object.fromEntries(columns.map((c) => [c.header, c.field]));
}

export interface MappingCheck {
  /** Required fields no column is mapped to. */
  missing: string[];
  /** Fields more than one column is mapped to. */
  twice: string[];
}

export function checkMapping(kind: ImportKind, mapping: ColumnMapping): MappingCheck {
  const chosen = Object.values(mapping).filter((f): f is string => f !== null);
  const twice = [...new Set(chosen.filter((f, i) => chosen.indexOf(f) !== i))];
  const missing = importFields(kind)
    .filter((f) => f.required && !chosen.includes(f.field))
    .map((f) => f.field);
  return { missing, twice };
}

export interface MappingFormOptions {
  t: (key: Key) => string;
  lang: Lang;
  kind: ImportKind;
  columns: readonly MappedColumn[];
  onSubmit: (mapping: ColumnMapping) => void;
}

export function renderMappingForm(o: MappingFormOptions): HTMLElement {
  const { t, lang, kind } = o;
  const mapping = initialMapping(o.columns);
  const status = h('p', { className: 'form-error', id: 'mapping-status', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', className: 'primary', id: 'mapping-submit' }, t('mappingCheck'));
  const label = (field: string) => fieldLabel(lang, kind, field);
  const review = () => {
    const c = checkMapping(kind, mapping);
    const notes = [
      c.missing.length ? fill(t('mappingMissing'), { fields: c.missing.map(label).join(', ') }) : '',
      c.twice.length ? fill(t('mappingTwice'), { fields: c.twice.map(label).join(', ') }) : '',
    ].filter(Boolean);
    status.textContent = notes.join(' ');
    submit.disabled = notes.length > 0;
  };
  const rows = o.columns.map((c, i) => {
    const select = h(
      'select',
      {
        id: `mapping-${i}`,
        'data-header': c.header,
        'aria-label': `${t('mappingField')}: ${c.header}`,
        onchange: (e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          mapping[c.header] = v === '' ? null : v;
          review();
        },
      },
      h('option', { value: '', selected: c.field === null }, t('mappingSkip')),
      ...importFields(kind).map((f) =>
        h('option', { value: f.field, selected: f.field === c.field }, f.required ? `${f[lang]} *` : f[lang]),
      ),
    );
    return h('tr', { 'data-by': c.by }, h('th', { scope: 'row' }, c.header), h('td', {}, select));
  });
  const form = h(
    'form',
    {
      id: 'mapping-form',
      className: 'mapping-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        o.onSubmit({ ...mapping });
      },
    },
    h('h3', {}, t('mappingTitle')),
    h('p', {}, t('mappingHint')),
    h(
      'table',
      { className: 'merge-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('mappingColumn')), h('th', { scope: 'col' }, t('mappingField')))),
      h('tbody', {}, ...rows),
    ),
    status,
    h('div', { className: 'actions' }, submit),
  );
  review();
  return form;
}
