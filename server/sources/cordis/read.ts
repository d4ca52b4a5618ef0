// A CORDIS package to records, in three streamed passes: the organisations once to find the
// projects in scope (a participant in the region may come after the others), once more to map
// the participants of those projects, then the projects. Memory grows with the scope, not the file.
import path from 'node:path';
import type { ImportProblem } from '../../curation/import/problems.ts';
import { fileChunks, fileDay } from '../open-file.ts';
import { brandenburgAndBerlin, inNuts, type Scope } from '../scope.ts';
import { readSourceCsv } from '../source-csv.ts';
import type { SourceBatch, SourceOrganization, SourceProject } from '../source-records.ts';
import { zipEntry } from '../zip-entry.ts';
import { cordisFiles, cordisOrganizationColumns, cordisProjectColumns } from './columns.ts';
import { type CordisParticipant, cordisParticipant, cordisProject, type FileContext } from './map.ts';

/** The package as downloaded (a zip), or its two files. */
export type CordisInput = { zip: string } | { projects: string; organizations: string };

export interface CordisOptions {
  scope?: Scope;
  /** The download's date (YYYY-MM-DD); the file's own date when not given. */
  fileDate?: string;
}

interface Opened {
  file: string;
  chunks: () => AsyncIterable<Uint8Array>;
}

function open(input: CordisInput, which: keyof typeof cordisFiles): Opened {
  if ('zip' in input) {
    const name = cordisFiles[which];
    return { file: `${path.basename(input.zip)}/${name}`, chunks: () => zipEntry(input.zip, name) };
  }
  const filePath = input[which];
  return { file: path.basename(filePath), chunks: () => fileChunks(filePath) };
}

export async function readCordis(input: CordisInput, options: CordisOptions = {}): Promise<SourceBatch> {
  const scope = options.scope ?? brandenburgAndBerlin;
  const fileDate = options.fileDate ?? (await fileDay('zip' in input ? input.zip : input.organizations));
  const orgFile = open(input, 'organizations');
  const projectFile = open(input, 'projects');
  const problems: ImportProblem[] = [];

  const inScope = new Set<string>();
  for await (const row of readSourceCsv(orgFile.chunks(), cordisOrganizationColumns, orgFile.file)) {
    if (inNuts(scope, row.get('nutsCode'))) inScope.add(row.get('projectID'));
  }

  const orgContext: FileContext = { file: orgFile.file, fileDate };
  const participants: { row: number; p: CordisParticipant }[] = [];
  for await (const row of readSourceCsv(orgFile.chunks(), cordisOrganizationColumns, orgFile.file)) {
    if (!inScope.has(row.get('projectID'))) continue;
    const mapped = cordisParticipant(row, orgContext);
    if ('problems' in mapped) problems.push(...mapped.problems);
    else participants.push({ row: row.row, p: mapped.value });
  }

  const projectContext: FileContext = { file: projectFile.file, fileDate };
  const projects = new Map<string, SourceProject>();
  const broken = new Set<string>();
  let outOfScope = 0;
  for await (const row of readSourceCsv(projectFile.chunks(), cordisProjectColumns, projectFile.file)) {
    const id = row.get('id');
    if (!inScope.has(id)) {
      outOfScope += 1;
      continue;
    }
    const mapped = cordisProject(row, projectContext);
    if ('problems' in mapped) {
      problems.push(...mapped.problems);
      broken.add(id);
    } else if (!projects.has(id)) projects.set(id, mapped.value);
  }

  const organizations = new Map<string, SourceOrganization>();
  const participations: SourceBatch['participations'] = [];
  for (const { row, p } of participants) {
    const project = projects.get(p.projectId);
    if (project === undefined) {
      // A broken project row is reported where it is; a project missing from project.csv here.
      if (!broken.has(p.projectId)) {
        problems.push({
          file: orgFile.file,
          row,
          column: 'projectID',
          field: 'projectID',
          value: p.projectId,
          expected: `a project of ${projectFile.file}`,
        });
      }
      continue;
    }
    const org = organizations.get(p.organization.key) ?? p.organization;
    organizations.set(org.key, org);
    participations.push({
      row,
      record: { organization: org.record.name, project: project.record.title, role: p.role, source: org.record.source },
      provenance: { ...p.organization.provenance, recordId: `${p.projectId}/${org.provenance.recordId}` },
      organizationKey: org.key,
      projectRecordId: project.provenance.recordId,
      sourceRole: p.sourceRole,
      ...(p.euContributionEur === undefined ? {} : { euContributionEur: p.euContributionEur }),
    });
  }
  return { projects: [...projects.values()], organizations: [...organizations.values()], participations, problems, outOfScope };
}
