// The detail panel as a form: an organisation's profile loaded with its version, saved as only
// the fields that changed. A stale version ends in a conflict naming what changed and by whom,
// with "Neu laden"; nothing is overwritten silently.
import type { Vocabulary } from '../api.ts';
import { h } from '../dom.ts';
import type { Key, Lang } from '../i18n.ts';
import { changedFields, organizationForm } from './organization-form.ts';
import { conflictNote, conflictOf, failureText, problemsOf } from './outcome.ts';
import { deleteOrganization, loadProfile, updateOrganization, type Profile } from './records-api.ts';
import { canSeeNonPublic, isManager, type Session } from './session.ts';

export interface EditOptions {
  t: (key: Key) => string;
  lang: Lang;
  vocabulary: Vocabulary;
  session: () => Session;
  onSaved: (profile: Profile) => void;
  onDeleted: (id: string) => void;
  onCancel: () => void;
}

export function mountOrganizationEditor(panel: HTMLElement, id: string, o: EditOptions): { destroy(): void } {
  const { t } = o;
  let live = true;
  let profile: Profile | null = null;
  const form = organizationForm({
    t,
    lang: o.lang,
    vocabulary: o.vocabulary,
    showNonPublic: canSeeNonPublic(o.session(), id),
    idPrefix: 'edit',
  });
  const status = h('div', { className: 'form-status', id: 'edit-status', 'aria-live': 'polite' });
  const save = h('button', { type: 'submit', className: 'primary', id: 'edit-save', disabled: true }, t('save'));
  const title = h('h2', { id: 'edit-title' }, t('editTitle'));
  const element = h(
    'form',
    { id: 'edit-form', className: 'edit-form', 'aria-labelledby': 'edit-title', novalidate: true },
    title,
    form.element,
    status,
    h(
      'div',
      { className: 'actions' },
      save,
      h('button', { type: 'button', id: 'edit-cancel', onclick: () => o.onCancel() }, t('cancel')),
      // Deleting is for managers; the audit trail keeps the record.
      isManager(o.session())
        ? h('button', { type: 'button', id: 'edit-delete', className: 'danger', onclick: () => remove() }, t('deleteOrganization'))
        : null,
    ),
  );
  const say = (...children: (Node | string)[]) => status.replaceChildren(...children);

  const load = () => {
    say(t('loading'));
    save.disabled = true;
    loadProfile(id).then(
      (p) => {
        if (!live) return;
        if (!p) return say(failureText(t, new Error(id)));
        profile = p;
        title.textContent = `${t('editTitle')}: ${p.name}`;
        form.fill(p);
        save.disabled = false;
        say();
        element.querySelector<HTMLElement>('input')?.focus();
      },
      (err: unknown) => live && say(failureText(t, err)),
    );
  };

  const remove = () => {
    if (!profile || !window.confirm(t('deleteConfirm').replace('{name}', profile.name))) return;
    say(t('loading'));
    deleteOrganization(o.session().csrfToken, id, profile.version).then(
      () => live && o.onDeleted(id),
      (err: unknown) => {
        if (!live) return;
        const conflict = conflictOf(err);
        if (conflict) say(conflictNote(t, conflict, label, load));
        else say(failureText(t, err));
      },
    );
  };

  const label = (field: string) => element.querySelector(`[data-field="${CSS.escape(field)}"] label`)?.firstChild?.textContent ?? field;

  const onSubmit = (e: Event) => {
    e.preventDefault();
    if (!profile) return;
    const read = form.read();
    if ('problems' in read) return say(t('invalidFields'));
    const changes = changedFields(profile, read.fields);
    if (Object.keys(changes).length === 0) return say(t('noChanges'));
    save.disabled = true;
    say(t('loading'));
    updateOrganization(o.session().csrfToken, id, profile.version, changes).then(
      (saved) => live && o.onSaved(saved),
      (err: unknown) => {
        if (!live) return;
        save.disabled = false;
        const conflict = conflictOf(err);
        const problems = problemsOf(err, o.lang);
        if (conflict) say(conflictNote(t, conflict, label, load));
        else if (problems.length) {
          const rest = form.showProblems(problems);
          say(t('invalidFields'), ...rest.map((p) => h('p', { className: 'field-error' }, `${p.field}: ${p.expected}`)));
          element.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
        } else say(failureText(t, err));
      },
    );
  };
  // Escape leaves the form without saving; the panel's own Escape (deselect) is not reached.
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    o.onCancel();
  };
  element.addEventListener('submit', onSubmit);
  element.addEventListener('keydown', onKey);
  panel.replaceChildren(element);
  load();
  return {
    destroy() {
      live = false;
      element.removeEventListener('submit', onSubmit);
      element.removeEventListener('keydown', onKey);
      element.remove();
    },
  };
}
