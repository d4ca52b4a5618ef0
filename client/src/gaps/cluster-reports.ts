// The reports on the cluster as a whole: competences without research behind them, the
// communities of the network, and the key figures year by year.
import { localName, translate, type Key } from '../i18n.ts';
import { dictionaryEntry } from './lenses.ts';
import { col, communityLabel, competenceName, emptyReport, type ReportBuilder } from './report-parts.ts';

export const whitespotsReport: ReportBuilder = (data, lang) => {
  const t = (k: Key) => translate(lang, k);
  const rows = data.whitespots ?? [];
  const finding = (w: (typeof rows)[number]) =>
    [
      w.whiteSpot && t('flag_whiteSpot'),
      w.demandWithoutResearchLink && !w.whiteSpot && t('flag_demand'),
      w.supplyWithoutUptake && t('flag_supply'),
    ]
      .filter(Boolean)
      .join(', ');
  return {
    columns: [
      col('competence', 'text'),
      col('companies'),
      col('research'),
      col('ties'),
      col('researchProjects'),
      col('linked'),
      col('finding', 'text'),
    ],
    rows: rows.map((w) => ({
      id: w.competence.id,
      alert: w.whiteSpot || w.demandWithoutResearchLink,
      values: {
        competence: localName(lang, w.competence),
        companies: w.companies,
        research: w.research,
        ties: w.ties,
        researchProjects: w.researchProjects,
        linked: w.linkedCompanies,
        finding: finding(w),
      },
    })),
    defaultSort: 'companies:desc',
    charts: [
      {
        kind: 'heatmap',
        title: 'gapChartMatrix',
        columns: ['col_companies', 'col_research', 'col_ties', 'col_researchProjects', 'col_linked'],
        rows: rows.map((w) => ({
          key: w.competence.id,
          label: localName(lang, w.competence),
          values: [w.companies, w.research, w.ties, w.researchProjects, w.linkedCompanies],
          alert: w.whiteSpot || w.demandWithoutResearchLink,
        })),
      },
    ],
    notes: [],
    pairs: null,
  };
};

export const communitiesReport: ReportBuilder = (data, lang, names) => {
  const r = data.communities;
  if (!r) return emptyReport;
  const labelOf = new Map(r.communities.map((c) => [c.id, communityLabel(lang, c, names)]));
  return {
    columns: [
      col('id', 'int', 'gapGroup_community'),
      col('label', 'text'),
      col('size'),
      col('companies'),
      col('research'),
      col('hubs', 'text'),
    ],
    rows: r.communities.map((c) => ({
      id: String(c.id),
      alert: c.research === 0,
      values: {
        id: c.id,
        label: labelOf.get(c.id) ?? c.label,
        size: c.size,
        companies: c.companies,
        research: c.research,
        hubs: c.hubs.map((x) => x.name).join(', '),
      },
    })),
    defaultSort: 'size:desc',
    charts: [
      {
        kind: 'bars',
        title: 'gapChartSize',
        series: ['col_companies', 'col_research'],
        items: r.communities.slice(0, 12).map((c) => ({
          key: String(c.id),
          label: `${c.id}: ${labelOf.get(c.id) ?? ''}`,
          values: [c.companies, c.research],
          alert: c.research === 0,
        })),
      },
    ],
    notes: [],
    pairs: {
      title: 'gapUnbridged',
      items: r.unbridged.map((g) => `${g.a} ↔ ${g.b}: ${g.sharedCompetences.map((k) => competenceName(lang, names, k, k)).join(', ')}`),
    },
  };
};

export const kpisReport: ReportBuilder = (data, lang) => {
  const t = (k: Key) => translate(lang, k);
  const rows = data.kpis ?? [];
  const levels = [...new Set(rows.flatMap((y) => y.activeProjectsByLevel.map((l) => l.key)))];
  return {
    columns: [col('year'), col('smes'), col('smeShare', 'share'), col('newTies'), col('activeProjects')],
    rows: rows.map((y) => ({
      id: String(y.year),
      alert: false,
      values: { year: y.year, smes: y.smes, smeShare: y.smeResearchShare, newTies: y.newTies, activeProjects: y.activeProjects },
    })),
    defaultSort: 'year:asc',
    charts: [
      {
        kind: 'lines',
        title: 'gapChartKpi',
        xs: rows.map((y) => y.year),
        share: true,
        series: [{ label: t('col_smeShare'), values: rows.map((y) => y.smeResearchShare) }],
      },
      {
        kind: 'lines',
        title: 'gapChartNewTies',
        xs: rows.map((y) => y.year),
        share: false,
        series: [
          { label: t('col_newTies'), values: rows.map((y) => y.newTies) },
          ...levels.map((level) => ({
            label: `${t('col_activeProjects')} (${dictionaryEntry(lang, `level${level.charAt(0).toUpperCase()}${level.slice(1)}`) ?? level})`,
            values: rows.map((y) => y.activeProjectsByLevel.find((l) => l.key === level)?.count ?? 0),
          })),
        ],
      },
    ],
    notes: [],
    pairs: null,
  };
};
