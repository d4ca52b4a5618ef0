// CSV, zipped: nodes.csv and edges.csv written by the project's one set of CSV rules
// (shared/csv.ts: UTF-8 with BOM, CRLF, formula-safe quoted cells), and README.txt describing
// every column. fflate deflates each table as its rows come and hands the zip on in pieces; the
// tables are written one after the other, so nothing waits in a queue.
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { type CsvCell, type CsvLanguage, csvBom, csvLine, csvSeparator } from '../../../shared/csv.ts';
import { type Attribute, edgeAttributes, nodeAttributes, scalar } from './attributes.ts';
import type { Emit, Encoder, ExportMeta } from './encoder.ts';
import type { ExportEdge, ExportNode } from './elements.ts';

const nodeHeader = ['id', ...nodeAttributes.map((a) => a.name)];
const edgeHeader = ['id', 'source', 'target', ...edgeAttributes.map((a) => a.name)];

// Rows are gathered into pieces of about this many characters before they are deflated.
const pieceChars = 64 * 1024;

function readme(meta: ExportMeta, lang: CsvLanguage): string {
  const column = (a: Attribute) => `  ${a.name} (${a.type}): ${a.description}`;
  return [
    `${meta.name}: network export of ${meta.exportedAt.toISOString()} by Cluster Explorer.`,
    meta.filter ? `Filter: ${meta.filter}` : 'The whole network, unfiltered.',
    '',
    `nodes.csv and edges.csv: UTF-8 with byte order mark, CRLF, separator "${csvSeparator[lang]}", decimal mark "${lang === 'de' ? ',' : '.'}", every cell quoted.`,
    `Text starting with = + - @ is prefixed with ' so spreadsheets do not run it as a formula.`,
    '',
    'nodes.csv',
    '  id (string): node id (organisation or project)',
    ...nodeAttributes.map(column),
    '',
    'edges.csv',
    '  id (string): edge id; source, target (string): node ids',
    ...edgeAttributes.map(column),
    '',
  ].join('\r\n');
}

export function csvZipEncoder(emit: Emit, meta: ExportMeta, lang: CsvLanguage): Encoder {
  const zip = new Zip((err, data) => {
    if (err) throw err;
    emit(data);
  });
  const file = (name: string): ZipDeflate => {
    const f = new ZipDeflate(name, { level: 6 });
    f.mtime = meta.exportedAt;
    zip.add(f);
    return f;
  };
  const readmeFile = file('README.txt');
  readmeFile.push(strToU8(readme(meta, lang)), true);

  let table = file('nodes.csv');
  let piece = csvBom + csvLine(lang, nodeHeader);
  const flush = (final: boolean) => {
    table.push(strToU8(piece), final);
    piece = '';
  };
  const row = (cells: readonly CsvCell[]) => {
    piece += csvLine(lang, cells);
    if (piece.length >= pieceChars) flush(false);
  };
  let inEdges = false;
  const openEdges = () => {
    if (inEdges) return;
    inEdges = true;
    flush(true);
    table = file('edges.csv');
    piece = csvBom + csvLine(lang, edgeHeader);
  };
  return {
    node(n: ExportNode) {
      row([n.key, ...nodeAttributes.map((a) => scalar(n.attributes[a.name]))]);
    },
    edge(e: ExportEdge) {
      openEdges();
      row([e.key, e.source, e.target, ...edgeAttributes.map((a) => scalar(e.attributes[a.name]))]);
    },
    end() {
      openEdges();
      flush(true);
      zip.end();
    },
  };
}
