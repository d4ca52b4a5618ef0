// Each gap lens's report as data: table rows and columns, charts, notes and pairs, in the user's
// language. Pure: the panel renders these, the CSV and the printable page write them, and unit
// tests read them.
import { formatNumber, localName, translate, valueLabel, type Key, type Lang } from '../i18n.ts';
import type { Term } from '../partners/index.ts';
import type { GapLensName } from '../state.ts';
import type { GapOrg, ReportData } from './api.ts';
import { dictionaryEntry } from './lenses.ts';
import type { Column, Format, Report } from './report-table.ts';

const org = (o: GapOrg, lang: Lang) => ({
  name: o.name,
  kind: valueLabel(lang, 'kind', o.kind),
  district: o.districtName,
  sizeClass: o.sizeClass && valueLabel(lang, 'size', o.sizeClass),
  employees: o.employees,
  competences: o.competences.length,
  synthetic: o.synthetic,
});

const col = (key: string, format: Format = 'int', label: Key = `col_${key}` as Key): Column => ({ key, label, format });
const orgColumns = [col('name', 'text'), col('kind', 'text'), col('district', 'text')];
// Honest data: every list of organisations says which of them are invented demo data.
const syntheticColumn = col('synthetic', 'flag', 'syntheticBadge');

export type CompetenceNames = ReadonlyMap<string, Term>;

/** A community's profile in the user's language: its top competences and districts. */
export function communityLabel(
  lang: Lang,
  c: { competences: { key: string; label: string }[]; districts: { label: string }[] },
  names: CompetenceNames,
): string {
  const competences = c.competences.map((k) => (names.get(k.key) ? localName(lang, names.get(k.key) as Term) : k.label));
  return `${competences.join(', ')} · ${c.districts.map((d) => d.label).join(', ')}`;
}

export function buildReport(lens: GapLensName, data: ReportData, lang: Lang, names: CompetenceNames): Report {
  const t = (k: Key) => translate(lang, k);
  const empty: Report = { columns: [], rows: [], defaultSort: '', charts: [], notes: [], pairs: null };
  switch (lens) {
    case 'isolated': {
      const r = data.isolated;
      if (!r) return empty;
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
              label: names.get(d.key) ? localName(lang, names.get(d.key) as Term) : d.label,
              values: [d.count],
              alert: false,
            })),
          },
        ],
        notes: [`${formatNumber(lang, r.total)} ${t('gapGroup_isolated')}`],
        pairs: null,
      };
    }
    case 'reach': {
      const r = data.reach;
      if (!r) return empty;
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
    }
    case 'whitespots': {
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
    }
    case 'research': {
      const rows = data.research ?? [];
      const byDistrict = new Map<string, number>();
      for (const r of rows)
        byDistrict.set(r.organization.districtName ?? '–', (byDistrict.get(r.organization.districtName ?? '–') ?? 0) + 1);
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
    }
    case 'districts': {
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
          items: between.map(
            (p) => `${districtName.get(p.from) ?? p.from} ↔ ${districtName.get(p.to) ?? p.to}: ${formatNumber(lang, p.ties)}`,
          ),
        },
      };
    }
    case 'brokers': {
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
    }
    case 'communities': {
      const r = data.communities;
      if (!r) return empty;
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
          items: r.unbridged.map(
            (g) =>
              `${g.a} ↔ ${g.b}: ${g.sharedCompetences.map((k) => (names.get(k) ? localName(lang, names.get(k) as Term) : k)).join(', ')}`,
          ),
        },
      };
    }
    case 'kpis': {
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
    }
  }
}
