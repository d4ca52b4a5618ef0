import type { CsvLanguage } from '../../../shared/csv.ts';
import type { Resolver } from '../domain.ts';
import type { NetworkFilterInput } from '../network/index.ts';
import { exportQueryString } from './arguments.ts';
import { exportParams } from './elements.ts';
import { type ExportFormat, fileName, formatInfo } from './formats.ts';

interface NetworkExportArgs {
  format: ExportFormat;
  filter?: NetworkFilterInput | null;
  lang?: CsvLanguage | null;
}

/** The download link for a format and filter; the filter is checked now, as network(filter) checks it. */
function networkExport({ format, filter, lang }: NetworkExportArgs) {
  const f = filter ?? {};
  exportParams(f, 'filter.');
  const query = exportQueryString(f, format === 'csv' ? (lang ?? null) : null);
  return {
    format,
    url: `/export/${formatInfo[format].path}${query ? `?${query}` : ''}`,
    fileName: fileName(format, exportQueryString(f, null) !== '', new Date()),
    contentType: formatInfo[format].contentType,
  };
}

export const exportsResolvers = {
  Query: {
    networkExport: ((_, args) => networkExport(args)) satisfies Resolver<NetworkExportArgs>,
  },
};
