// The import's side of the API: uploads (POST /import/:kind, the file's bytes as the body, with
// the upload's progress; a source's download in source-import.ts), and the review queue through
// GraphQL. The answer of an upload is read field by field where it enters: nothing the server
// sends is trusted to have the right shape.
import { gql, mutate } from '../api.ts';
import { graphql, type ResultOf } from '../graphql.ts';
import type { ImportKind } from './import-kinds.ts';

export type ImportMode = 'dry-run' | 'all-or-nothing' | 'skip-bad';
export const outcomes = ['created', 'updated', 'unchanged', 'rejected', 'review'] as const;
export type Outcome = (typeof outcomes)[number];

export interface ImportProblem {
  /** The file (for a source's download, the file in its zip). */
  file?: string;
  row: number | null;
  column: string | null;
  field: string | null;
  value: string | null;
  expected: string;
}

export interface MappedColumn {
  header: string;
  field: string | null;
  by: 'template' | 'mapping' | 'unknown';
}

export interface ImportAnswer {
  header: { headers: string[]; columns: MappedColumn[]; missing: string[] };
  summary: {
    importId: string;
    file: string;
    status: 'checked' | 'applied' | 'refused';
    rows: number;
    counts: Record<Outcome, number>;
    problems: ImportProblem[];
    problemCount: number;
  };
}

/** Why an upload failed, from the HTTP status: the dialog says each in words. */
export type UploadFailure = 'tooLarge' | 'forbidden' | 'signedOut' | 'rejected' | 'network' | 'server';

export class UploadError extends Error {
  override name = 'UploadError';
  constructor(
    readonly failure: UploadFailure,
    /** The server's own message (English), shown beside the German sentence. */
    readonly detail: string,
    /** What made the server refuse the file (422), located like the rows' problems. */
    readonly problems: readonly ImportProblem[] = [],
  ) {
    super(`${failure}: ${detail}`);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const int = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isRecord) : []);

function readColumn(c: Record<string, unknown>): MappedColumn {
  const by = c.by === 'template' || c.by === 'mapping' ? c.by : 'unknown';
  return { header: str(c.header) ?? '', field: str(c.field), by };
}

export function readProblem(p: Record<string, unknown>): ImportProblem {
  return {
    ...(typeof p.file === 'string' ? { file: p.file } : {}),
    row: typeof p.row === 'number' ? p.row : null,
    column: str(p.column),
    field: str(p.field),
    value: str(p.value),
    expected: str(p.expected) ?? '',
  };
}

/** The upload's answer as the dialog uses it, or null when it is not one. */
export function readImportAnswer(body: unknown): ImportAnswer | null {
  if (!isRecord(body) || !isRecord(body.header) || !isRecord(body.summary)) return null;
  const h = body.header;
  const s = body.summary;
  const status = s.status === 'applied' || s.status === 'refused' ? s.status : 'checked';
  const c = isRecord(s.counts) ? s.counts : {};
  const problems = list(s.problems).map(readProblem);
  return {
    header: { headers: strings(h.headers), columns: list(h.columns).map(readColumn), missing: strings(h.missing) },
    summary: {
      importId: str(s.importId) ?? '',
      file: str(s.file) ?? '',
      status,
      rows: int(s.rows),
      counts: {
        created: int(c.created),
        updated: int(c.updated),
        unchanged: int(c.unchanged),
        rejected: int(c.rejected),
        review: int(c.review),
      },
      problems,
      problemCount: Math.max(int(s.problemCount), problems.length),
    },
  };
}

const failureOf = (status: number): UploadFailure =>
  status === 413
    ? 'tooLarge'
    : status === 403
      ? 'forbidden'
      : status === 401
        ? 'signedOut'
        : status === 400 || status === 404 || status === 422
          ? 'rejected'
          : 'server';

function errorMessage(body: unknown): string {
  const first = isRecord(body) ? list(body.errors)[0] : undefined;
  return str(first?.message) ?? '';
}

function errorProblems(body: unknown): ImportProblem[] {
  const first = isRecord(body) ? list(body.errors)[0] : undefined;
  return isRecord(first?.extensions) ? list(first.extensions.problems).map(readProblem) : [];
}

