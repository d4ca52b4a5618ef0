// A Förderkatalog export to records, in two streamed passes: first the joint projects in scope (a
// recipient or executing site in the region), then the parts of those projects. Rows without a
// joint project are single projects: no cooperation, so they are counted and left out.
import path from 'node:path';
import type { ImportProblem } from '../../curation/import/problems.ts';
import { fileChunks, fileDay } from '../open-file.ts';
import { brandenburgAndBerlin, inStates, type Scope } from '../scope.ts';
import { readSourceCsv } from '../source-csv.ts';
import type { SourceBatch, SourceOrganization } from '../source-records.ts';
import { foerderkatalogColumns } from './columns.ts';
import { jointProject } from './joint-projects.ts';
import { jointProjectKey, type Part, readPart } from './parts.ts';

export interface FoerderkatalogOptions {
  scope?: Scope;
  /** The export's date (YYYY-MM-DD); the file's own date when not given. */
  fileDate?: string;
}

export interface FoerderkatalogBatch extends SourceBatch {
  /** Rows without a joint project. */
  singleProjects: number;
}

export async function readFoerderkatalog(filePath: string, options: FoerderkatalogOptions = {}): Promise<FoerderkatalogBatch> {
  const scope = options.scope ?? brandenburgAndBerlin;
  const file = path.basename(filePath);
  const fileDate = options.fileDate ?? (await fileDay(filePath));
  const rows = () => readSourceCsv(fileChunks(filePath), foerderkatalogColumns, file);

  const inScope = new Set<string>();
  const seen = new Set<string>();
  let singleProjects = 0;
  for await (const row of rows()) {
    const key = jointProjectKey(row.get('jointProject'));
    if (key === '') {
      singleProjects += 1;
      continue;
    }
    seen.add(key);
    if (inStates(scope, row.get('recipientState')) || inStates(scope, row.get('siteState'))) inScope.add(key);
  }

  const problems: ImportProblem[] = [];
  const groups = new Map<string, { name: string; parts: Part[]; broken: boolean }>();
  for await (const row of rows()) {
    const key = jointProjectKey(row.get('jointProject'));
    if (!inScope.has(key)) continue;
    const group = groups.get(key) ?? { name: row.get('jointProject').replace(/\s+/g, ' '), parts: [], broken: false };
    groups.set(key, group);
    const read = readPart(row);
    if ('problems' in read) {
      problems.push(...read.problems);
      group.broken = true;
    } else group.parts.push(read.part);
  }

  const batch: FoerderkatalogBatch = {
    projects: [],
    organizations: [],
    participations: [],
    problems,
    outOfScope: seen.size - inScope.size,
    singleProjects,
  };
  const organizations = new Map<string, SourceOrganization>();
  for (const { name, parts, broken } of groups.values()) {
    // A joint project with a broken part would be imported incomplete: its problems say why not.
    if (broken || parts.length === 0) continue;
    const made = jointProject(name, parts, { file, fileDate });
    if ('problems' in made) {
      problems.push(...made.problems);
      continue;
    }
    batch.projects.push(made.project);
    batch.participations.push(...made.participations);
    for (const org of made.organizations) {
      const earlier = organizations.get(org.key);
      if (earlier === undefined) organizations.set(org.key, org);
      else
        earlier.sites = [
          ...(earlier.sites ?? []),
          ...(org.sites ?? []).filter((s) => !earlier.sites?.some((e) => e.name === s.name && e.city === s.city)),
        ];
    }
  }
  batch.organizations = [...organizations.values()];
  return batch;
}
