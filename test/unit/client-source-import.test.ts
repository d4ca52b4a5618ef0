// A source upload's answer as the import dialog reads it: every field checked where it enters, the
// counts per part, and what each mode would do with them.
import { describe, expect, it } from 'vitest';
import { readSourceAnswer } from '../../client/src/curation/source-import.ts';
import { sourceProblemLine, sourceReportModel } from '../../client/src/curation/source-report.ts';

const summary = {
  importId: 'i-1',
  source: 'cordis',
  file: 'cordis-horizon.zip',
  status: 'checked',
  organizations: { created: 5, matched: 2, updated: 0, unchanged: 0, review: 1, rejected: 1 },
  projects: { created: 2, matched: 0, updated: 0, unchanged: 0, review: 0, rejected: 0 },
  participations: { created: 7, matched: 0, updated: 0, unchanged: 0, review: 1, rejected: 1 },
  outOfScope: 1,
  problems: [
    {
      file: 'cordis-horizon.zip/organization.csv',
      row: 9,
      column: 'activityType',
      field: 'kind',
      value: 'XYZ',
      expected: 'one of PRC, HES',
    },
  ],
  problemCount: 1,
};

describe('a source upload in the import dialog', () => {
  it('reads the counts of each part and the problems with their file', () => {
    const a = readSourceAnswer({ summary });
    expect(a?.counts.organizations).toEqual(summary.organizations);
    expect(a?.outOfScope).toBe(1);
    expect(a?.problems[0]).toMatchObject({ file: 'cordis-horizon.zip/organization.csv', row: 9, column: 'activityType' });
  });

  it('reads a missing or mistyped count as zero and refuses what is no answer', () => {
    const a = readSourceAnswer({ summary: { ...summary, projects: { created: '2' }, problems: 'none' } });
    expect(a?.counts.projects.created).toBe(0);
    expect(a?.problems).toEqual([]);
    expect(readSourceAnswer({ header: {} })).toBeNull();
    expect(readSourceAnswer(null)).toBeNull();
  });

  it('offers all or nothing only without problems, and counts the records skip-bad leaves out', () => {
    const a = readSourceAnswer({ summary });
    if (!a) throw new Error('no answer');
    expect(sourceReportModel(a)).toEqual({ importable: 18, skipped: 2, allOrNothing: false, review: 1 });
    expect(sourceReportModel({ ...a, problemCount: 0, problems: [] }).allOrNothing).toBe(true);
  });

  it('names a problem by file, row and the source column, and says what was expected in German', () => {
    const a = readSourceAnswer({ summary });
    const line = a?.problems[0] && sourceProblemLine('de', 'ganze Datei', a.problems[0]);
    expect(line).toMatchObject({ file: 'cordis-horizon.zip/organization.csv', row: '9', column: 'activityType', value: 'XYZ' });
    expect(sourceProblemLine('de', 'ganze Datei', { row: null, column: null, field: null, value: null, expected: 'x' }).row).toBe(
      'ganze Datei',
    );
  });
});
