// Signing in and editing, wired to the store: the session area in the top bar, and the dialog
// the state asks for (sign in, new password, new organisation or project, merge). The edit form
// of one organisation lives in the detail panel (ui/details.ts).
import type cytoscape from 'cytoscape';
import { network, type Vocabulary } from '../api.ts';
import { h } from '../dom.ts';
import type { Key } from '../i18n.ts';
import type { Action, Editing, State, Store } from '../state.ts';
import { toast } from '../ui/chrome.ts';
import { logout, whoAmI, type SignedIn } from './auth-api.ts';
import { addNetwork, refreshRecord, removeRecord } from './graph-patch.ts';
import { openImportDialog } from './import-dialog.ts';
import { loadReviews, reviewPage } from './imports-api.ts';
import { openMerge } from './merge-dialog.ts';
import { openNewOrganization } from './new-organization.ts';
import { openNewProject } from './new-project.ts';
import { openHistory } from './history-dialog.ts';
import { failureText } from './outcome.ts';
import { openReviewQueue } from './review-queue.ts';
import { isManager } from './session.ts';
import { openChangePassword, openSignIn } from './sign-in.ts';

export { mountOrganizationEditor } from './edit-organization.ts';
export { mountMetricsNote } from './metrics-note.ts';
export { removeRecord } from './graph-patch.ts';

export interface CurationOptions {
  t: (key: Key) => string;
  store: Pick<Store, 'get' | 'dispatch' | 'subscribe'>;
  vocabulary: Vocabulary;
  cy: cytoscape.Core;
  onError: (err: unknown) => void;
  /** Much changed at once (an import undone): the explorer reads the whole network again. */
  reloadNetwork: () => void;
  /** The whole network is loaded: an import's changes join it; a large graph is read anew instead. */
  whole: boolean;
}

const dialogKey = (e: Editing | null): string => {
  if (!e || e.kind === 'organization') return '';
  if (e.kind === 'merge') return `merge:${e.keep}`;
  return e.kind === 'history' ? `history:${JSON.stringify(e.view.filter)}` : e.kind;
};

/** Reads the record again into the graph, then selects it: the detail panel shows it saved. */
export async function showSaved(
  cy: cytoscape.Core,
  dispatch: (a: Action) => void,
  id: string,
  removed: string | null = null,
): Promise<void> {
  if (removed) removeRecord(cy, removed);
  await refreshRecord(cy, id);
  dispatch({ type: 'saved', id });
}

