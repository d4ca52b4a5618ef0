// A file as people have it, to validated records and a precise problem report, streamed: the
// reader of its format gives header-keyed rows, the header is mapped to fields once, and each
// row becomes a record or its problems. Nothing is written here; the importer decides what to do
// with the rows (all-or-nothing, or skip the bad ones) and the dry run counts them.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { RecordKind } from '../records.ts';
import type { SheetEvent } from './cells.ts';
import { type ColumnMapping, type ColumnPlan, headersKey, type MappedColumn, type PlanOptions, planColumns } from './column-mapping.ts';
import { readCsv, type CsvInfo } from './csv-reader.ts';
import { DuplicateFinder } from './duplicates.ts';
import { ImportFileError } from './file-errors.ts';
import { readJson } from './json-reader.ts';
import type { ImportProblem } from './problems.ts';
import { type RecordOf, rowRecord } from './row-record.ts';
import { templates } from '../../../shared/import-templates.ts';
import { readXlsx } from './xlsx-reader.ts';

export type ImportFormat = 'csv' | 'xlsx' | 'json';
/** A path, or the bytes of an upload as a Node stream or any async iterable of chunks. */
export type ImportSource = string | Readable | AsyncIterable<Uint8Array>;

export interface ImportOptions<K extends RecordKind> {
  kind: K;
  /** The name the user knows the file by: every problem carries it. */
  fileName: string;
  /** Taken from the file name's extension when not given. */
  format?: ImportFormat;
  mapping?: ColumnMapping;
}

export interface ImportHeader {
  file: string;
  kind: RecordKind;
  format: ImportFormat | null;
  /** The header's row (null for JSON, whose header is the first object's keys). */
  row: number | null;
  headers: readonly string[];
  columns: readonly MappedColumn[];
  /** Required fields without a column. */
  missing: readonly string[];
  /** The key a saved column mapping is found by (mapping-store.ts). */
  headersKey: string;
  csv?: CsvInfo;
  /** Header problems, and a file that cannot be read at all; rows are read only when it is readable. */
  problems: readonly ImportProblem[];
}

export type ImportRow<K extends RecordKind> = { row: number; record: RecordOf<K> } | { row: number | null; problems: ImportProblem[] };

export interface ImportFile<K extends RecordKind> {
  header: ImportHeader;
  rows: AsyncGenerator<ImportRow<K>>;
}

const extensions: Readonly<Record<string, ImportFormat>> = {
  '.csv': 'csv',
  '.txt': 'csv',
  '.tsv': 'csv',
  '.xlsx': 'xlsx',
  '.json': 'json',
  '.jsonl': 'json',
  '.ndjson': 'json',
};

export function formatOf(fileName: string): ImportFormat | undefined {
  return extensions[path.extname(fileName).toLowerCase()];
}

function toStream(source: ImportSource): Readable {
  if (typeof source === 'string') return createReadStream(source, { highWaterMark: 256 * 1024 });
  return source instanceof Readable ? source : Readable.from(source);
}

/** Reads the header and returns it with the rows, which are read as the caller iterates. */
export async function readImportFile<K extends RecordKind>(source: ImportSource, options: ImportOptions<K>): Promise<ImportFile<K>> {
  const { kind, fileName: file } = options;
  const format = options.format ?? formatOf(file) ?? null;
  const base = { file, kind, format, row: null, headers: [], columns: [], missing: [], headersKey: headersKey([]) };
  if (format === null) {
    const ext = path.extname(file).toLowerCase();
    const expected =
      ext === '.xls' ? 'an .xlsx workbook (save the .xls file again as .xlsx)' : 'a file ending in .csv, .xlsx, .json or .jsonl';
    return {
      header: { ...base, problems: [{ file, row: null, column: null, field: null, value: path.basename(file), expected }] },
      rows: none(),
    };
  }
  let csv: CsvInfo | undefined;
  const stream = toStream(source);
  const events: AsyncGenerator<SheetEvent> =
    format === 'csv'
      ? readCsv(stream, (info) => {
          csv = info;
        })
      : format === 'xlsx'
        ? readXlsx(stream, [kind, templates[kind].de, templates[kind].en])
        : readJson(stream);
  let first: IteratorResult<SheetEvent>;
  try {
    first = await events.next();
  } catch (err) {
    stream.destroy();
    if (!(err instanceof ImportFileError)) throw err;
    return { header: { ...base, ...(csv ? { csv } : {}), problems: [fileProblem(file, err)] }, rows: none() };
  }
  if (first.done || !('header' in first.value)) {
    const problems = [{ file, row: null, column: null, field: null, value: '(no header)', expected: 'a header row with the column names' }];
    return { header: { ...base, problems }, rows: none() };
  }
  const { header: headers, row } = first.value;
  const planOptions: PlanOptions = { file, headerRow: row, mapping: options.mapping, requireColumns: format !== 'json' };
  const plan = planColumns(kind, headers, planOptions);
  const header: ImportHeader = {
    file,
    kind,
    format,
    row,
    headers,
    columns: plan.mapped,
    missing: plan.missing,
    headersKey: headersKey(headers),
    ...(csv ? { csv } : {}),
    problems: plan.problems,
  };
  return { header, rows: rows(kind, plan, headers, planOptions, events) };
}

async function* none(): AsyncGenerator<never> {}

function fileProblem(file: string, err: ImportFileError): ImportProblem {
  return { file, row: err.row, column: null, field: null, value: err.value, expected: err.expected };
}

async function* rows<K extends RecordKind>(
  kind: K,
  firstPlan: ColumnPlan,
  headers: readonly string[],
  planOptions: PlanOptions,
  events: AsyncGenerator<SheetEvent>,
): AsyncGenerator<ImportRow<K>> {
  const { file } = planOptions;
  const duplicates = new DuplicateFinder(kind);
  const known = new Set(headers);
  let plan = firstPlan;
  try {
    for await (const event of events) {
      if ('header' in event) continue;
      // A JSON object may bring keys the first one did not have: mapped from here on, and
      // reported in this row when no column takes them.
      const added = [...event.cells.keys()].filter((k) => !known.has(k));
      const newProblems: ImportProblem[] = [];
      if (added.length > 0) {
        for (const k of added) known.add(k);
        plan = planColumns(kind, [...known], { ...planOptions, headerRow: event.row });
        newProblems.push(...plan.problems.filter((p) => p.column !== null && added.includes(p.column)));
      }
      const outcome = rowRecord(kind, plan, event, file);
      if ('empty' in outcome) continue;
      const problems = [...newProblems, ...('problems' in outcome ? outcome.problems : [])];
      for (const d of duplicates.check(event.row, outcome.input)) {
        const header = plan.mapped.find((m) => m.field === d.field)?.header ?? null;
        problems.push({
          file,
          row: event.row,
          column: header,
          field: d.field,
          value: String(outcome.input[d.field] ?? ''),
          expected: d.expected,
        });
      }
      if (problems.length > 0) yield { row: event.row, problems };
      else if ('record' in outcome) yield { row: event.row, record: outcome.record };
    }
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err;
    yield { row: err.row, problems: [fileProblem(file, err)] };
  }
}
