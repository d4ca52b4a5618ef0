// "Zusammenführen mit …" (managers): two records of one organisation side by side, the other one
// found by search; per differing field the value to keep; what will happen said before it does.
import { search } from '../api.ts';
import { h } from '../dom.ts';
import { localName, valueLabel, type Key, type Lang } from '../i18n.ts';
import type { Vocabulary } from '../api.ts';
import { mountSearch } from '../ui/search.ts';
import { openDialog } from './dialog.ts';
import { sameValue, type FieldValue } from './fields.ts';
import { organizationFieldNames, pickFields, toFields, type OrganizationFieldName } from './organization-form.ts';
import { conflictNote, conflictOf, failureText, problemsOf } from './outcome.ts';
import { loadProfile, mergeOrganizations, type Profile } from './records-api.ts';

export interface MergeOptions {
  t: (key: Key) => string;
  lang: Lang;
  vocabulary: Vocabulary;
  csrfToken: () => string | null;
  onMerged: (keep: string, drop: string) => Promise<void>;
  onCancel: () => void;
}

export function openMerge(keepId: string, o: MergeOptions): { destroy(): void } {
  const { t, lang } = o;
  const dialog = openDialog('merge-dialog', t('mergeTitle'), o.onCancel, t('close'));
  let keep: Profile | null = null;
  let drop: Profile | null = null;
  let fromDrop = new Set<OrganizationFieldName>(); // fields whose value comes from the dissolved record
  let live = true;
  const termNames = new Map([...o.vocabulary.competences, ...o.vocabulary.industries].map((c) => [c.id, localName(lang, c)]));

  const pickBox = h('div', { className: 'search', id: 'merge-search' });
  const picker = mountSearch(pickBox, {
    t,
    find: async (q) => (await search(q)).filter((hit) => hit.type === 'organization'),
    onChoose: (hit) => {
      if (hit.id === keep?.id) return say(t('mergeSelf'));
      loadProfile(hit.id).then((p) => {
        if (!live || !p) return;
        drop = p;
        fromDrop = defaults();
        render();
      }, fail);
    },
  });
  pickBox.querySelector('input')?.setAttribute('aria-labelledby', 'merge-pick-label');
  const compare = h('div', { id: 'merge-compare' });
  const status = h('div', { className: 'form-status', id: 'merge-status', 'aria-live': 'polite' });
  const submit = h('button', { type: 'button', className: 'primary', id: 'merge-submit', disabled: true }, t('mergeDo'));
  dialog.body.append(
    h('p', { className: 'label', id: 'merge-pick-label' }, t('mergePick')),
    pickBox,
    compare,
    status,
    h('div', { className: 'actions' }, submit, h('button', { type: 'button', onclick: o.onCancel }, t('cancel'))),
  );
  const say = (...children: (Node | string)[]) => status.replaceChildren(...children);
  const fail = (err: unknown) => live && say(failureText(t, err));

  const differing = (): OrganizationFieldName[] =>
    keep && drop ? organizationFieldNames.filter((n) => !sameValue(keep?.[n] ?? null, drop?.[n] ?? null)) : [];
  // Where the kept record has nothing, the other's value is the better default.
  const defaults = () =>
    new Set(differing().filter((n) => (keep?.[n] ?? null) === null || (Array.isArray(keep?.[n]) && !keep?.[n]?.length)));

  const shown = (name: OrganizationFieldName, v: FieldValue): string => {
    if (v === null || (Array.isArray(v) && v.length === 0)) return '—';
    if (Array.isArray(v)) return v.map((id) => termNames.get(id) ?? id).join(', ');
    if (name === 'kind') return valueLabel(lang, 'kind', String(v));
    if (name === 'universityKind') return valueLabel(lang, 'uni', String(v));
    if (name === 'society') return valueLabel(lang, 'society', String(v));
    return String(v);
  };

  const render = () => {
    if (!keep || !drop) return;
    const k = keep;
    const d = drop;
    const rows = differing().map((name) =>
      h(
        'tr',
        { 'data-field': name },
        h('th', { scope: 'row' }, t(`f_${name}`)),
        ...([false, true] as const).map((fromOther) => {
          const p = fromOther ? d : k;
          return h(
            'td',
            {},
            h(
              'label',
              {},
              h('input', {
                type: 'radio',
                name: `merge-${name}`,
                value: fromOther ? 'drop' : 'keep',
                checked: fromDrop.has(name) === fromOther,
                onchange: () => {
                  if (fromOther) fromDrop.add(name);
                  else fromDrop.delete(name);
                },
              }),
              ` ${shown(name, p[name] ?? null)}`,
            ),
          );
        }),
      ),
    );
    compare.replaceChildren(
      h('p', { id: 'merge-explain' }, t('mergeExplain').replaceAll('{drop}', d.name).replaceAll('{keep}', k.name)),
      h(
        'table',
        { className: 'merge-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('mergeField')),
            h('th', { scope: 'col' }, `${t('mergeKeep')}: ${k.name} (${k.id})`),
            h('th', { scope: 'col' }, `${t('mergeDrop')}: ${d.name} (${d.id})`),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
      h('p', {}, rows.length ? t('mergeChoose') : '', ' ', t('mergeSame')),
      h(
        'button',
        {
          type: 'button',
          id: 'merge-swap',
          onclick: () => {
            keep = d;
            drop = k;
            fromDrop = defaults();
            render();
          },
        },
        t('mergeSwap'),
      ),
    );
    submit.disabled = false;
  };

  const reload = () => {
    const ids = [keep?.id, drop?.id];
    Promise.all(ids.map((id) => (id ? loadProfile(id) : Promise.resolve(null)))).then(([k, d]) => {
      if (!live) return;
      keep = k ?? null;
      drop = d ?? null;
      fromDrop = defaults();
      say();
      render();
    }, fail);
  };

  submit.addEventListener('click', () => {
    if (!keep || !drop) return;
    const k = keep;
    const d = drop;
    const values: Partial<Record<OrganizationFieldName, FieldValue>> = {};
    for (const n of organizationFieldNames) values[n] = (fromDrop.has(n) ? d : k)[n] ?? null;
    // Only the values taken from the dissolved record are sent; the kept one has the rest.
    const fields = pickFields(toFields(values), fromDrop);
    submit.disabled = true;
    say(t('loading'));
    mergeOrganizations(o.csrfToken(), k, d, fields)
      .then(() => o.onMerged(k.id, d.id))
      .catch((err: unknown) => {
        if (!live) return;
        submit.disabled = false;
        const conflict = conflictOf(err);
        const problems = problemsOf(err, lang);
        if (conflict) say(conflictNote(t, conflict, (f) => f, reload));
        else if (problems.length)
          say(t('invalidFields'), ...problems.map((p) => h('p', { className: 'field-error' }, `${p.field}: ${p.expected}`)));
        else fail(err);
      });
  });

  loadProfile(keepId).then((p) => {
    if (!live || !p) return;
    keep = p;
    pickBox.querySelector('input')?.focus();
  }, fail);
  return {
    destroy() {
      live = false;
      picker.destroy();
      dialog.destroy();
    },
  };
}
