// The reports that list organisations: the isolated ones, research without industry partners, and
// the brokers the network would fall apart without.
import { formatNumber, translate, valueLabel, type Key } from '../i18n.ts';
import { col, competenceName, emptyReport, org, orgColumns, syntheticColumn, type ReportBuilder } from './report-parts.ts';

export const isolatedReport: ReportBuilder = (data, lang, names) => {
  const t = (k: Key) => translate(lang, k);
  const r = data.isolated;
  if (!r) return emptyReport;
  return {
    columns: [...orgColumns, col('sizeClass', 'text'), col('employees'), col('competences'), syntheticColumn],
    rows: r.organizations.map((o) => ({ id: o.id, values: org(o, lang), alert: false })),
    defaultSort: 'employees:desc',
    charts: [
      {
        kind: 'bars',
        title: 'gapChartDistricts',
        series: ['gapGroup_isolated'],
        items: r.byDistrict.map((d) => ({ key: d.key, label: d.label, values: [d.count], alert: false })),
      },
      {
        kind: 'bars',
        title: 'gapChartSize',
        series: ['gapGroup_isolated'],
        items: r.bySizeClass.map((d) => ({ key: d.key, label: valueLabel(lang, 'size', d.key), values: [d.count], alert: false })),
      },
      {
        kind: 'bars',
        title: 'gapChartCompetences',
        series: ['gapGroup_isolated'],
        items: r.byCompetence.slice(0, 12).map((d) => ({
          key: d.key,
          label: competenceName(lang, names, d.key, d.label),
          values: [d.count],
          alert: false,
        })),
      },
    ],
    notes: [`${formatNumber(lang, r.total)} ${t('gapGroup_isolated')}`],
    pairs: null,
  };
};

export const researchReport: ReportBuilder = (data, lang) => {
  const rows = data.research ?? [];
  const byDistrict = new Map<string, number>();
  for (const r of rows) byDistrict.set(r.organization.districtName ?? '–', (byDistrict.get(r.organization.districtName ?? '–') ?? 0) + 1);
  return {
    columns: [...orgColumns, col('partners'), col('projects'), col('competences'), syntheticColumn],
    rows: rows.map((r) => ({
      id: r.organization.id,
      alert: r.partners === 0,
      values: { ...org(r.organization, lang), partners: r.partners, projects: r.projects },
    })),
    defaultSort: 'competences:desc',
    charts: [
      {
        kind: 'bars',
        title: 'gapChartDistricts',
        series: ['gapGroup_without_industry'],
        items: [...byDistrict].sort((a, b) => b[1] - a[1]).map(([label, n]) => ({ key: label, label, values: [n], alert: false })),
      },
    ],
    notes: [],
    pairs: null,
  };
};

export const brokersReport: ReportBuilder = (data, lang) => {
  const rows = data.brokers?.brokers ?? [];
  return {
    columns: [
      col('name', 'text'),
      col('kind', 'text'),
      col('district', 'text'),
      col('degree'),
      col('betweenness'),
      col('splitOff'),
      col('researchCutOff'),
      col('bridgeTies'),
      col('articulation', 'flag'),
      syntheticColumn,
    ],
    rows: rows.map((b) => ({
      id: b.organization.id,
      alert: b.articulation,
      values: {
        ...org(b.organization, lang),
        degree: b.degree,
        betweenness: Math.round(b.betweenness),
        splitOff: b.splitOff,
        researchCutOff: b.researchCutOff,
        bridgeTies: b.bridgeTies,
        articulation: b.articulation,
      },
    })),
    defaultSort: 'splitOff:desc',
    charts: [
      {
        kind: 'bars',
        title: 'gapChartSplit',
        series: ['col_splitOff', 'col_researchCutOff'],
        items: rows.slice(0, 12).map((b) => ({
          key: b.organization.id,
          label: b.organization.name,
          values: [b.splitOff, b.researchCutOff],
          alert: b.articulation,
        })),
      },
    ],
    notes: [],
    pairs: null,
  };
};
