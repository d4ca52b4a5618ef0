// A public source's download uploaded as it is (POST /import/source/:source): the CORDIS package
// zip or a Förderkatalog CSV export. The answer counts organisations, projects and participations
// apart, and is read field by field where it enters like every upload's.
import { type ImportMode, type ImportProblem, postFile, readProblem, type RunningUpload } from './imports-api.ts';

export const sourceKinds = ['cordis', 'foerderkatalog'] as const;
export type SourceKind = (typeof sourceKinds)[number];
export const isSourceKind = (v: string): v is SourceKind => (sourceKinds as readonly string[]).includes(v);

/** What the file chooser offers for each download. */
export const sourceAccept: Readonly<Record<SourceKind, string>> = { cordis: '.zip', foerderkatalog: '.csv,.txt' };
/** Where each download is found. */
export const sourceDownload: Readonly<Record<SourceKind, string>> = {
  cordis: 'https://data.europa.eu/data/datasets/cordis-eu-research-projects-under-horizon-europe-2021-2027',
  foerderkatalog: 'https://foerderportal.bund.de/foekat/jsp/StartAction.do',
};

export const sourceOutcomes = ['created', 'matched', 'updated', 'unchanged', 'review', 'rejected'] as const;
export type SourceOutcome = (typeof sourceOutcomes)[number];
export const sourceParts = ['organizations', 'projects', 'participations'] as const;
export type SourcePart = (typeof sourceParts)[number];

export interface SourceAnswer {
  importId: string;
  file: string;
  status: 'checked' | 'applied' | 'refused';
  counts: Record<SourcePart, Record<SourceOutcome, number>>;
  /** Projects of the file without a participant in the region, left out. */
  outOfScope: number;
  problems: ImportProblem[];
  problemCount: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const int = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

function readCounts(v: unknown): Record<SourceOutcome, number> {
  const c = isRecord(v) ? v : {};
  return Object.fromEntries(sourceOutcomes.map((o) => [o, int(c[o])])) as Record<SourceOutcome, number>;
}

/** The upload's answer as the dialog uses it, or null when it is not one. */
export function readSourceAnswer(body: unknown): SourceAnswer | null {
  if (!isRecord(body) || !isRecord(body.summary)) return null;
  const s = body.summary;
  const problems = Array.isArray(s.problems) ? s.problems.filter(isRecord).map(readProblem) : [];
  return {
    importId: typeof s.importId === 'string' ? s.importId : '',
    file: typeof s.file === 'string' ? s.file : '',
    status: s.status === 'applied' || s.status === 'refused' ? s.status : 'checked',
    counts: {
      organizations: readCounts(s.organizations),
      projects: readCounts(s.projects),
      participations: readCounts(s.participations),
    },
    outOfScope: int(s.outOfScope),
    problems,
    problemCount: Math.max(int(s.problemCount), problems.length),
  };
}

/** The file's own day (YYYY-MM-DD, local): a download keeps the day it was downloaded, the date its provenance records. */
export function downloadDay(file: File): string {
  const d = new Date(file.lastModified);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

export interface SourceUpload {
  source: SourceKind;
  mode: ImportMode;
  file: File;
  csrfToken: string | null;
  onProgress?: (sent: number, total: number) => void;
  progressToken?: string;
}

export function uploadSource(u: SourceUpload): RunningUpload<SourceAnswer> {
  const query = new URLSearchParams({ mode: u.mode, file: u.file.name, fileDate: downloadDay(u.file) });
  return postFile({
    url: `/import/source/${u.source}?${query.toString()}`,
    file: u.file,
    csrfToken: u.csrfToken,
    headers: u.progressToken ? { 'x-import-progress': u.progressToken } : {},
    ...(u.onProgress ? { onProgress: u.onProgress } : {}),
    read: readSourceAnswer,
  });
}
