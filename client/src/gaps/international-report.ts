// The international-reach report: the region's organisations with partners abroad (the table, a
// click focuses the organisation), the countries they reach (a bar chart and a second table), and
// in the notes how many of each kind have none.
import { formatNumber, translate, valueLabel, type Key, type Lang } from '../i18n.ts';
import { col, emptyReport, org, orgColumns, syntheticColumn, type ReportBuilder } from './report-parts.ts';

/** A country's name in the user's language; the code itself when the browser does not know it. */
export function countryName(lang: Lang, code: string): string {
  try {
    return new Intl.DisplayNames([lang === 'de' ? 'de' : 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    // Not a region code (the sources' data are not checked against ISO 3166).
    return code;
  }
}

const fill = (text: string, values: Record<string, string>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

export const internationalReport: ReportBuilder = (data, lang) => {
  const t = (k: Key) => translate(lang, k);
  const n = (x: number) => formatNumber(lang, x);
  const r = data.international;
  if (!r) return emptyReport;
  return {
    columns: [
      ...orgColumns,
      col('foreignPartners'),
      col('countries', 'text'),
      col('projects'),
      col('projectTitles', 'text'),
      syntheticColumn,
    ],
    rows: r.organizations.map((o) => ({
      id: o.organization.id,
      alert: false,
      values: {
        ...org(o.organization, lang),
        foreignPartners: o.foreignPartners,
        countries: o.countries.map((c) => `${countryName(lang, c.key)} ${n(c.count)}`).join(', '),
        projects: o.projectCount,
        // Demo projects stay marked in the list, like demo organisations in their column.
        projectTitles: o.projects.map((p) => (p.synthetic ? `${p.title} (${t('syntheticBadge')})` : p.title)).join('; '),
      },
    })),
    defaultSort: 'foreignPartners:desc',
    charts: [
      {
        kind: 'bars',
        title: 'gapChartCountries',
        series: ['col_foreignPartners', 'col_regionalReached'],
        items: r.countries.slice(0, 12).map((c) => ({
          key: c.country,
          label: countryName(lang, c.country),
          values: [c.partners, c.regionalOrganizations],
          alert: false,
        })),
      },
    ],
    notes: [
      fill(t('gapInternationalNote'), {
        with: n(r.withForeignPartners),
        total: n(r.regionalOrganizations),
        partners: n(r.foreignPartners),
        countries: n(r.countries.length),
        without: n(r.withoutForeignPartners),
      }),
      r.byKind
        .map((k) =>
          fill(t('gapInternationalKind'), {
            kind: valueLabel(lang, 'kind', k.kind),
            with: n(k.withForeignPartners),
            without: n(k.withoutForeignPartners),
          }),
        )
        .join(' · '),
    ],
    pairs: null,
    sideTables: [
      {
        id: 'gap-countries',
        title: 'gapCountries',
        columns: [col('country', 'text'), col('foreignPartners'), col('syntheticPartners'), col('regionalReached'), col('projects')],
        rows: r.countries.map((c) => ({
          id: c.country,
          alert: false,
          values: {
            country: countryName(lang, c.country),
            foreignPartners: c.partners,
            syntheticPartners: c.syntheticPartners,
            regionalReached: c.regionalOrganizations,
            projects: c.projects,
          },
        })),
      },
    ],
  };
};
