import { describe, expect, it } from 'vitest';
import { cooperationRecord, organizationRecord, projectRecord } from '../../server/curation/records.ts';

const fieldsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (r.error?.issues ?? []).map((i) => String(i.path[0]));

describe('record rules across fields run even when another field failed', () => {
  it('checks coordinates against the country when the kind is not one of the allowed values', () => {
    expect(fieldsOf(organizationRecord.safeParse({ name: 'Abc', kind: 'schmiede', city: 'X', lat: 10, lon: 10 }))).toEqual(['kind', 'lat']);
  });

  it('checks the dates are in order when the level is wrong', () => {
    expect(fieldsOf(projectRecord.safeParse({ title: 'Abc', level: 'bund', start: '2024-05-01', end: '2024-01-01' }))).toEqual([
      'level',
      'end',
    ]);
  });

  it('checks the partner is another organisation when the kind is wrong', () => {
    expect(fieldsOf(cooperationRecord.safeParse({ organization: 'a', partner: 'a', kind: 'x' }))).toEqual(['kind', 'partner']);
  });

  it('does not run a rule on a field that already failed', () => {
    expect(fieldsOf(projectRecord.safeParse({ title: 'Abc', level: 'national', start: 'bald', end: '2024-01-01' }))).toEqual(['start']);
  });
});
