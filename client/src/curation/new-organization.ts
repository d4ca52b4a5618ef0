// "Neue Organisation" (managers): the organisation form in a dialog. The server places the new
// node beside its town's organisations; the caller shows and selects it.
import type { Vocabulary } from '../api.ts';
import { h } from '../dom.ts';
import type { Key, Lang } from '../i18n.ts';
import { focusFirst, openDialog } from './dialog.ts';
import { organizationForm } from './organization-form.ts';
import { failureText, problemsOf } from './outcome.ts';
import { createOrganization } from './records-api.ts';

export interface NewRecordOptions {
  t: (key: Key) => string;
  lang: Lang;
  vocabulary: Vocabulary;
  csrfToken: () => string | null;
  onCreated: (id: string) => Promise<void>;
  onCancel: () => void;
}

export function openNewOrganization(o: NewRecordOptions): { destroy(): void } {
  const { t } = o;
  const dialog = openDialog('new-org-dialog', t('newOrganization'), o.onCancel, t('close'));
  const form = organizationForm({ t, lang: o.lang, vocabulary: o.vocabulary, showNonPublic: true, idPrefix: 'new-org' });
  const status = h('div', { className: 'form-status', id: 'new-org-status', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', className: 'primary', id: 'new-org-submit' }, t('create'));
  const element = h(
    'form',
    { id: 'new-org-form', novalidate: true },
    form.element,
    status,
    h('div', { className: 'actions' }, submit, h('button', { type: 'button', onclick: o.onCancel }, t('cancel'))),
  );
  element.querySelector<HTMLInputElement>('[name="country"]')?.setAttribute('value', 'DE');
  element.addEventListener('submit', (e) => {
    e.preventDefault();
    const read = form.read();
    if ('problems' in read) {
      status.textContent = t('invalidFields');
      return;
    }
    submit.disabled = true;
    status.textContent = t('loading');
    createOrganization(o.csrfToken(), read.fields)
      .then((created) => o.onCreated(created.id))
      .catch((err: unknown) => {
        submit.disabled = false;
        const problems = problemsOf(err, o.lang);
        const rest = form.showProblems(problems);
        status.replaceChildren(
          problems.length ? t('invalidFields') : failureText(t, err),
          ...rest.map((p) => h('p', { className: 'field-error' }, `${p.field}: ${p.expected}`)),
        );
      });
  });
  dialog.body.append(element);
  focusFirst(element);
  return dialog;
}
