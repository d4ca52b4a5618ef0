// Where every fact read from a public source comes from, so the graph can show it, link to it,
// and an import can find its own records again on the next run of the same file.
import { cordisMadeFrom, cordisProjectPage } from './cordis/columns.ts';
import { foerderkatalogMadeFrom, foerderkatalogPage } from './foerderkatalog/columns.ts';
import type { SourceOrganization, SourceParticipation, SourceProject } from './source-records.ts';

export const sourceNames = ['cordis', 'foerderkatalog'] as const;
export type SourceName = (typeof sourceNames)[number];

export interface Provenance {
  source: SourceName;
  /** The source's own key: a CORDIS project id or organisation PIC, a Förderkatalog FKZ. */
  recordId: string;
  /** The file as the user named it. */
  file: string;
  /** The date of the download (YYYY-MM-DD): the file's own date when the caller knows none. */
  fileDate: string;
}

/** The key of a source record in the graph: one per organisation, project of a source. */
export const sourceRecordKey = (kind: 'organization' | 'project', key: string) => `${kind}:${key}`;

/** The column of the source's file a field of our records was made from (a participation's: its organisation's row). */
export function recordColumn(source: SourceName, kind: 'organization' | 'project', field: string): string | null {
  const columns: Readonly<Record<string, string>> = (source === 'cordis' ? cordisMadeFrom : foerderkatalogMadeFrom)[kind];
  return columns[field] ?? null;
}

/**
 * The source's page of a record: CORDIS has one per project (an organisation's PIC has none in
 * public), the Förderkatalog one per part (FKZ), which stands for its recipient and joint project.
 */
export function sourceUrl(
  kind: 'organization' | 'project' | 'participation',
  r: SourceOrganization | SourceProject | SourceParticipation,
): string | null {
  const p = r.provenance;
  if (p.source === 'cordis') {
    if (kind === 'project') return cordisProjectPage(p.recordId);
    return 'projectRecordId' in r ? cordisProjectPage(r.projectRecordId) : null;
  }
  if (kind === 'project') return 'fundingCodes' in r && r.fundingCodes?.[0] ? foerderkatalogPage(r.fundingCodes[0]) : null;
  return foerderkatalogPage(p.recordId.split(',')[0] ?? p.recordId);
}
