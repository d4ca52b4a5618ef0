// The reports by district: how far companies reach and how the districts are tied to each other
// and to research.
import { formatNumber, translate, type Key } from '../i18n.ts';
import { col, emptyReport, type ReportBuilder } from './report-parts.ts';

export const reachReport: ReportBuilder = (data, lang) => {
  const t = (k: Key) => translate(lang, k);
  const r = data.reach;
  if (!r) return emptyReport;
  return {
    columns: [col('district', 'text'), col('companies'), col('withoutDirect'), col('withoutTwo'), col('share', 'share')],
    rows: r.byDistrict.map((d) => ({
      id: d.key,
      alert: d.withoutTieWithinTwo === d.companies && d.companies > 0,
      values: {
        district: d.label,
        companies: d.companies,
        withoutDirect: d.withoutDirectTie,
        withoutTwo: d.withoutTieWithinTwo,
        share: d.companies ? d.withoutTieWithinTwo / d.companies : 0,
      },
    })),
    defaultSort: 'share:desc',
    charts: [
      {
        kind: 'bars',
        title: 'gapChartDistricts',
        series: ['col_withoutDirect', 'col_withoutTwo'],
        items: r.byDistrict.map((d) => ({
          key: d.key,
          label: d.label,
          values: [d.withoutDirectTie, d.withoutTieWithinTwo],
          alert: d.withoutTieWithinTwo === d.companies,
        })),
      },
    ],
    notes: [
      `${formatNumber(lang, r.withoutDirectTie)} / ${formatNumber(lang, r.companies)} ${t('col_withoutDirect')} · ${formatNumber(lang, r.withoutTieWithinTwo)} ${t('col_withoutTwo')}`,
    ],
    pairs: null,
  };
};

export const districtsReport: ReportBuilder = (data, lang) => {
  const t = (k: Key) => translate(lang, k);
  const rows = data.districts?.districts ?? [];
  const districtName = new Map(rows.map((d) => [d.district.id, d.district.name]));
  const between = [...(data.districts?.between ?? [])].sort((a, b) => b.ties - a.ties);
  return {
    columns: [
      col('district', 'text'),
      col('organizations'),
      col('research'),
      col('tiesWithin'),
      col('tiesOutside'),
      col('researchTies'),
      col('finding', 'text'),
    ],
    rows: rows.map((d) => ({
      id: d.district.id,
      alert: d.cutOffFromResearch,
      values: {
        district: d.district.name,
        organizations: d.organizations,
        research: d.research,
        tiesWithin: d.tiesWithin,
        tiesOutside: d.tiesOutside,
        researchTies: d.researchTies,
        finding: d.cutOffFromResearch ? t('flag_cutOff') : '',
      },
    })),
    defaultSort: 'researchTies:asc',
    charts: [
      {
        kind: 'bars',
        title: 'gapChartTies',
        series: ['col_tiesWithin', 'col_tiesOutside', 'col_researchTies'],
        items: rows.map((d) => ({
          key: d.district.id,
          label: d.district.name,
          values: [d.tiesWithin, d.tiesOutside, d.researchTies],
          alert: d.cutOffFromResearch,
        })),
      },
    ],
    notes: [],
    pairs: {
      title: 'gapBetween',
      items: between.map((p) => `${districtName.get(p.from) ?? p.from} ↔ ${districtName.get(p.to) ?? p.to}: ${formatNumber(lang, p.ties)}`),
    },
  };
};
