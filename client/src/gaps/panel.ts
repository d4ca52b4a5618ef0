// The "Lücken-Linse" panel: pick a gap, read its report as a sortable table with small charts,
// click a row to focus the graph, see suggested introductions, export CSV or a printable page.
// It fetches the report, the lens classes and the introductions; main.ts colours the graph.
import { ApiError, type Named } from '../api.ts';
import { csvBlob } from '../csv.ts';
import { append, h } from '../dom.ts';
import { formatNumber, type Key, type Lang } from '../i18n.ts';
import { evidenceHighlight } from '../partners/explain.ts';
import type { Term } from '../partners/types.ts';
import { gapLenses, type Action, type GapView, type State } from '../state.ts';
import { fetchIntroductions, fetchLens, fetchMetricsStatus, fetchReport, type Introduction, type LensGroup, type MetricsStatus, type ReportData } from './api.ts';
import { renderChart } from './charts.ts';
import { openPrintable } from './print.ts';
import { buildReport, formatCell, groupColors, groupLabel, lensClass, lensDefinitions, reportCsv, restColor, sortRows, type Report } from './reports.ts';
import { introductionWhy } from './why.ts';

/** What the graph shows under the lens: a class per organisation, and what to fit into view. */
export interface LensView {
  classes: ReadonlyMap<string, string>;
  /** Ids to fit into view and mark, or a district whose nodes to fit; with a key that changes when the focus does. */
  focus: { key: string; ids: readonly string[] | null; district: string | null } | null;
  /** An introduction picked: its pair and the evidence path between them. */
  path: { nodeIds: string[]; edgeKeys: string[] } | null;
}

export interface GapPanelOptions {
  t: (key: Key) => string;
  competences: readonly Named[];
  dispatch: (a: Action) => void;
  onLens: (view: LensView | null) => void;
  download: (name: string, blob: Blob) => void;
  /** The name of an organisation in the graph, for a target the report's rows do not list. */
  nameOf: (id: string) => string | null;
}

export interface GapPanel {
  update(state: State): void;
}

/** An introduction as a row id in the URL: both ends, which never contain "..". */
const introductionId = (i: Introduction) => `${i.from.id}..${i.to.id}`;

type Loaded<T> = { key: string; value: T | null; error: string | null };
const message = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

/** The lens target when none is chosen: the first white spot, else the first field without a research link. */
function defaultTarget(g: GapView, data: ReportData | null): string | null {
  if (g.target || !lensDefinitions[g.lens].needsTarget || !data?.whitespots) return g.target;
  const rows = data.whitespots;
  return (rows.find((r) => r.whiteSpot) ?? rows.find((r) => r.demandWithoutResearchLink) ?? rows[0])?.competence.id ?? null;
}

