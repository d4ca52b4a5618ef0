// The sign-in dialog and the change of a one-time password. A wrong password, a throttled login
// (with the wait from Retry-After) and a failure each get a German sentence of their own.
import { h } from '../dom.ts';
import type { Key, Lang } from '../i18n.ts';
import { changePassword, login, SignInError, whoAmI, type SignedIn } from './auth-api.ts';
import { focusFirst, openDialog } from './dialog.ts';
import { makeField } from './fields.ts';
import { failureText, problemsOf } from './outcome.ts';

export interface SignInOptions {
  t: (key: Key) => string;
  onSignedIn: (s: SignedIn) => void;
  onCancel: () => void;
}

export function signInMessage(t: (key: Key) => string, err: unknown): string {
  if (!(err instanceof SignInError)) return t('signInFailed');
  const f = err.failure;
  if (f.reason === 'wrong') return t('signInWrong');
  if (f.reason === 'throttled') return t('signInThrottled').replace('{s}', String(f.waitSeconds));
  return t('signInFailed');
}

export function openSignIn(o: SignInOptions): { destroy(): void } {
  const { t } = o;
  const dialog = openDialog('sign-in-dialog', t('signIn'), o.onCancel, t('close'));
  const user = makeField('sign-in', 'login', t('loginLabel'), { type: 'text', required: true });
  const password = makeField('sign-in', 'password', t('passwordLabel'), { type: 'text', required: true });
  password.control.setAttribute('type', 'password');
  user.control.setAttribute('autocomplete', 'username');
  password.control.setAttribute('autocomplete', 'current-password');
  const message = h('p', { className: 'form-error', id: 'sign-in-error', role: 'alert' });
  const submit = h('button', { type: 'submit', className: 'primary', id: 'sign-in-submit' }, t('signIn'));
  const form = h(
    'form',
    { id: 'sign-in-form' },
    user.element,
    password.element,
    message,
    h('div', { className: 'actions' }, submit, h('button', { type: 'button', onclick: o.onCancel }, t('cancel'))),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit.disabled = true;
    message.textContent = '';
    login(user.control.value.trim(), password.control.value).then(o.onSignedIn, (err: unknown) => {
      submit.disabled = false;
      message.textContent = signInMessage(t, err);
      password.control.value = '';
      password.control.focus();
    });
  });
  dialog.body.append(form);
  focusFirst(form);
  return dialog;
}

export interface ChangePasswordOptions {
  t: (key: Key) => string;
  lang: Lang;
  csrfToken: () => string | null;
  mustChange: boolean;
  onChanged: (s: SignedIn | null) => void;
  onCancel: () => void;
}

export function openChangePassword(o: ChangePasswordOptions): { destroy(): void } {
  const { t } = o;
  const dialog = openDialog('password-dialog', t('changePasswordTitle'), o.onCancel, t('close'));
  const secret = (name: string, label: Key, autocomplete: string) => {
    const f = makeField('password', name, t(label), { type: 'text', required: true });
    f.control.setAttribute('type', 'password');
    f.control.setAttribute('autocomplete', autocomplete);
    return f;
  };
  const current = secret('current', 'currentPassword', 'current-password');
  const next = secret('next', 'newPassword', 'new-password');
  const repeat = secret('repeat', 'repeatPassword', 'new-password');
  const fields = [current, next, repeat];
  const message = h('p', { className: 'form-error', id: 'password-error', role: 'alert' });
  const submit = h('button', { type: 'submit', className: 'primary', id: 'password-submit' }, t('changePassword'));
  const form = h(
    'form',
    { id: 'password-form' },
    o.mustChange ? h('p', {}, t('changePasswordHint')) : null,
    ...fields.map((f) => f.element),
    message,
    h('div', { className: 'actions' }, submit, h('button', { type: 'button', onclick: o.onCancel }, t('cancel'))),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    message.textContent = '';
    if (next.control.value !== repeat.control.value) {
      message.textContent = t('passwordMismatch');
      return;
    }
    submit.disabled = true;
    changePassword(o.csrfToken(), current.control.value, next.control.value)
      .then(() => whoAmI())
      .then(o.onChanged, (err: unknown) => {
        submit.disabled = false;
        const problems = problemsOf(err, o.lang);
        message.textContent = problems.length ? problems.map((p) => `${t('expected')} ${p.expected}`).join(' ') : failureText(t, err);
      });
  });
  dialog.body.append(form);
  focusFirst(form);
  return dialog;
}
