// The file side of an import at 100,000 rows: a generated organisations file read, mapped and
// validated as a dry run, in CSV (Windows-1252 and UTF-8), XLSX and JSON. Figures: rows per second
// and peak heap and RSS over the process's baseline, sampled every 20 ms, at 10,000 and at 100,000
// rows: bounded memory means the heap held does not grow tenfold with the file. Not a test:
// `npm run bench:import-files` (BENCH_IMPORT_ROWS=10000,100000 by default); figures go to
// test-results/bench-import-files.json.
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { projectRoot } from '../../server/config.ts';
import { dryRunReport } from '../../server/curation/import/dry-run-report.ts';
import { readImportFile } from '../../server/curation/import/read-import-file.ts';
import { type Figure, figuresOf } from './figures.ts';
import { machine } from './machine.ts';

const headers = ['Id', 'Name', 'Art', 'Ort', 'PLZ', 'Breitengrad', 'Längengrad', 'Beschäftigte', 'Kompetenzen', 'Notizen'];
const kinds = ['Unternehmen', 'Hochschule', 'Verband', 'Netzwerk'];

function rowValues(i: number): (string | number)[] {
  // Every 1,000th row is broken (an unknown kind), so the report has problems to count.
  const kind = i % 1000 === 999 ? 'Werkstatt' : (kinds[i % kinds.length] ?? 'Unternehmen');
  return [
    `org-${i}`,
    `Müller & Söhne Metallbau ${i} GmbH`,
    kind,
    'Cottbus',
    '03046',
    '51,7563',
    '14,3329',
    String(10 + (i % 500)),
    'Schweißen | Fräsen',
    'Größe „mittel“',
  ];
}

async function writeText(
  file: string,
  rows: number,
  lineOf: (i: number) => string,
  head: string,
  tail: string,
  encoding: BufferEncoding,
): Promise<void> {
  const out = createWriteStream(file);
  out.write(Buffer.from(head, encoding));
  for (let i = 0; i < rows; i++) {
    if (!out.write(Buffer.from(lineOf(i), encoding))) await once(out, 'drain');
  }
  out.end(Buffer.from(tail, encoding));
  await once(out, 'finish');
}

const csvLine = (i: number) => `${rowValues(i).join(';')}\r\n`;

async function writeXlsx(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('Organisationen');
  sheet.addRow(headers).commit();
  for (let i = 0; i < rows; i++) sheet.addRow(rowValues(i)).commit();
  sheet.commit();
  await workbook.commit();
}

const jsonObject = (i: number) => JSON.stringify(Object.fromEntries(headers.map((h, k) => [h, rowValues(i)[k]])));

interface Figures {
  rows: number;
  problems: number;
  seconds: number;
  rowsPerSecond: number;
  peakHeapMb: number;
  peakRssMb: number;
  /** The most heap held while streaming: measured after a full collection every 10,000 rows. */
  heldHeapMb: number;
  fileMb: number;
}

