// What a failed write tells the editor: the invalid fields at their places, a conflict with what
// changed and by whom, a missing right or an ended session in a sentence of their own.
import { ApiError } from '../api.ts';
import { h } from '../dom.ts';
import { expectedInGerman } from '../../../shared/expected-de.ts';
import type { Key, Lang } from '../i18n.ts';
import { errorText } from '../ui/chrome.ts';

export interface Problem {
  field: string;
  expected: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The invalid fields of a BAD_USER_INPUT error (extensions.problems), what was expected in the UI's language. */
export function problemsOf(err: unknown, lang: Lang): Problem[] {
  if (!(err instanceof ApiError) || err.code !== 'BAD_USER_INPUT' || !Array.isArray(err.extensions.problems)) return [];
  const say = (expected: string) => (lang === 'de' ? expectedInGerman(expected) : expected);
  return err.extensions.problems.flatMap((p: unknown) =>
    isRecord(p) && typeof p.field === 'string' ? [{ field: p.field, expected: say(String(p.expected ?? '')) }] : [],
  );
}

export interface Conflict {
  yours: number | null;
  current: number | null;
  changedFields: string[];
  changedBy: string[];
}

export function conflictOf(err: unknown): Conflict | null {
  if (!(err instanceof ApiError) || err.code !== 'CONFLICT') return null;
  const x = err.extensions;
  const n = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    yours: n(x.yourVersion),
    current: n(x.currentVersion),
    changedFields: strings(x.changedFields),
    changedBy: strings(x.changedBy),
  };
}

/** The conflict as the editor reads it, with the one way on: reload and edit again. */
export function conflictNote(t: (key: Key) => string, c: Conflict, label: (field: string) => string, reload: () => void): HTMLElement {
  return h(
    'div',
    { className: 'conflict', role: 'alert', id: 'edit-conflict' },
    h(
      'p',
      {},
      t('conflictText')
        .replace('{yours}', String(c.yours ?? '?'))
        .replace('{current}', String(c.current ?? '?')),
    ),
    c.changedFields.length ? h('p', {}, `${t('conflictFields')} ${c.changedFields.map(label).join(', ')}`) : null,
    c.changedBy.length ? h('p', {}, `${t('conflictBy')} ${c.changedBy.join(', ')}`) : null,
    h('p', {}, t('conflictKept')),
    h('button', { type: 'button', id: 'edit-reload', onclick: reload }, t('reload')),
  );
}

/** One sentence for a failure that is not about a field. */
export function failureText(t: (key: Key) => string, err: unknown): string {
  if (err instanceof ApiError && err.code === 'FORBIDDEN') return `${t('forbidden')} (${err.message})`;
  if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') return t('sessionEnded');
  return errorText(t, err);
}
