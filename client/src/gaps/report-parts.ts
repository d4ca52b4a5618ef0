// What the gap reports share: the column helper, an organisation's row values and the words for
// competences. Each lens's report is built in the file for what it reports on (reports.ts lists them).
import { localName, valueLabel, type Key, type Lang } from '../i18n.ts';
import type { Term } from '../partners/index.ts';
import type { GapOrg, ReportData } from './api.ts';
import type { Column, Format, Report } from './report-table.ts';

export type CompetenceNames = ReadonlyMap<string, Term>;

/** One lens's report from its answer, in the user's language. */
export type ReportBuilder = (data: ReportData, lang: Lang, names: CompetenceNames) => Report;

/** What a lens shows before its answer arrives. */
export const emptyReport: Report = { columns: [], rows: [], defaultSort: '', charts: [], notes: [], pairs: null };

export const col = (key: string, format: Format = 'int', label: Key = `col_${key}` as Key): Column => ({ key, label, format });
export const orgColumns = [col('name', 'text'), col('kind', 'text'), col('district', 'text')];
// Honest data: every list of organisations says which of them are invented demo data.
export const syntheticColumn = col('synthetic', 'flag', 'syntheticBadge');

export const org = (o: GapOrg, lang: Lang) => ({
  name: o.name,
  kind: valueLabel(lang, 'kind', o.kind),
  district: o.districtName,
  sizeClass: o.sizeClass && valueLabel(lang, 'size', o.sizeClass),
  employees: o.employees,
  competences: o.competences.length,
  synthetic: o.synthetic,
});

/** A competence in the user's language; one the vocabulary lacks by the server's label. */
export function competenceName(lang: Lang, names: CompetenceNames, key: string, fallback: string): string {
  const term = names.get(key);
  return term ? localName(lang, term) : fallback;
}

/** A community's profile in the user's language: its top competences and districts. */
export function communityLabel(
  lang: Lang,
  c: { competences: { key: string; label: string }[]; districts: { label: string }[] },
  names: CompetenceNames,
): string {
  const competences = c.competences.map((k) => competenceName(lang, names, k.key, k.label));
  return `${competences.join(', ')} · ${c.districts.map((d) => d.label).join(', ')}`;
}