async function measure(file: string): Promise<Figures> {
  globalThis.gc?.();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  let peakRss = base.rss;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  }, 20);
  const started = performance.now();
  const read = await readImportFile(file, { kind: 'organizations', fileName: path.basename(file) });
  let held = 0;
  const report = await dryRunReport(read, {
    keep: 100,
    onProgress: () => {
      globalThis.gc?.();
      held = Math.max(held, process.memoryUsage().heapUsed - base.heapUsed);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;
  return {
    rows: report.rows,
    problems: report.problemCount,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round(report.rows / seconds),
    peakHeapMb: mb(peakHeap - base.heapUsed),
    peakRssMb: mb(peakRss - base.rss),
    heldHeapMb: mb(held),
    fileMb: mb(statSync(file).size),
  };
}

const forms = ['CSV UTF-8', 'CSV Windows-1252', 'XLSX', 'JSON array', 'JSON Lines'] as const;

/**
 * Rows per second and memory of each form at each size; where two sizes ran, how much more heap the
 * largest held than the smallest: bounded memory means less than the rows grew.
 */
function figureList(sizes: readonly number[], results: Record<string, Figures>): Figure[] {
  const fig = figuresOf('import-files');
  const at = (rows: number, form: number) => Object.values(results)[sizes.indexOf(rows) * forms.length + form];
  const list: Figure[] = [];
  for (const rows of sizes) {
    forms.forEach((form, k) => {
      const r = at(rows, k);
      if (!r) return;
      const label = `${form}, ${rows.toLocaleString('en')} rows`;
      list.push(
        fig.info(`${label}: rows read and checked`, r.rowsPerSecond, 'rows/s', { note: `${r.fileMb} MB, ${r.problems} problems` }),
        fig.info(
          `${label}: peak heap, peak RSS, held heap over the baseline`,
          `+${r.peakHeapMb} / +${r.peakRssMb} / ${r.heldHeapMb}`,
          'MB',
        ),
      );
    });
  }
  const small = Math.min(...sizes);
  const big = Math.max(...sizes);
  if (small < big) {
    forms.forEach((form, k) => {
      const a = at(small, k);
      const b = at(big, k);
      if (!a || !b) return;
      list.push(
        fig.atMost(
          `${form}: heap held at ${big.toLocaleString('en')} ÷ at ${small.toLocaleString('en')} rows`,
          b.heldHeapMb / a.heldHeapMb,
          '×',
          big / small,
          {
            note: `${a.heldHeapMb} → ${b.heldHeapMb} MB`,
            limit: 'the duplicate finder keeps two hashes per row; anything else held grows with the file',
          },
        ),
      );
    });
  }
  return list;
}

const dir = mkdtempSync(path.join(tmpdir(), 'import-bench-'));
try {
  const sizes = (process.env.BENCH_IMPORT_ROWS ?? '10000,100000').split(',').map(Number);
  const results: Record<string, Figures> = {};
  for (const rows of sizes) {
    const files: [string, () => Promise<void>][] = [
      [
        `utf8-bom-${rows}.csv`,
        () => writeText(path.join(dir, `utf8-bom-${rows}.csv`), rows, csvLine, `\ufeff${headers.join(';')}\r\n`, '', 'utf8'),
      ],
      [
        `windows-1252-${rows}.csv`,
        () =>
          writeText(
            path.join(dir, `windows-1252-${rows}.csv`),
            rows,
            (i) => csvLine(i).replace(/[„“]/g, ''),
            `${headers.join(';')}\r\n`,
            '',
            'latin1',
          ),
      ],
      [`organisations-${rows}.xlsx`, () => writeXlsx(path.join(dir, `organisations-${rows}.xlsx`), rows)],
      [
        `organisations-${rows}.json`,
        () =>
          writeText(
            path.join(dir, `organisations-${rows}.json`),
            rows,
            (i) => `${i === 0 ? '' : ',\n'}${jsonObject(i)}`,
            '[\n',
            '\n]\n',
            'utf8',
          ),
      ],
      [
        `organisations-${rows}.jsonl`,
        () => writeText(path.join(dir, `organisations-${rows}.jsonl`), rows, (i) => `${jsonObject(i)}\n`, '', '', 'utf8'),
      ],
    ];
    for (const [name, write] of files) {
      await write();
      results[name] = await measure(path.join(dir, name));
      console.log(name.padEnd(28), JSON.stringify(results[name]));
    }
  }
  const out = path.join(projectRoot, 'test-results', 'bench-import-files.json');
  mkdirSync(path.dirname(out), { recursive: true });
  const content = { when: new Date().toISOString(), machine: machine(), sizes, results, figures: figureList(sizes, results) };
  writeFileSync(out, `${JSON.stringify(content, null, 2)}\n`);
  console.log('written to test-results/bench-import-files.json');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
