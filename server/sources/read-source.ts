// The files a user names, as one source's packages: each CORDIS zip is one package, as are a
// project.csv and an organization.csv named together; each Förderkatalog export is one search.
import path from 'node:path';
import { readCordis } from './cordis/read.ts';
import { readFoerderkatalog } from './foerderkatalog/read.ts';
import type { SourceName } from './provenance.ts';
import type { Scope } from './scope.ts';
import { SourceFileError } from './source-problems.ts';
import type { SourceBatch } from './source-records.ts';

export interface SourcePackage {
  /** The files as the user named them, for the report and the import list. */
  name: string;
  read: () => Promise<SourceBatch>;
}

export interface ReadOptions {
  scope?: Scope;
  fileDate?: string;
}

const unreadable = (file: string, expected: string) =>
  new SourceFileError([{ file, row: null, column: null, field: null, value: null, expected }]);

export function sourcePackages(source: SourceName, files: readonly string[], options: ReadOptions = {}): SourcePackage[] {
  const base = (f: string) => path.basename(f);
  if (source === 'foerderkatalog') return files.map((f) => ({ name: base(f), read: () => readFoerderkatalog(f, options) }));
  const zips = files.filter((f) => f.toLowerCase().endsWith('.zip'));
  const csvs = files.filter((f) => !zips.includes(f));
  const packages: SourcePackage[] = zips.map((zip) => ({ name: base(zip), read: () => readCordis({ zip }, options) }));
  if (csvs.length > 0) {
    const projects = csvs.find((f) => /project/i.test(base(f)));
    const organizations = csvs.find((f) => /organi[sz]ation/i.test(base(f)));
    const other = csvs.filter((f) => f !== projects && f !== organizations);
    if (!projects || !organizations || other.length > 0)
      throw unreadable(csvs.map(base).join(', '), 'a CORDIS package: its zip, or its project.csv and organization.csv named together');
    packages.push({ name: `${base(projects)} + ${base(organizations)}`, read: () => readCordis({ projects, organizations }, options) });
  }
  return packages;
}