export interface Upload {
  kind: ImportKind;
  mode: ImportMode;
  file: File;
  csrfToken: string | null;
  /** Header text → field, or null to leave the column out; the server keeps it for next time. */
  mapping?: Readonly<Record<string, string | null>> | null;
  onProgress?: (sent: number, total: number) => void;
  /** A random token the server tracks the import's progress by (importProgress). */
  progressToken?: string;
}

export interface RunningUpload<T = ImportAnswer> {
  done: Promise<T>;
  abort(): void;
}

export interface FilePost<T> {
  url: string;
  file: File;
  csrfToken: string | null;
  headers?: Readonly<Record<string, string>>;
  onProgress?: (sent: number, total: number) => void;
  /** The answer as the caller uses it, or null when the body is not one. */
  read: (body: unknown) => T | null;
}

/** XMLHttpRequest, not fetch: only it reports how much of the body has gone up. */
export function postFile<T>(p: FilePost<T>): RunningUpload<T> {
  const xhr = new XMLHttpRequest();
  const done = new Promise<T>((resolve, reject) => {
    xhr.open('POST', p.url);
    xhr.withCredentials = true;
    xhr.responseType = 'json';
    if (p.csrfToken) xhr.setRequestHeader('x-csrf-token', p.csrfToken);
    for (const [name, value] of Object.entries(p.headers ?? {})) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => p.onProgress?.(e.loaded, e.lengthComputable ? e.total : p.file.size);
    xhr.onerror = () => reject(new UploadError('network', ''));
    xhr.onabort = () => reject(new UploadError('network', 'aborted'));
    xhr.onload = () => {
      const body: unknown = xhr.response;
      const answer = xhr.status === 200 ? p.read(body) : null;
      if (answer) resolve(answer);
      else
        reject(
          new UploadError(
            xhr.status === 200 ? 'server' : failureOf(xhr.status),
            errorMessage(body) || `HTTP ${xhr.status}`,
            errorProblems(body),
          ),
        );
    };
    xhr.send(p.file);
  });
  return { done, abort: () => xhr.abort() };
}

export function uploadImport(u: Upload): RunningUpload {
  const query = new URLSearchParams({ mode: u.mode, file: u.file.name });
  const headers: Record<string, string> = {};
  if (u.mapping) headers['x-column-mapping'] = JSON.stringify(u.mapping);
  if (u.progressToken) headers['x-import-progress'] = u.progressToken;
  return postFile({
    url: `/import/${u.kind}?${query.toString()}`,
    file: u.file,
    csrfToken: u.csrfToken,
    headers,
    ...(u.onProgress ? { onProgress: u.onProgress } : {}),
    read: readImportAnswer,
  });
}

export interface ImportProgress {
  pass: 'check' | 'apply';
  rows: number;
}

/** How far the server has got with an upload (null until it starts, or when it cannot say). */
export async function importProgress(token: string): Promise<ImportProgress | null> {
  const res = await fetch(`/import/progress/${encodeURIComponent(token)}`, { credentials: 'same-origin' }).catch(() => null);
  const body: unknown = res?.ok ? await res.json().catch(() => null) : null;
  if (!isRecord(body) || (body.pass !== 'check' && body.pass !== 'apply') || typeof body.rows !== 'number') return null;
  return { pass: body.pass, rows: body.rows };
}

const ReviewsQuery = graphql(`query MatchReviews($first: Int) {
  matchReviews(first: $first) {
    id importId file row name city candidateId candidateName candidateCity confidence reasons alternatives { id name confidence }
  }
}`);

export type MatchReview = ResultOf<typeof ReviewsQuery>['matchReviews'][number];

/** The most the queue shows at once; the button says "200+" beyond. */
export const reviewPage = 200;

export async function loadReviews(): Promise<MatchReview[]> {
  return (await gql(ReviewsQuery, { first: reviewPage })).matchReviews;
}

const DecideMutation = graphql(
  `mutation DecideMatch($review: ID!, $sameAs: ID) { decideMatch(review: $review, sameAs: $sameAs) { id name } }`,
);

/** sameAs: the organisation the row is (the candidate or an alternative); null: a new one. Returns the organisation's id. */
export async function decideMatch(csrfToken: string | null, review: string, sameAs: string | null): Promise<string> {
  return (await mutate(csrfToken, DecideMutation, { review, sameAs })).decideMatch.id;
}
