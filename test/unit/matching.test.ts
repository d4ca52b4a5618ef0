import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../../server/curation/matching/candidate-index.ts';
import { type Candidate, CERTAIN_CONFIDENCE, matchOrganization, REVIEW_CONFIDENCE } from '../../server/curation/matching/match.ts';
import { matchAll } from '../../server/curation/matching/resolve.ts';
import { demoCandidates } from '../fixtures/matching-candidates.ts';
import { describeFigures, figures, labelledPairs } from '../fixtures/matching-set.ts';

const btu: Candidate = {
  id: 'hs-btu',
  name: 'Brandenburgische Technische Universität Cottbus-Senftenberg',
  shortName: 'BTU',
  city: 'Cottbus',
  kind: 'university',
};
const ipk: Candidate = {
  id: 'fhg-ipk',
  name: 'Fraunhofer-Institut für Produktionsanlagen und Konstruktionstechnik',
  shortName: 'Fraunhofer IPK',
  city: 'Berlin',
  kind: 'research_institute',
};
const izm: Candidate = {
  ...ipk,
  id: 'fhg-izm',
  name: 'Fraunhofer-Institut für Zuverlässigkeit und Mikrointegration',
  shortName: 'Fraunhofer IZM',
};
const tu: Candidate = {
  id: 'hs-tu-berlin',
  name: 'Technische Universität Berlin',
  shortName: 'TU Berlin',
  city: 'Berlin',
  kind: 'university',
};
const hu: Candidate = {
  id: 'hs-hu-berlin',
  name: 'Humboldt-Universität zu Berlin',
  shortName: 'HU Berlin',
  city: 'Berlin',
  kind: 'university',
};
const firm = (id: string, name: string, city: string): Candidate => ({ id, name, shortName: null, city, kind: 'company' });
const automatic = ['id', 'exact', 'certain'];