export function mountGapPanel(panel: HTMLElement, o: GapPanelOptions): GapPanel {
  const { t, dispatch } = o;
  const names = new Map<string, Term>(o.competences.map((c) => [c.id, c]));
  let report: Loaded<ReportData> = { key: '', value: null, error: null };
  let lens: Loaded<LensGroup[]> = { key: '', value: null, error: null };
  let intros: Loaded<Introduction[]> = { key: '', value: null, error: null };
  let status: MetricsStatus | null = null;
  let statusAsked = false;
  let renderedKey = '';
  let current: State | null = null;
  let lensSent = '';

  const set = (change: Partial<GapView>) => dispatch({ type: 'setGaps', change });
  const rerender = () => current && update(current);

  function load<T>(slot: Loaded<T>, key: string, fetch: () => Promise<T>, store: (l: Loaded<T>) => void): void {
    if (slot.key === key) return;
    store({ key, value: null, error: null });
    fetch().then(
      (value) => {
        store({ key, value, error: null });
        rerender();
      },
      (e: unknown) => {
        store({ key, value: null, error: message(e) });
        rerender();
      },
    );
  }

  /** Tell main.ts what to colour and focus, once per change. */
  function sendLens(g: GapView, target: string | null, built: Report | null): void {
    const groups = lens.value;
    const intro = g.row?.includes('..') ? intros.value?.find((i) => introductionId(i) === g.row) ?? null : null;
    const evidence = intro?.partner ? evidenceHighlight(intro.partner) : null;
    const path = intro && evidence ? { nodeIds: [intro.from.id, ...evidence.nodeIds], edgeKeys: evidence.edgeKeys } : null;
    const def = lensDefinitions[g.lens];
    let focus: LensView['focus'] = null;
    if (g.row && groups) {
      if (intro) focus = { key: `i:${g.row}`, ids: [intro.from.id, intro.to.id, ...(path?.nodeIds ?? [])], district: null };
      else if (def.rowFocus === 'organization') focus = { key: `o:${g.row}`, ids: [g.row], district: null };
      else if (def.rowFocus === 'district') focus = { key: `d:${g.row}`, ids: null, district: g.row };
      else if (def.rowFocus === 'year') focus = { key: `y:${g.row}`, ids: null, district: null };
      else if (target) {
        const wanted = def.focusGroups(target);
        const ids = groups.filter((x) => wanted === null || wanted.includes(x.key)).flatMap((x) => x.ids);
        focus = { key: `t:${g.lens}:${target}`, ids, district: null };
      }
    }
    const key = JSON.stringify([lens.key, groups ? 1 : 0, focus?.key, intro ? g.row : null, built ? 1 : 0]);
    if (key === lensSent) return;
    lensSent = key;
    const classes = new Map<string, string>();
    for (const group of groups ?? []) for (const id of group.ids) classes.set(id, lensClass(group.key));
    o.onLens(groups ? { classes, focus, path } : null);
  }

  function table(lang: Lang, g: GapView, built: Report): HTMLElement {
    const sort = g.sort ?? built.defaultSort;
    const [sortKey, sortDir] = sort.split(':');
    const rows = sortRows(built.rows, sort, lang);
    const header = h('tr', {}, ...built.columns.map((c) => {
      const active = c.key === sortKey;
      const next = active ? `${c.key}:${sortDir === 'asc' ? 'desc' : 'asc'}` : `${c.key}:${c.format === 'text' ? 'asc' : 'desc'}`;
      return h('th', { scope: 'col', 'aria-sort': active ? (sortDir === 'asc' ? 'ascending' : 'descending') : 'none', className: c.format === 'text' ? '' : 'num' },
        h('button', { type: 'button', className: 'sort', 'data-sort': c.key, title: t('gapSortHint'), onclick: () => set({ sort: next }) },
          `${t(c.label)}${active ? (sortDir === 'asc' ? ' ▲' : ' ▼') : ''}`));
    }));
    const def = lensDefinitions[g.lens];
    const pick = (id: string) => {
      // The year filter first: the focus then fits what that year shows.
      if (def.rowFocus === 'year') dispatch({ type: 'setRange', filter: 'years', range: [Number(id), Number(id)] });
      if (def.rowFocus === 'target' || g.lens === 'research') set({ target: id, row: id });
      else set({ row: id });
    };
    const body = rows.map((r) => h('tr', { 'data-row': r.id, className: r.alert ? 'alert' : '', 'aria-current': g.row === r.id ? 'true' : undefined },
      ...built.columns.map((c, i) => {
        const text = formatCell(lang, r.values[c.key] ?? null, c.format);
        return i === 0
          ? h('th', { scope: 'row' }, h('button', { type: 'button', className: 'link', 'data-row-button': r.id, onclick: () => pick(r.id) }, text))
          : h('td', { className: c.format === 'text' ? '' : 'num' }, text);
      })));
    return h('div', { className: 'gap-table-wrap' },
      h('table', { className: 'gap-table', id: 'gap-table' }, h('thead', {}, header), h('tbody', {}, ...body)),
      h('p', { className: 'muted' }, `${formatNumber(lang, rows.length)} ${t('gapRows')}`));
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
          : h('ol', { className: 'partner-list', id: 'gap-intros' }, ...list.map((i) => {
            const id = introductionId(i);
            return h('li', { className: 'partner-row', 'aria-current': g.row === id ? 'true' : undefined },
              h('button', { type: 'button', className: 'link partner-name', 'data-intro': id, onclick: () => set({ row: id }) }, `${i.from.name} → ${i.to.name}`),
              h('span', { className: 'score' }, `${formatNumber(lang, Math.round(i.score * 100))} %`),
              h('div', { className: 'why' }, introductionWhy(lang, i, names)));
          }));
    return [h('h3', {}, t('gapIntroductions')), h('p', { className: 'muted' }, t('gapIntroductionsHint')), body];
  }

  // Without GDS the server says what to install (in English); say first, in the UI's language, what is missing.
  const problem = (g: GapView, error: string) => (g.lens === 'brokers' || g.lens === 'communities' ? `${t('gapMetricsMissing')}. ${error}` : error);

  function legend(lang: Lang, g: GapView): HTMLElement | null {
    // One message is enough when the report failed for the same reason.
    if (!lens.value) return lens.error && !report.error ? h('p', { className: 'muted', id: 'gap-lens-error' }, problem(g, lens.error)) : null;
    return h('ul', { className: 'legend gap-legend', id: 'gap-legend' },
      ...lens.value.map((g) => h('li', { 'data-group': g.key }, h('span', { className: 'swatch', style: `background:${groupColors[lensClass(g.key)] ?? restColor}` }),
        ` ${groupLabel(lang, g.key)}: ${formatNumber(lang, g.count)}`)),
      h('li', {}, h('span', { className: 'swatch', style: `background:${restColor}` }), ` ${groupLabel(lang, 'rest')}`));
  }

  function render(s: State, g: GapView, built: Report | null, target: string | null): void {
    const lang = s.lang;
    const metricsLine = status
      ? status.computedAt
        ? `${t('gapMetricsAt')} ${new Date(status.computedAt).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB')}`
        : `${t('gapMetricsMissing')}${status.hint ? `: ${status.hint}` : ''}`
      : '';
    const targetName = target ? (built?.rows.find((r) => r.id === target)?.values[built.columns[0]?.key ?? ''] ?? o.nameOf(target) ?? target) : null;
    const charts = built ? built.charts.map((c) => h('figure', { className: 'gap-chart' }, h('figcaption', {}, t(c.title)),
      renderChart(lang, c, lensDefinitions[g.lens].rowFocus === 'target' ? (key) => set({ target: key, row: key }) : undefined))) : [];
    const reportPart = report.error
      ? [h('p', { className: 'muted', id: 'gap-error' }, problem(g, report.error))]
      : !built
        ? [h('p', { className: 'muted' }, t('loading'))]
        : [
            ...built.notes.map((n) => h('p', { className: 'muted gap-note' }, n)),
            ...charts,
            table(lang, g, built),
            built.pairs
              ? h('details', { className: 'gap-pairs', id: 'gap-pairs' }, h('summary', {}, `${t(built.pairs.title)} (${formatNumber(lang, built.pairs.items.length)})`),
                h('ul', {}, ...built.pairs.items.map((p) => h('li', {}, p))))
              : null,
            h('div', { className: 'row' },
              h('button', { type: 'button', id: 'gap-csv', onclick: () => o.download(`luecken-${g.lens}.csv`, csvBlob(reportCsv(lang, built, sortRows(built.rows, g.sort ?? built.defaultSort, lang)))) }, t('exportCsv')),
              h('button', { type: 'button', id: 'gap-print', onclick: () => openPrintable(lang, `${t('gapPrinted')}: ${t(`gapLens_${g.lens}` as Key)}`, panel) }, t('gapPrint'))),
            ...introductions(lang, g),
          ];
    panel.replaceChildren();
    append(panel, [
      h('button', { type: 'button', className: 'close no-print', 'aria-label': t('close'), onclick: () => dispatch({ type: 'closeGaps' }) }, '✕'),
      h('h2', { id: 'gap-title' }, t('gapTitle')),
      h('label', { className: 'title no-print', for: 'gap-lens' }, t('gapLensLabel')),
      h('select', { id: 'gap-lens', className: 'no-print', onchange: (e: Event) => set({ lens: (e.target as HTMLSelectElement).value as GapView['lens'] }) },
        ...gapLenses.map((l) => h('option', { value: l, selected: g.lens === l }, t(`gapLens_${l}` as Key)))),
      h('p', { className: 'gap-intro' }, t(`gapIntro_${g.lens}` as Key)),
      metricsLine ? h('p', { className: 'muted', id: 'gap-metrics' }, metricsLine) : null,
      target ? h('p', { className: 'row', id: 'gap-target' }, `${t('gapTarget')}: `, h('strong', {}, String(targetName)),
        lensDefinitions[g.lens].needsTarget ? null : h('button', { type: 'button', className: 'chip no-print', 'aria-label': t('close'), onclick: () => set({ target: null, row: null }) }, '✕')) : null,
      legend(lang, g),
      ...reportPart,
      h('p', { className: 'synthetic-inline muted' }, t('syntheticNote')),
    ]);
  }

  function update(s: State): void {
    current = s;
    panel.hidden = s.gaps === null;
    if (!s.gaps) {
      if (lensSent !== '') o.onLens(null);
      lensSent = '';
      renderedKey = '';
      return;
    }
    const g = s.gaps;
    if (!statusAsked) {
      statusAsked = true;
      fetchMetricsStatus().then((x) => {
        status = x;
        renderedKey = '';
        rerender();
      }, () => {});
    }
    load(report, g.lens, () => fetchReport(g.lens), (l) => (report = l));
    const data = report.key === g.lens ? report.value : null;
    const target = defaultTarget(g, data);
    const def = lensDefinitions[g.lens];
    const ready = !def.needsTarget || target !== null;
    if (ready) load(lens, `${def.lens}|${target ?? ''}`, () => fetchLens(def.lens, target), (l) => (lens = l));
    if (ready && def.introductions) {
      const gap = def.introductions;
      load(intros, `${gap}|${target ?? ''}`, () => fetchIntroductions(gap, target), (l) => (intros = l));
    }
    const built = data ? buildReport(g.lens, data, s.lang, names) : null;
    sendLens(g, target, built);
    const view = JSON.stringify([g, s.lang, report.key, !!report.value, report.error, lens.key, !!lens.value, lens.error, intros.key, !!intros.value, intros.error, status?.computedAt]);
    if (view === renderedKey) return;
    renderedKey = view;
    // Keep the reader's place: a click on row 200 must not scroll the table back to the top.
    const scroll = panel.scrollTop;
    const tableScroll = panel.querySelector('.gap-table-wrap')?.scrollTop ?? 0;
    const focused = (document.activeElement as HTMLElement | null)?.id;
    render(s, g, built, target);
    panel.scrollTop = scroll;
    const wrap = panel.querySelector('.gap-table-wrap');
    if (wrap) wrap.scrollTop = tableScroll;
    if (focused) document.getElementById(focused)?.focus();
  }

  return { update };
}
