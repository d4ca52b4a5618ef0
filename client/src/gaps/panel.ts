// The "Lücken-Linse" panel: pick a gap, read its report as a sortable table with small charts,
// click a row to focus the graph, see suggested introductions, export CSV or a printable page.
// It renders from the store: the view (state.gaps) and the answers loader.ts filed in
// state.fetched; main.ts colours the graph from the same state (lens-view.ts).
import type { Named } from '../api.ts';
import { csvBlob } from '../csv.ts';
import { append, h } from '../dom.ts';
import { formatNumber, type Key, type Lang } from '../i18n.ts';
import { answerFor, type Answer } from '../fetched.ts';
import type { Term } from '../partners/index.ts';
import { gapLenses, type Action, type GapView, type State } from '../state.ts';
import type { Introduction, LensGroup, MetricsStatus, ReportData } from './api.ts';
import { renderChart } from './charts.ts';
import { openPrintable } from './print.ts';
import { gapKeys, gapTarget, introductionId } from './lens-view.ts';
import { groupColors, groupLabel, lensClass, lensDefinitions, restColor } from './lenses.ts';
import { type Report, reportCsv, sortRows } from './report-table.ts';
import { buildReport } from './reports.ts';
import { renderSideTable } from './side-table.ts';
import { renderTable, rowsPerPage, rowsToShow } from './table-view.ts';
import { introductionWhy } from './why.ts';

export interface GapPanelOptions {
  t: (key: Key) => string;
  competences: readonly Named[];
  dispatch: (a: Action) => void;
  download: (name: string, blob: Blob) => void;
  /** The name of an organisation in the graph, for a target the report's rows do not list. */
  nameOf: (id: string) => string | null;
}

export interface GapPanel {
  update(state: State): void;
  destroy(): void;
}

/** An answer as the panel reads it: the value for this question, or the error it failed with. */
interface Loaded<T> {
  value: T | null;
  error: string | null;
}
const loaded = <T>(answer: Answer<T> | null, key: string | null): Loaded<T> => ({
  value: answerFor(answer, key),
  error: answer?.status === 'failed' && answer.key === key ? answer.error : null,
});

