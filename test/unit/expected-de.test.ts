// The rules the server states in English, as German users read them in the explorer.
import { describe, expect, it } from 'vitest';
import { expectedInGerman } from '../../shared/expected-de.ts';

describe('what a field expected, in German', () => {
  it('translates fixed rules word for word', () => {
    expect(expectedInGerman('a value (required)')).toBe('ein Wert (Pflichtfeld)');
    expect(expectedInGerman('a web address starting with http:// or https://')).toBe(
      'eine Webadresse, die mit http:// oder https:// beginnt',
    );
  });

  it('keeps the numbers, dates and lists of parameterised rules', () => {
    expect(expectedInGerman('a whole number from 1800 to 2026')).toBe('eine ganze Zahl von 1800 bis 2026');
    expect(expectedInGerman('at most 200 characters')).toBe('höchstens 200 Zeichen');
    expect(expectedInGerman('one of company, university')).toBe('eines von: company, university');
    expect(expectedInGerman('a date on or after the start (2024-01-01)')).toBe('ein Datum am oder nach dem Beginn (2024-01-01)');
    expect(expectedInGerman('an id not used by an earlier row (row 4 has it already)')).toBe(
      'eine ID, die keine frühere Zeile verwendet (Zeile 4 hat sie schon)',
    );
    expect(expectedInGerman('must have at least 12 characters')).toBe('mindestens 12 Zeichen');
    expect(expectedInGerman('a column Ort (city) (required; also accepted: Stadt, city)')).toBe(
      'eine Spalte Ort (city) (Pflicht; auch angenommen: Stadt, city)',
    );
  });

  it('shows a rule it has no words for as it is, rather than nothing', () => {
    expect(expectedInGerman('a rule added later')).toBe('a rule added later');
  });

  it('has words for every rule of the record schemas', async () => {
    const { organizationRecord } = await import('../../server/curation/records.ts');
    const problems = organizationRecord.safeParse({ name: '', kind: 'x', city: '', founded: 3000, website: 'w', contactEmail: 'e' });
    const messages = problems.success ? [] : problems.error.issues.map((i) => i.message);
    expect(messages.length).toBeGreaterThan(3);
    expect(messages.filter((m) => expectedInGerman(m) === m)).toEqual([]);
  });
});

describe('why a row might be an organisation of the graph, in German', () => {
  it('has words for the reasons the matcher gives, keeping names, towns and figures', async () => {
    const { matchOrganization } = await import('../../server/curation/matching/match.ts');
    const { matchReasonInGerman } = await import('../../shared/match-reasons-de.ts');
    const candidates = [
      {
        id: 'hs-btu',
        name: 'Brandenburgische Technische Universität Cottbus-Senftenberg',
        shortName: 'BTU',
        kind: 'university',
        city: 'Cottbus',
      },
      { id: 'co-1', name: 'Lausitzer Testguss GmbH', shortName: null, kind: 'company', city: 'Cottbus' },
      { id: 'co-2', name: 'Lausitzer Testguss e.K.', shortName: null, kind: 'company', city: 'Forst' },
    ];
    const reasons = [
      { id: 'x-1', name: 'BTU Cottbus', city: 'Cottbus' },
      { id: null, name: 'Testguss Lausitzer', city: 'Guben' },
      { id: null, name: 'Lausitzer Tesguss', city: 'Cottbus' },
    ].flatMap((row) => matchOrganization(row, candidates).reasons);
    expect(reasons.length).toBeGreaterThan(4);
    expect(reasons.filter((r) => matchReasonInGerman(r) === r)).toEqual([]);
    expect(matchReasonInGerman('names 83 % alike (short name ~ name)')).toBe('Namen zu 83 % ähnlich (Kurzname ~ Name)');
    expect(matchReasonInGerman('other town (Guben)')).toBe('anderer Ort (Guben)');
  });
});
