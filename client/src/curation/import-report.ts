// What an import's answer tells the manager: the counts per outcome, the problems located by
// row, column and value with what was expected, and what each mode would do next. The model is
// pure (unit-tested); the view only lays it out, every value through textContent.
import { expectedInGerman } from '../../../shared/expected-de.ts';
import { csvBlob, toCsv } from '../csv.ts';
import { download, h } from '../dom.ts';
import { formatNumber, type Key, type Lang } from '../i18n.ts';
import { fieldLabel, type ImportKind } from './import-kinds.ts';
import { outcomes, type ImportAnswer, type ImportProblem, type Outcome } from './imports-api.ts';

/** The problems shown on screen; the CSV download has every one the server sent. */
export const shownProblems = 50;

export interface ProblemLine {
  /** The file in a source's download (a zip holds several); spreadsheets name none. */
  file?: string;
  row: string;
  column: string;
  value: string;
  expected: string;
}

export interface ReportModel {
  status: ImportAnswer['summary']['status'];
  rows: number;
  counts: { outcome: Outcome; n: number }[];
  lines: ProblemLine[];
  /** Problems beyond the lines shown ("N weitere"), counting those the server did not send. */
  more: number;
  /** The header could not be read as the kind's columns: no row was read, nothing can be applied. */
  headerFailed: boolean;
  /** Rows a skip-bad import leaves out. */
  skipped: number;
  /** Rows a skip-bad import would apply. */
  importable: number;
  /** All or nothing goes through only when not a single problem was found. */
  allOrNothing: boolean;
  review: number;
}

export function problemLine(lang: Lang, kind: ImportKind, wholeFile: string, p: ImportProblem): ProblemLine {
  // One spreadsheet: its name is the report's, not a column of it.
  return {
    row: p.row === null ? wholeFile : String(p.row),
    // The file's own header; a missing column is named by the field it should hold.
    column: p.column ?? (p.field ? fieldLabel(lang, kind, p.field) : ''),
    value: p.value ?? '',
    expected: lang === 'de' ? expectedInGerman(p.expected) : p.expected,
  };
}

export function reportModel(lang: Lang, kind: ImportKind, wholeFile: string, answer: ImportAnswer): ReportModel {
  const s = answer.summary;
  const lines = s.problems.slice(0, shownProblems).map((p) => problemLine(lang, kind, wholeFile, p));
  const headerFailed = s.rows === 0 && s.problemCount > 0;
  return {
    status: s.status,
    rows: s.rows,
    counts: outcomes.map((outcome) => ({ outcome, n: s.counts[outcome] })),
    lines,
    more: s.problemCount - lines.length,
    headerFailed,
    skipped: s.counts.rejected,
    importable: s.rows - s.counts.rejected,
    allOrNothing: !headerFailed && s.problemCount === 0 && s.rows > 0,
    review: s.counts.review,
  };
}

const withFile = (lines: readonly ProblemLine[]) => lines.some((l) => l.file !== undefined);

/** The problems as a spreadsheet, in the language's CSV dialect (shared/csv.ts). */
export function problemsCsv(lang: Lang, t: (key: Key) => string, lines: readonly ProblemLine[]): string {
  const file = withFile(lines);
  const header = [t('problemRow'), t('problemColumn'), t('problemValue'), t('problemExpected')];
  return toCsv(
    lang,
    file ? [t('problemFile'), ...header] : header,
    lines.map((l) => [...(file ? [l.file ?? ''] : []), l.row, l.column, l.value, l.expected]),
  );
}

/** A text with its {placeholders} filled in. */
export const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((acc, [k, v]) => acc.replaceAll(`{${k}}`, v), text);

/** The problems table (the first lines), how many more there are, and all of them as CSV. */
export function renderProblems(
  t: (key: Key) => string,
  lang: Lang,
  o: { lines: readonly ProblemLine[]; all: readonly ProblemLine[]; total: number; csvName: string },
): HTMLElement[] {
  if (o.lines.length === 0) return [];
  const n = (x: number) => formatNumber(lang, x);
  const file = withFile(o.lines);
  const columns = ['problemRow', 'problemColumn', 'problemValue', 'problemExpected'] as const;
  const more = o.total - o.lines.length;
  return [
    h('h3', {}, `${t('problemsTitle')} (${n(o.total)})`),
    h(
      'table',
      { className: 'import-problems', id: 'import-problems' },
      h('thead', {}, h('tr', {}, ...(file ? (['problemFile', ...columns] as const) : columns).map((k) => h('th', { scope: 'col' }, t(k))))),
      h(
        'tbody',
        {},
        ...o.lines.map((l) =>
          h(
            'tr',
            { 'data-row': l.row },
            ...(file ? [h('td', {}, l.file ?? '')] : []),
            h('td', {}, l.row),
            h('td', {}, l.column),
            h('td', {}, l.value),
            h('td', {}, l.expected),
          ),
        ),
      ),
    ),
    ...(more > 0 ? [h('p', { id: 'import-more' }, fill(t('problemsMore'), { n: n(more) }))] : []),
    h(
      'button',
      {
        type: 'button',
        id: 'import-problems-csv',
        onclick: () => download(`${o.csvName}-probleme.csv`, csvBlob(problemsCsv(lang, t, o.all))),
      },
      t('problemsCsv'),
    ),
  ];
}

export function renderReport(t: (key: Key) => string, lang: Lang, kind: ImportKind, answer: ImportAnswer): HTMLElement {
  const m = reportModel(lang, kind, t('problemWholeFile'), answer);
  const n = (x: number) => formatNumber(lang, x);
  const headline = m.status === 'applied' ? 'importApplied' : m.status === 'refused' ? 'importRefused' : 'importChecked';
  const counts = h(
    'ul',
    { className: 'import-counts', id: 'import-counts' },
    ...m.counts.map((c) => h('li', { 'data-outcome': c.outcome }, h('strong', {}, n(c.n)), ` ${t(`count_${c.outcome}`)}`)),
  );
  const all = answer.summary.problems.map((p) => problemLine(lang, kind, t('problemWholeFile'), p));
  return h(
    'section',
    { className: 'import-report', id: 'import-report', 'data-status': m.status },
    h('p', { id: 'import-headline' }, fill(t(headline), { rows: n(m.rows) })),
    counts,
    ...renderProblems(t, lang, { lines: m.lines, all, total: answer.summary.problemCount, csvName: answer.summary.file || kind }),
  );
}