export function mountGapPanel(panel: HTMLElement, o: GapPanelOptions): GapPanel {
  const { t, dispatch } = o;
  const names = new Map<string, Term>(o.competences.map((c) => [c.id, c]));
  // What the current render reads; set at the top of update.
  let report: Loaded<ReportData> = { value: null, error: null };
  let lens: Loaded<LensGroup[]> = { value: null, error: null };
  let intros: Loaded<Introduction[]> = { value: null, error: null };
  let status: MetricsStatus | null = null;
  let rendered: readonly unknown[] = [];
  let last: State | null = null;
  // Rows drawn of the report's table: a page, more on request; a new report or order starts over.
  let shown = rowsPerPage;

  const set = (change: Partial<GapView>) => dispatch({ type: 'setGaps', change });

  /** The table as the panel shows it, a page at a time; `all` draws every row (the printed page). */
  function table(lang: Lang, g: GapView, built: Report, all = false): HTMLElement {
    const sort = g.sort ?? built.defaultSort;
    const rows = sortRows(built.rows, sort, lang);
    const def = lensDefinitions[g.lens];
    const pick = (id: string) => {
      // The year filter first: the focus then fits what that year shows.
      if (def.rowFocus === 'year') dispatch({ type: 'setRange', filter: 'years', range: [Number(id), Number(id)] });
      if (def.rowFocus === 'target' || g.lens === 'research') set({ target: id, row: id });
      else set({ row: id });
    };
    if (!all) shown = rowsToShow(rows, g.row, shown);
    return renderTable({
      lang,
      t,
      built,
      rows,
      sort,
      current: g.row,
      shown: all ? Number.POSITIVE_INFINITY : shown,
      onSort: (next) => set({ sort: next }),
      onPick: pick,
      onMore: () => {
        shown += rowsPerPage;
        rendered = [];
        if (last) update(last);
      },
    });
  }

  function introductions(lang: Lang, g: GapView): HTMLElement[] {
    if (!lensDefinitions[g.lens].introductions) return [];
    const list = intros.value;
    const body = intros.error
      ? h('p', { className: 'muted' }, intros.error)
      : !list
        ? h('p', { className: 'muted' }, t('loading'))
        : list.length === 0
          ? h('p', { className: 'muted' }, t('gapIntroductionsNone'))
          : h(
              'ol',
              { className: 'partner-list', id: 'gap-intros' },
              ...list.map((i) => {
                const id = introductionId(i);
                return h(
                  'li',
                  { className: 'partner-row', 'aria-current': g.row === id ? 'true' : undefined },
                  h(
                    'button',
                    { type: 'button', className: 'link partner-name', 'data-intro': id, onclick: () => set({ row: id }) },
                    `${i.from.name} → ${i.to.name}`,
                  ),
                  h('span', { className: 'score' }, `${formatNumber(lang, Math.round(i.score * 100))} %`),
                  h('div', { className: 'why' }, introductionWhy(lang, i, names)),
                );
              }),
            );
    return [h('h3', {}, t('gapIntroductions')), h('p', { className: 'muted' }, t('gapIntroductionsHint')), body];
  }

  // Without GDS the server says what to install (in English); say first, in the UI's language, what is missing.
  const problem = (g: GapView, error: string) =>
    g.lens === 'brokers' || g.lens === 'communities' ? `${t('gapMetricsMissing')}. ${error}` : error;

  function legend(lang: Lang, g: GapView): HTMLElement | null {
    // One message is enough when the report failed for the same reason.
    if (!lens.value)
      return lens.error && !report.error ? h('p', { className: 'muted', id: 'gap-lens-error' }, problem(g, lens.error)) : null;
    return h(
      'ul',
      { className: 'legend gap-legend', id: 'gap-legend' },
      ...lens.value.map((g) =>
        h(
          'li',
          { 'data-group': g.key },
          h('span', { className: 'swatch', style: `background:${groupColors[lensClass(g.key)] ?? restColor}` }),
          ` ${groupLabel(lang, g.key)}: ${formatNumber(lang, g.count)}`,
        ),
      ),
      h('li', {}, h('span', { className: 'swatch', style: `background:${restColor}` }), ` ${groupLabel(lang, 'rest')}`),
    );
  }

  function render(s: State, g: GapView, built: Report | null, target: string | null): void {
    const lang = s.lang;
    const metricsLine = status
      ? status.computedAt
        ? `${t('gapMetricsAt')} ${new Date(status.computedAt).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB')}`
        : `${t('gapMetricsMissing')}${status.hint ? `: ${status.hint}` : ''}`
      : '';
    const targetName = target
      ? (built?.rows.find((r) => r.id === target)?.values[built.columns[0]?.key ?? ''] ?? o.nameOf(target) ?? target)
      : null;
    const charts = built
      ? built.charts.map((c) =>
          h(
            'figure',
            { className: 'gap-chart' },
            h('figcaption', {}, t(c.title)),
            renderChart(lang, c, lensDefinitions[g.lens].rowFocus === 'target' ? (key) => set({ target: key, row: key }) : undefined),
          ),
        )
      : [];
    const reportPart = report.error
      ? [h('p', { className: 'muted', id: 'gap-error' }, problem(g, report.error))]
      : !built
        ? [h('p', { className: 'muted' }, t('loading'))]
        : [
            ...built.notes.map((n) => h('p', { className: 'muted gap-note' }, n)),
            ...charts,
            table(lang, g, built),
            ...(built.sideTables ?? []).map((x) => renderSideTable(lang, t, x)),
            built.pairs
              ? h(
                  'details',
                  { className: 'gap-pairs', id: 'gap-pairs' },
                  h('summary', {}, `${t(built.pairs.title)} (${formatNumber(lang, built.pairs.items.length)})`),
                  h('ul', {}, ...built.pairs.items.map((p) => h('li', {}, p))),
                )
              : null,
            h(
              'div',
              { className: 'row' },
              h(
                'button',
                {
                  type: 'button',
                  id: 'gap-csv',
                  onclick: () =>
                    o.download(
                      `luecken-${g.lens}.csv`,
                      csvBlob(reportCsv(lang, built, sortRows(built.rows, g.sort ?? built.defaultSort, lang))),
                    ),
                },
                t('exportCsv'),
              ),
              h(
                'button',
                {
                  type: 'button',
                  id: 'gap-print',
                  onclick: () =>
                    openPrintable(lang, `${t('gapPrinted')}: ${t(`gapLens_${g.lens}` as Key)}`, panel, {
                      '.gap-table-wrap': table(lang, g, built, true),
                    }),
                },
                t('gapPrint'),
              ),
            ),
            ...introductions(lang, g),
          ];
    panel.replaceChildren();
    append(panel, [
      h(
        'button',
        { type: 'button', className: 'close no-print', 'aria-label': t('close'), onclick: () => dispatch({ type: 'closeGaps' }) },
        '✕',
      ),
      h('h2', { id: 'gap-title' }, t('gapTitle')),
      h('label', { className: 'title no-print', for: 'gap-lens' }, t('gapLensLabel')),
      h(
        'select',
        {
          id: 'gap-lens',
          className: 'no-print',
          onchange: (e: Event) => set({ lens: (e.target as HTMLSelectElement).value as GapView['lens'] }),
        },
        ...gapLenses.map((l) => h('option', { value: l, selected: g.lens === l }, t(`gapLens_${l}` as Key))),
      ),
      h('p', { className: 'gap-intro' }, t(`gapIntro_${g.lens}` as Key)),
      metricsLine ? h('p', { className: 'muted', id: 'gap-metrics' }, metricsLine) : null,
      target
        ? h(
            'p',
            { className: 'row', id: 'gap-target' },
            `${t('gapTarget')}: `,
            h('strong', {}, String(targetName)),
            lensDefinitions[g.lens].needsTarget
              ? null
              : h(
                  'button',
                  { type: 'button', className: 'chip no-print', 'aria-label': t('close'), onclick: () => set({ target: null, row: null }) },
                  '✕',
                ),
          )
        : null,
      legend(lang, g),
      ...reportPart,
      h('p', { className: 'synthetic-inline muted' }, t('syntheticNote')),
    ]);
  }

  function update(s: State): void {
    const wasShown = !panel.hidden;
    panel.hidden = s.gaps === null;
    if (!s.gaps) {
      rendered = [];
      return;
    }
    const g = s.gaps;
    const f = s.fetched;
    // Answers are replaced, never changed: the same objects mean the same page.
    const view = [g, s.lang, f.gapReport, f.gapLens, f.gapIntroductions, f.metricsStatus];
    if (view.every((x, i) => x === rendered[i])) return;
    if (g.lens !== last?.gaps?.lens || g.sort !== last.gaps.sort || s.fetched.gapReport !== last.fetched.gapReport) shown = rowsPerPage;
    rendered = view;
    last = s;
    const target = gapTarget(s);
    const keys = gapKeys(g, target);
    report = loaded(f.gapReport, g.lens);
    lens = loaded(f.gapLens, keys.lens);
    intros = loaded(f.gapIntroductions, keys.introductions);
    status = answerFor(f.metricsStatus, 'status');
    const built = report.value ? buildReport(g.lens, report.value, s.lang, names) : null;
    // Keep the reader's place: a click on row 200 must not scroll the table back to the top. A
    // panel just opened has no place to keep, and asking for one would lay out the page before the
    // report is in it (a second layout, 10–20 ms of opening the lens).
    const scroll = wasShown ? panel.scrollTop : 0;
    const tableScroll = wasShown ? (panel.querySelector('.gap-table-wrap')?.scrollTop ?? 0) : 0;
    const focused = (document.activeElement as HTMLElement | null)?.id;
    render(s, g, built, target);
    if (wasShown) {
      panel.scrollTop = scroll;
      const wrap = panel.querySelector('.gap-table-wrap');
      if (wrap) wrap.scrollTop = tableScroll;
    }
    if (focused) document.getElementById(focused)?.focus();
  }

  return {
    update,
    destroy() {
      rendered = [];
      panel.replaceChildren();
    },
  };
}
