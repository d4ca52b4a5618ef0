// The shortest-path box: the steps of the highlighted connection, typed and dated.
import type { PathResult } from '../api.ts';
import { h } from '../dom.ts';
import type { Answer } from '../fetched.ts';
import { pathKey } from '../loader.ts';
import type { Key } from '../i18n.ts';
import type { Action, State } from '../state.ts';

const relationKey: Record<string, Key> = {
  participation: 'edgeParticipation',
  cooperation: 'edgeCooperation',
  membership: 'edgeMembership',
};

/** Renders the box from the state: the path picked and its answer (fetched.path). */
export function renderPath(box: HTMLElement, s: State, t: (k: Key) => string, dispatch: (a: Action) => void): void {
  if (!s.path && !s.pathFrom) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  box.hidden = false;
  const clear = h('button', { type: 'button', id: 'clear-path', onclick: () => dispatch({ type: 'clearPath' }) }, t('clearPath'));
  if (!s.path) {
    box.replaceChildren(h('h2', {}, t('pathTitle')), h('p', {}, t('pathPick')), clear);
    return;
  }
  const answer: Answer<PathResult | null> | null = s.fetched.path?.key === pathKey(s.path) ? s.fetched.path : null;
  if (answer?.status === 'failed') {
    // The error banner says what went wrong; the box keeps its way out.
    box.replaceChildren(h('h2', {}, t('pathTitle')), clear);
    return;
  }
  if (answer?.status !== 'done') {
    box.replaceChildren(h('h2', {}, t('pathTitle')), h('p', {}, t('loading')));
    return;
  }
  const result = answer.value;
  if (result === null) {
    box.replaceChildren(h('h2', {}, t('pathTitle')), h('p', {}, t('pathNone')), clear);
    return;
  }
  const steps = result.steps.map((step) =>
    h(
      'li',
      {},
      `${step.from.name} → ${step.to.name}`,
      h('br', {}),
      h(
        'small',
        {},
        [
          t(relationKey[step.relation] ?? 'edgeParticipation'),
          step.role ? t(step.role === 'lead' ? 'lead' : 'partner') : null,
          step.year ?? step.since,
        ]
          .filter((x) => x !== null && x !== undefined)
          .join(' · '),
      ),
    ),
  );
  box.replaceChildren(h('h2', {}, `${t('pathTitle')}: ${result.length} ${t('pathSteps')}`), h('ol', { id: 'path-steps' }, ...steps), clear);
}
