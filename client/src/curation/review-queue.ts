// "Prüfliste" (managers): imported organisations that might be one already in the graph wait
// here. Per row the manager says which one it is (the candidate or an alternative) or that it is
// a new organisation; the row leaves the list and the graph shows the record as it is now.
import { matchReasonInGerman } from '../../../shared/match-reasons-de.ts';
import { h } from '../dom.ts';
import type { Key, Lang } from '../i18n.ts';
import { openDialog } from './dialog.ts';
import { fill } from './import-report.ts';
import { decideMatch, loadReviews, type MatchReview } from './imports-api.ts';
import { failureText } from './outcome.ts';

export interface ReviewQueueOptions {
  t: (key: Key) => string;
  lang: Lang;
  csrfToken: () => string | null;
  /** After a decision: the organisation the row updated or created, and how many rows still wait. */
  onDecided: (organization: string, waiting: number) => Promise<void>;
  onCancel: () => void;
}

export const percent = (confidence: number): string => `${Math.round(confidence * 100)}`;

export function openReviewQueue(o: ReviewQueueOptions): { destroy(): void } {
  const { t } = o;
  const dialog = openDialog('review-dialog', t('reviewTitle'), o.onCancel, t('close'));
  const list = h('ul', { className: 'review-list', id: 'review-list' });
  const status = h('p', { className: 'form-status', id: 'review-status', 'aria-live': 'polite' });
  dialog.body.append(status, list);
  dialog.body.setAttribute('aria-busy', 'true');
  let live = true;
  let waiting = 0;

  const showEmpty = () => {
    if (list.children.length === 0) list.replaceWith(h('p', { id: 'review-empty' }, t('reviewEmpty')));
  };

  const decide = (item: HTMLElement, r: MatchReview, sameAs: string | null) => {
    for (const b of item.querySelectorAll('button')) b.disabled = true;
    status.textContent = t('loading');
    decideMatch(o.csrfToken(), r.id, sameAs)
      .then(async (organization) => {
        if (!live) return;
        item.remove();
        waiting -= 1;
        status.textContent = fill(t('reviewDecided'), { name: r.name });
        showEmpty();
        await o.onDecided(organization, waiting);
      })
      .catch((err: unknown) => {
        if (!live) return;
        for (const b of item.querySelectorAll('button')) b.disabled = false;
        status.textContent = failureText(t, err);
      });
  };

  const side = (title: string, name: string, city: string | null, note: string | null) =>
    h(
      'div',
      { className: 'review-side' },
      h('span', { className: 'label' }, title),
      h('strong', {}, name),
      city ? ` · ${city}` : '',
      note ? h('span', { className: 'hint' }, ` (${note})`) : '',
    );

  const item = (r: MatchReview): HTMLElement => {
    const li = h('li', { className: 'review-item', id: `review-${r.id}`, 'data-name': r.name });
    const from = r.file ? fill(t('reviewFrom'), { file: r.file, row: r.row === null || r.row === undefined ? '?' : String(r.row) }) : null;
    const alternatives = r.alternatives.map((a) =>
      h(
        'button',
        { type: 'button', className: 'review-alternative', 'data-id': a.id, onclick: () => decide(li, r, a.id) },
        `${a.name} (${fill(t('reviewConfidence'), { p: percent(a.confidence) })})`,
      ),
    );
    li.append(
      h(
        'div',
        { className: 'review-pair' },
        side(t('reviewImported'), r.name, r.city ?? null, from),
        side(t('reviewCandidate'), r.candidateName ?? r.candidateId, r.candidateCity ?? null, r.candidateId),
      ),
      h('p', { className: 'review-confidence' }, fill(t('reviewConfidence'), { p: percent(r.confidence) })),
      r.reasons.length
        ? h(
            'p',
            { className: 'hint' },
            `${t('reviewReasons')} ${r.reasons.map((x) => (o.lang === 'de' ? matchReasonInGerman(x) : x)).join('; ')}`,
          )
        : '',
      h(
        'div',
        { className: 'actions' },
        h('button', { type: 'button', className: 'primary review-same', onclick: () => decide(li, r, r.candidateId) }, t('reviewSame')),
        h('button', { type: 'button', className: 'review-new', onclick: () => decide(li, r, null) }, t('reviewNew')),
      ),
      alternatives.length ? h('div', { className: 'review-alternatives' }, h('span', {}, t('reviewAlternatives')), ...alternatives) : '',
    );
    return li;
  };

  loadReviews().then(
    (reviews) => {
      if (!live) return;
      waiting = reviews.length;
      list.replaceChildren(...reviews.map(item));
      showEmpty();
      dialog.body.setAttribute('aria-busy', 'false');
    },
    (err: unknown) => {
      if (!live) return;
      status.textContent = failureText(t, err);
      dialog.body.setAttribute('aria-busy', 'false');
    },
  );
  return {
    destroy() {
      live = false;
      dialog.destroy();
    },
  };
}
