// Each gap lens's report as data: table rows and columns, charts, notes and pairs, in the user's
// language. Pure: the panel renders these, the CSV and the printable page write them, and unit
// tests read them.
import type { Lang } from '../i18n.ts';
import type { GapLensName } from '../state.ts';
import type { ReportData } from './api.ts';
import { kpisReport, communitiesReport, whitespotsReport } from './cluster-reports.ts';
import { districtsReport, reachReport } from './district-reports.ts';
import { internationalReport } from './international-report.ts';
import { brokersReport, isolatedReport, researchReport } from './organization-reports.ts';
import type { CompetenceNames, ReportBuilder } from './report-parts.ts';
import type { Report } from './report-table.ts';

const builders: Readonly<Record<GapLensName, ReportBuilder>> = {
  isolated: isolatedReport,
  reach: reachReport,
  whitespots: whitespotsReport,
  research: researchReport,
  districts: districtsReport,
  international: internationalReport,
  brokers: brokersReport,
  communities: communitiesReport,
  kpis: kpisReport,
};

export const buildReport = (lens: GapLensName, data: ReportData, lang: Lang, names: CompetenceNames): Report =>
  builders[lens](data, lang, names);