describe('matching one imported organisation', () => {
  it('finds the BTU for "BTU Cottbus" by its acronym and town, with reasons', () => {
    const r = matchOrganization({ name: 'BTU Cottbus', city: 'Cottbus' }, [btu, tu]);
    expect(r).toMatchObject({ decision: 'certain', candidateId: 'hs-btu' });
    expect(r.reasons).toContain('same city');
    expect(r.confidence).toBeGreaterThanOrEqual(CERTAIN_CONFIDENCE);
  });

  it('takes the same name without legal form, umlauts written out, in the same town as exact', () => {
    const r = matchOrganization({ name: 'ZIEGLER BEHAELTERBAU', city: 'Großbeeren' }, [
      firm('co-1', 'Ziegler Behälterbau GmbH', 'Großbeeren'),
    ]);
    expect(r).toMatchObject({ decision: 'exact', candidateId: 'co-1' });
    expect(r.reasons).toContain('same name without legal form');
  });

  it('reads a Fraunhofer acronym as the initials of the institute’s name', () => {
    const r = matchOrganization({ name: 'Fraunhofer-Institut für Produktionsanlagen und Konstruktionstechnik IPK', city: 'Berlin' }, [
      { ...ipk, shortName: null },
      izm,
    ]);
    expect(r).toMatchObject({ decision: 'certain', candidateId: 'fhg-ipk' });
    expect(r.reasons).toContain('acronym IPK = initials');
  });

  it('never merges one institute of a society into another by itself', () => {
    for (const [name, other] of [
      ['Fraunhofer IPK', izm],
      ['Fraunhofer-Institut für Produktionsanlagen und Konstruktionstechnik', izm],
      ['TU Berlin', hu],
      ['Humboldt-Universität zu Berlin', tu],
    ] as const) {
      const r = matchOrganization({ name, city: 'Berlin' }, [other]);
      expect(automatic, `${name} → ${r.decision} ${r.candidateId}`).not.toContain(r.decision);
    }
  });

  it('puts two firms of one name in other legal forms to a person, both shown', () => {
    const r = matchOrganization({ name: 'Metallbau Neumann', city: 'Potsdam' }, [
      firm('co-1', 'Metallbau Neumann GmbH', 'Potsdam'),
      firm('co-2', 'Metallbau Neumann e.K.', 'Potsdam'),
    ]);
    expect(r.decision).toBe('review');
    expect([r.candidateId, ...r.alternatives.map((a) => a.id)].sort()).toEqual(['co-1', 'co-2']);
  });

  it('lets the legal form single out one of two firms of the same name', () => {
    const r = matchOrganization({ name: 'Metallbau Neumann e. K.', city: 'Potsdam' }, [
      firm('co-1', 'Metallbau Neumann GmbH', 'Potsdam'),
      firm('co-2', 'Metallbau Neumann e.K.', 'Potsdam'),
    ]);
    expect(r).toMatchObject({ decision: 'exact', candidateId: 'co-2' });
  });

  it('never merges the same words in another order by itself: the demo data has both firms', () => {
    const r = matchOrganization({ name: 'Wolff Vorrichtungsbau GmbH', city: 'Teltow' }, [
      firm('co-1', 'Vorrichtungsbau Wolff GmbH', 'Teltow'),
    ]);
    expect(r.decision).toBe('review');
    expect(r.reasons).toContain('same words in another order');
  });

  it('sends a typo in a distinctive word to review, not to a merge', () => {
    const r = matchOrganization({ name: 'Zieglr Behälterbau GmbH', city: 'Großbeeren' }, [
      firm('co-1', 'Ziegler Behälterbau GmbH', 'Großbeeren'),
    ]);
    expect(r).toMatchObject({ decision: 'review', candidateId: 'co-1' });
    expect(r.reasons).toContain('one word with a typo');
  });

  it('doubts a name found in another town', () => {
    const r = matchOrganization({ name: 'Technische Universität Berlin', city: 'Dresden' }, [tu]);
    expect(r.decision).toBe('review');
    expect(r.reasons).toContain('other town (Berlin)');
  });

  it('takes the id over the name, and says when the id is unknown', () => {
    expect(matchOrganization({ id: 'hs-tu-berlin', name: 'Renamed' }, [tu, hu])).toMatchObject({
      decision: 'id',
      candidateId: 'hs-tu-berlin',
      confidence: 1,
    });
    const unknown = matchOrganization({ id: 'co-9999', name: 'Technische Universität Berlin', city: 'Berlin' }, [tu]);
    expect(unknown.decision).toBe('exact');
    expect(unknown.reasons[0]).toBe('id co-9999 not in the graph');
  });

  it('creates a new organisation when nothing is alike', () => {
    const r = matchOrganization({ name: 'Tesla Manufacturing Brandenburg SE', city: 'Grünheide (Mark)' }, [tu, hu, btu]);
    expect(r).toMatchObject({ decision: 'new', candidateId: null });
    expect(matchOrganization({ name: 'Anything' }, [])).toMatchObject({ decision: 'new', candidateId: null, confidence: 1 });
  });

  it('keeps its thresholds in order', () => {
    expect(REVIEW_CONFIDENCE).toBeLessThan(CERTAIN_CONFIDENCE);
  });

  it('answers any name with a decision and a confidence from 0 to 1', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), (name, city) => {
        const r = matchOrganization({ name, city }, [tu, hu, btu, ipk, izm]);
        return r.confidence >= 0 && r.confidence <= 1 && r.alternatives.every((a) => a.confidence >= 0 && a.confidence <= 1);
      }),
    );
  });
});

describe('the labelled sets (test/fixtures/matching-pairs*.csv), candidates from the demo data in memory', () => {
  const index = CandidateIndex.of(demoCandidates());
  for (const file of ['matching-pairs.csv', 'matching-pairs-holdout.csv'] as const) {
    it(`merges ${file} automatically with precision ≥ 0.98 and finds ≥ 0.95 with the review queue`, () => {
      const pairs = labelledPairs(file);
      const results = matchAll(
        index,
        pairs.map((p) => ({ id: p.id, name: p.name, city: p.city })),
      );
      const f = figures(pairs, results);
      console.log(describeFigures(`matching ${file}, pure`, f));
      expect(pairs.length).toBeGreaterThanOrEqual(file === 'matching-pairs.csv' ? 200 : 100);
      expect(f.precision, f.failures.join('\n')).toBeGreaterThanOrEqual(0.98);
      expect(f.recall, f.failures.join('\n')).toBeGreaterThanOrEqual(0.95);
    });
  }
});
