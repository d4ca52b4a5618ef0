// The export formats: what each is for, how it is served and named, and its writer.
import type { CsvLanguage } from '../../../shared/csv.ts';
import { csvZipEncoder } from './csv-zip.ts';
import type { Emit, Encoder, ExportMeta } from './encoder.ts';
import { gexfEncoder } from './gexf.ts';
import { graphmlEncoder } from './graphml.ts';
import { graphologyEncoder } from './graphology-json.ts';

export const exportFormats = ['gexf', 'graphml', 'csv', 'graphology'] as const;
export type ExportFormat = (typeof exportFormats)[number];

interface FormatInfo {
  /** The download's path below /export, and so its file name's ending. */
  path: string;
  extension: string;
  contentType: string;
  encoder(emit: Emit, meta: ExportMeta, lang: CsvLanguage): Encoder;
}

export const formatInfo: Readonly<Record<ExportFormat, FormatInfo>> = {
  gexf: { path: 'network.gexf', extension: 'gexf', contentType: 'application/gexf+xml', encoder: gexfEncoder },
  graphml: { path: 'network.graphml', extension: 'graphml', contentType: 'application/graphml+xml', encoder: graphmlEncoder },
  csv: { path: 'network.csv.zip', extension: 'csv.zip', contentType: 'application/zip', encoder: csvZipEncoder },
  graphology: { path: 'network.json', extension: 'graphology.json', contentType: 'application/json', encoder: graphologyEncoder },
};

/** The format a download path asks for (network.gexf …), or null. */
export function formatOfPath(path: string): ExportFormat | null {
  return exportFormats.find((f) => formatInfo[f].path === path) ?? null;
}

/** cluster-metall-network-2026-12-01.gexf; "-filtered" when a filter narrowed it. */
export function fileName(format: ExportFormat, filtered: boolean, day: Date): string {
  return `cluster-metall-network${filtered ? '-filtered' : ''}-${day.toISOString().slice(0, 10)}.${formatInfo[format].extension}`;
}
