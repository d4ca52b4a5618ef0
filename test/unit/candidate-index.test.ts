import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateIndex, oneEditApart, queryTerms } from '../../server/curation/matching/candidate-index.ts';
import type { Candidate } from '../../server/curation/matching/match.ts';

const firm = (id: string, name: string, city = 'Cottbus'): Candidate => ({ id, name, shortName: null, city, kind: 'company' });
const ids = (cs: readonly Candidate[]) => cs.map((c) => c.id);

describe('one edit apart (the typos an import row may carry)', () => {
  it('counts a changed, an added, a missing letter and two swapped neighbours as one edit', () => {
    expect(oneEditApart('neumann', 'naumann')).toBe(true);
    expect(oneEditApart('neumann', 'neuman')).toBe(true);
    expect(oneEditApart('neuman', 'neumann')).toBe(true);
    expect(oneEditApart('neumann', 'nuemann')).toBe(true);
  });

  it('never counts the same word, or two edits', () => {
    expect(oneEditApart('neumann', 'neumann')).toBe(false);
    expect(oneEditApart('neumann', 'naumane')).toBe(false);
    expect(oneEditApart('neumann', 'neu')).toBe(false);
  });
});

describe('the candidate index of an import', () => {
  const index = CandidateIndex.of([
    firm('wolff', 'Wolff Vorrichtungsbau GmbH'),
    firm('neumann', 'Metallbau Neumann GmbH', 'Guben'),
    firm('neumann-kg', 'Metallbau Neumann KG', 'Forst'),
    {
      id: 'hs-btu',
      name: 'Brandenburgische Technische Universität Cottbus-Senftenberg',
      shortName: 'BTU',
      city: 'Cottbus',
      kind: 'university',
    },
  ]);

  it('finds an organisation by its id, whatever the name', () => {
    expect(ids(index.candidates({ id: 'wolff', name: 'Umbenannt AG' }))).toEqual(['wolff']);
  });

  it('finds both firms of one normalised name', () => {
    expect(ids(index.candidates({ name: 'METALLBAU NEUMANN' }))).toEqual(expect.arrayContaining(['neumann', 'neumann-kg']));
  });

  it('finds a word with one typo anywhere in it, a swap across its middle too', () => {
    for (const typo of [
      'Wolf Vorrichtungsbau',
      'Wolff Vorichtungsbau',
      'Wolff Vorrichtungsbua',
      'Wolff Vorricthungsbau',
      'Wolff Vorrichtungsbau X',
    ])
      expect(ids(index.candidates({ name: typo })), typo).toContain('wolff');
  });

  it('finds the BTU by its short name', () => {
    expect(ids(index.candidates({ name: 'BTU', city: 'Cottbus' }))).toContain('hs-btu');
  });

  it('finds nothing for words it has never seen', () => {
    expect(index.candidates({ name: 'Zzyzx Qwrtp' })).toEqual([]);
  });

  it('meets an organisation added during the import, and its new name after a change', () => {
    const growing = CandidateIndex.of([firm('a', 'Alpha Stahlbau GmbH')]);
    expect(ids(growing.candidates({ name: 'Beta Gießerei' }))).toEqual([]);
    growing.add(firm('b', 'Beta Gießerei GmbH'));
    expect(ids(growing.candidates({ name: 'Beta Giesserei' }))).toEqual(['b']);
    growing.add(firm('a', 'Gamma Stahlbau GmbH'));
    expect(growing.candidates({ name: 'Gamma Stahlbau' }).find((c) => c.id === 'a')?.name).toBe('Gamma Stahlbau GmbH');
    expect(growing.size).toBe(2);
  });

  it('bounds the candidates of a row however common its words, ranking the rarer words first', () => {
    const crowd = Array.from({ length: 3_000 }, (_, i) => firm(`m${i}`, `Metallbau Nr${i} GmbH`));
    const big = CandidateIndex.of([...crowd, firm('rare', 'Metallbau Quappendorf GmbH')]);
    const found = ids(big.candidates({ name: 'Metallbau Quappendorf' }, 5));
    expect(found.length).toBeLessThanOrEqual(5);
    expect(found[0]).toBe('rare');
  });

  it('answers any name with a bounded list, and asks at most twelve words of it', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), (name, shortName) => {
        const found = index.candidates({ name, shortName });
        return found.length <= 12 && queryTerms({ name, shortName }).length <= 12;
      }),
    );
  });
});