export function mountCuration(area: HTMLElement, o: CurationOptions): { destroy(): void } {
  const { t, store } = o;
  const dispatch = store.dispatch;
  const csrfToken = () => store.get().session.csrfToken;
  const signedIn = (s: SignedIn | null) => dispatch(s ? { type: 'signedIn', user: s.user, csrfToken: s.csrfToken } : { type: 'signedOut' });
  const cancel = () => dispatch({ type: 'stopEditing' });
  let dialog: { key: string; view: { destroy(): void } } | null = null;
  let live = true;
  // Rows waiting in the review queue, for the button; null until a manager's count arrives.
  let waiting: number | null = null;
  const setWaiting = (n: number | null) => {
    waiting = n;
    renderArea(store.get());
  };
  const countReviews = () => {
    if (!isManager(store.get().session)) return setWaiting(null);
    loadReviews().then(
      (reviews) => live && setWaiting(reviews.length),
      () => live && setWaiting(null),
    );
  };

  const open = (s: State): { destroy(): void } | null => {
    const e = s.editing;
    const common = { t, lang: s.lang, vocabulary: o.vocabulary, csrfToken, onCancel: cancel };
    const created = async (id: string) => {
      await showSaved(o.cy, dispatch, id);
      toast(t('createdNote'));
    };
    switch (e?.kind) {
      case 'signIn':
        return openSignIn({ t, onSignedIn: signedIn, onCancel: cancel });
      case 'changePassword':
        return openChangePassword({
          t,
          lang: s.lang,
          csrfToken,
          mustChange: s.session.user?.mustChangePassword === true,
          onChanged: (x) => {
            signedIn(x);
            dispatch({ type: 'stopEditing' });
            toast(t('passwordChanged'));
          },
          onCancel: cancel,
        });
      case 'newOrganization':
        return openNewOrganization({ ...common, onCreated: created });
      case 'newProject':
        return openNewProject({ ...common, onCreated: created });
      case 'merge':
        return openMerge(e.keep, {
          ...common,
          onMerged: async (keep, drop) => {
            await showSaved(o.cy, dispatch, keep, drop);
            toast(t('mergedNote'));
          },
        });
      case 'history':
        return openHistory({
          t,
          lang: s.lang,
          csrfToken,
          view: e.view,
          onNarrow: (view) => dispatch({ type: 'edit', editing: { kind: 'history', view } }),
          onSelect: (id) => dispatch({ type: 'select', id }),
          onUndone: (n) => {
            dispatch({ type: 'saved', id: null });
            toast(t('importUndone').replace('{n}', String(n)));
            o.reloadNetwork();
          },
          onCancel: cancel,
        });
      case 'import':
        return openImportDialog({
          t,
          lang: s.lang,
          csrfToken,
          onApplied: async (review) => {
            // The import's new organisations and ties join the graph; the rest keep their places.
            if (o.whole) addNetwork(o.cy, await network());
            else o.reloadNetwork();
            dispatch({ type: 'dataChanged' });
            if (review > 0) countReviews();
          },
          onReview: () => dispatch({ type: 'edit', editing: { kind: 'reviewQueue' } }),
          onCancel: cancel,
        });
      case 'reviewQueue':
        return openReviewQueue({
          t,
          lang: s.lang,
          csrfToken,
          onDecided: async (id, left) => {
            setWaiting(left);
            await refreshRecord(o.cy, id);
            dispatch({ type: 'dataChanged' });
            dispatch({ type: 'select', id });
          },
          onCancel: cancel,
        });
      default:
        return null;
    }
  };

  const signOut = () => {
    logout(csrfToken()).then(
      () => {
        dispatch({ type: 'signedOut' });
        toast(t('signedOutNote'));
      },
      (err: unknown) => o.onError(new Error(failureText(t, err))),
    );
  };

  const renderArea = (s: State) => {
    const user = s.session.user;
    if (!user) {
      area.replaceChildren(
        h('button', { type: 'button', id: 'sign-in', onclick: () => dispatch({ type: 'edit', editing: { kind: 'signIn' } }) }, t('signIn')),
      );
      return;
    }
    const managing = isManager(s.session)
      ? [
          h(
            'span',
            { className: 'curation-actions' },
            h(
              'button',
              { type: 'button', id: 'new-organization', onclick: () => dispatch({ type: 'edit', editing: { kind: 'newOrganization' } }) },
              t('newOrganization'),
            ),
            h(
              'button',
              { type: 'button', id: 'new-project', onclick: () => dispatch({ type: 'edit', editing: { kind: 'newProject' } }) },
              t('newProject'),
            ),
            h(
              'button',
              {
                type: 'button',
                id: 'open-history',
                onclick: () => dispatch({ type: 'edit', editing: { kind: 'history', view: { filter: {}, label: '' } } }),
              },
              t('history'),
            ),
            h(
              'button',
              { type: 'button', id: 'import-open', onclick: () => dispatch({ type: 'edit', editing: { kind: 'import' } }) },
              t('importOpen'),
            ),
            h(
              'button',
              { type: 'button', id: 'review-open', onclick: () => dispatch({ type: 'edit', editing: { kind: 'reviewQueue' } }) },
              t('reviewOpen'),
              waiting
                ? h('span', { className: 'badge', id: 'review-count' }, waiting >= reviewPage ? `${reviewPage}+` : String(waiting))
                : null,
            ),
          ),
        ]
      : [];
    area.replaceChildren(
      ...managing,
      h(
        'span',
        { className: 'user', id: 'signed-in-user', title: `${t('signedInAs')} ${user.login}` },
        h('strong', {}, user.displayName),
        ` · ${t(`role_${user.role}`)}`,
      ),
      h(
        'button',
        { type: 'button', id: 'change-password', onclick: () => dispatch({ type: 'edit', editing: { kind: 'changePassword' } }) },
        t('changePassword'),
      ),
      h('button', { type: 'button', id: 'sign-out', onclick: signOut }, t('signOut')),
    );
  };

  const render = (s: State, prev: State | null) => {
    if (!prev || s.session !== prev.session || s.lang !== prev.lang) renderArea(s);
    if (s.session.user?.role !== prev?.session.user?.role) countReviews();
    const key = dialogKey(s.editing);
    if (key === (dialog?.key ?? '') && (!prev || s.lang === prev.lang)) return;
    dialog?.view.destroy();
    dialog = null;
    const view = key ? open(s) : null;
    if (view) dialog = { key, view };
  };
  const unsubscribe = store.subscribe((s, prev) => render(s, prev));
  render(store.get(), null);
  // Who is signed in: the session cookie, read once at start.
  whoAmI().then(
    (s) => live && s && signedIn(s),
    () => undefined,
  );
  return {
    destroy() {
      live = false;
      unsubscribe();
      dialog?.view.destroy();
      area.replaceChildren();
    },
  };
}
