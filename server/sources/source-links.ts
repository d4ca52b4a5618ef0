// How a source's records are tied to where they came from: each organisation and project links
// to its source record (key, record id, page, file and date, and what the source says beyond our
// fields), and a record's problems are located at the source's own file, row and column.
import type { ImportProblem } from '../curation/import/problems.ts';
import type { RecordProblem } from '../curation/records.ts';
import { recordColumn, sourceRecordKey, sourceUrl } from './provenance.ts';
import type { SourceOrganization, SourceParticipation, SourceProject } from './source-records.ts';

type Located = SourceOrganization | SourceProject | SourceParticipation;

/**
 * A record's problems at the source's own cells. A participation is read from the organisation's
 * row (CORDIS organization.csv, a Förderkatalog part), so it is located as one.
 */
export function located(kind: 'organization' | 'project', record: Located, problems: readonly RecordProblem[]): ImportProblem[] {
  return problems.map((p) => ({
    file: record.provenance.file,
    row: record.row,
    column: recordColumn(record.provenance.source, kind, p.field),
    field: p.field,
    value: p.value === null || p.value === undefined ? null : String(p.value),
    expected: p.expected,
  }));
}

/** What the source says beyond our record's fields, kept on its source record as the source said it. */
function facts(r: SourceOrganization | SourceProject): Record<string, unknown> {
  if ('key' in r)
    return { sourceKind: r.sourceKind ?? null, sme: r.sme ?? null, nutsCode: r.nutsCode ?? null, kindGuessed: r.kindGuessed ?? null };
  return { euContributionEur: r.euContributionEur ?? null, totalCostEur: r.totalCostEur ?? null, fundingCodes: r.fundingCodes ?? null };
}

export function link(kind: 'organization' | 'project', id: string, r: SourceOrganization | SourceProject) {
  const p = r.provenance;
  return {
    facts: facts(r),
    id,
    key: sourceRecordKey(kind, 'key' in r ? r.key : `${p.source}:${p.recordId}`),
    source: p.source,
    recordId: p.recordId,
    url: sourceUrl(kind, r),
    file: p.file,
    fileDate: p.fileDate,
  };
}
