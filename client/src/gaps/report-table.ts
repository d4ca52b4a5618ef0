// The shape of a gap report (columns, rows, charts) and what every report does with its table:
// sort it, format its cells, write it as CSV.
import { toCsv, type CsvCell } from '../csv.ts';
import { formatNumber, translate, type Key, type Lang } from '../i18n.ts';

export type Cell = string | number | boolean | null;
export type Format = 'int' | 'share' | 'text' | 'flag';

export interface Column {
  key: string;
  label: Key;
  format: Format;
}

/** What a click on a row focuses: one organisation, the lens target, a district's nodes or a year. */
export type RowFocus = { kind: 'organization'; id: string; target: boolean } | { kind: 'target' } | { kind: 'district' } | { kind: 'year' };

export interface ReportRow {
  id: string;
  values: Record<string, Cell>;
  alert: boolean;
}

export interface BarsChart {
  kind: 'bars';
  title: Key;
  series: Key[];
  items: { key: string; label: string; values: number[]; alert: boolean }[];
}
export interface HeatmapChart {
  kind: 'heatmap';
  title: Key;
  columns: Key[];
  rows: { key: string; label: string; values: number[]; alert: boolean }[];
}
export interface LinesChart {
  kind: 'lines';
  title: Key;
  xs: number[];
  series: { label: string; values: number[] }[];
  share: boolean;
}
export type Chart = BarsChart | HeatmapChart | LinesChart;

/** A second table under the report's own: plain rows, not sorted, not clickable (countries of the international reach). */
export interface SideTable {
  id: string;
  title: Key;
  columns: Column[];
  rows: ReportRow[];
}

export interface Report {
  columns: Column[];
  rows: ReportRow[];
  defaultSort: string;
  charts: Chart[];
  /** Findings above the table. */
  notes: string[];
  /** Pairs listed under the table: communities without a bridge, ties between districts. */
  pairs: { title: Key; items: string[] } | null;
  /** Tables under the report's own; none for most reports. */
  sideTables?: SideTable[];
}

/** The rows in the order of "column:asc|desc"; ties keep the report's order. */
export function sortRows(rows: readonly ReportRow[], sort: string, lang: Lang): ReportRow[] {
  const [key, dir] = sort.split(':') as [string, string | undefined];
  const sign = dir === 'desc' ? -1 : 1;
  const collator = new Intl.Collator(lang === 'de' ? 'de' : 'en', { numeric: true });
  const rank = (v: Cell): number | string => (v === null ? -Infinity : typeof v === 'boolean' ? Number(v) : v);
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const x = rank(a.row.values[key] ?? null);
      const y = rank(b.row.values[key] ?? null);
      const c = typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : x < y ? -1 : x > y ? 1 : 0;
      return c * sign || a.i - b.i;
    })
    .map((x) => x.row);
}

export function formatCell(lang: Lang, v: Cell, format: Format): string {
  if (v === null || v === undefined) return '–';
  if (format === 'share' && typeof v === 'number') return `${formatNumber(lang, Math.round(v * 1000) / 10)} %`;
  if (format === 'flag' || typeof v === 'boolean') return v ? translate(lang, 'yes') : '';
  if (typeof v === 'number') return formatNumber(lang, v);
  return v;
}

/** The whole report as CSV, in the table's order: numbers as numbers, flags and text as shown. */
export function reportCsv(lang: Lang, report: Report, rows: readonly ReportRow[]): string {
  const raw = (v: Cell, format: Format): CsvCell =>
    typeof v === 'number' && format === 'share' ? Math.round(v * 10_000) / 10_000 : typeof v === 'number' ? v : formatCell(lang, v, format);
  const header = ['id', ...report.columns.map((c) => translate(lang, c.label))];
  return toCsv(
    lang,
    header,
    rows.map((r) => [r.id, ...report.columns.map((c) => raw(r.values[c.key] ?? null, c.format))]),
  );
}
