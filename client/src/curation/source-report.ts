// What a source upload's answer tells the manager: per part (organisations, projects,
// participations) how many are new, recognised in the graph, waiting for review or refused; the
// projects left out for lack of a participant in the region; the problems located by file, row
// and column. The model is pure (unit-tested); the view only lays it out through textContent.
import { expectedInGerman } from '../../../shared/expected-de.ts';
import { h } from '../dom.ts';
import { formatNumber, type Key, type Lang } from '../i18n.ts';
import { fill, type ProblemLine, renderProblems, shownProblems } from './import-report.ts';
import type { ImportProblem } from './imports-api.ts';
import { type SourceAnswer, sourceOutcomes, sourceParts } from './source-import.ts';

export interface SourceReportModel {
  /** Records of the three parts a skip-bad import would write. */
  importable: number;
  /** Records it leaves out. */
  skipped: number;
  /** All or nothing goes through only when not a single problem was found. */
  allOrNothing: boolean;
  /** Organisations that wait in the review queue. */
  review: number;
}

export function sourceReportModel(a: SourceAnswer): SourceReportModel {
  const parts = sourceParts.map((p) => a.counts[p]);
  const total = parts.reduce((n, c) => n + sourceOutcomes.reduce((m, o) => m + c[o], 0), 0);
  const skipped = parts.reduce((n, c) => n + c.rejected, 0);
  return {
    importable: total - skipped,
    skipped,
    allOrNothing: a.problemCount === 0 && total > 0,
    review: a.counts.organizations.review,
  };
}

export function sourceProblemLine(lang: Lang, wholeFile: string, p: ImportProblem): ProblemLine {
  return {
    file: p.file ?? '',
    row: p.row === null ? wholeFile : String(p.row),
    column: p.column ?? p.field ?? '',
    value: p.value ?? '',
    expected: lang === 'de' ? expectedInGerman(p.expected) : p.expected,
  };
}

/** The problems of a refused file or answer as the report's table. */
export function renderSourceProblems(
  t: (key: Key) => string,
  lang: Lang,
  csvName: string,
  problems: readonly ImportProblem[],
  total: number,
): HTMLElement[] {
  const all = problems.map((p) => sourceProblemLine(lang, t('problemWholeFile'), p));
  return renderProblems(t, lang, { lines: all.slice(0, shownProblems), all, total, csvName });
}

/** Outcomes a part never has (organisations are linked, not updated; projects are not matched): a dash, not a 0. */
const cannot: Readonly<Record<(typeof sourceParts)[number], readonly (typeof sourceOutcomes)[number][]>> = {
  organizations: ['updated'],
  projects: ['matched', 'review'],
  participations: ['matched'],
};

export function renderSourceReport(t: (key: Key) => string, lang: Lang, a: SourceAnswer): HTMLElement {
  const n = (x: number) => formatNumber(lang, x);
  const headline = a.status === 'applied' ? 'sourceApplied' : a.status === 'refused' ? 'sourceRefused' : 'sourceChecked';
  const counts = h(
    'table',
    { className: 'source-counts', id: 'source-counts' },
    h('thead', {}, h('tr', {}, h('td', {}), ...sourceOutcomes.map((o) => h('th', { scope: 'col' }, t(`sourceCount_${o}`))))),
    h(
      'tbody',
      {},
      ...sourceParts.map((part) =>
        h(
          'tr',
          { 'data-part': part },
          h('th', { scope: 'row' }, t(`sourcePart_${part}`)),
          ...sourceOutcomes.map((o) => h('td', { 'data-outcome': o }, cannot[part].includes(o) ? '–' : n(a.counts[part][o]))),
        ),
      ),
    ),
  );
  const outOfScope =
    a.outOfScope === 0
      ? ''
      : h(
          'p',
          { id: 'source-out-of-scope' },
          a.outOfScope === 1 ? t('sourceOutOfScopeOne') : fill(t('sourceOutOfScope'), { n: n(a.outOfScope) }),
        );
  return h(
    'section',
    { className: 'import-report', id: 'import-report', 'data-status': a.status },
    h('p', { id: 'import-headline' }, fill(t(headline), { file: a.file })),
    counts,
    outOfScope,
    ...renderSourceProblems(t, lang, a.file, a.problems, a.problemCount),
  );
}
