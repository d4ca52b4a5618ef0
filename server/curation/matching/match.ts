// Entity resolution for one imported organisation: by id, then by normalised name and place,
// then by likeness. 'id', 'exact' and 'certain' update the graph's organisation; 'review' waits
// for a manager; 'new' creates one. Never a silent duplicate, never a silent merge: anything
// between the thresholds goes to a person.
import { scoreCandidate, type Candidate, type IncomingOrganization, type Scored } from './score.ts';

export type { Candidate, IncomingOrganization } from './score.ts';

export type MatchDecision = 'id' | 'exact' | 'certain' | 'review' | 'new';

export interface MatchAlternative {
  id: string;
  name: string;
  confidence: number;
}

export interface MatchResult {
  decision: MatchDecision;
  /** The organisation of the graph it is (id, exact, certain) or might be (review); null when new. */
  candidateId: string | null;
  /** How sure the decision is, 0..1: for 'new', one minus the best candidate's confidence. */
  confidence: number;
  /** Other candidates a reviewer should see, best first. */
  alternatives: MatchAlternative[];
  reasons: string[];
}

/**
 * Automatic update from here up. On the labelled set (test/fixtures/matching-pairs.csv) no wrong
 * candidate of the real institutions or the demo firms reaches it; a name that differs from the
 * graph's only by legal form, umlaut spelling, case, an abbreviation of the table or its short
 * name, in the same town, does.
 */
export const CERTAIN_CONFIDENCE = 0.92;
/**
 * The best must lead the second by this much: two firms "Metallbau Neumann GmbH" and "… e.K.", or
 * two institutes of one society, are both near an incomplete name, and a person must choose.
 */
export const CERTAIN_MARGIN = 0.08;
/**
 * Below this a candidate is not worth a reviewer's time: the row becomes a new organisation.
 * About half the weighted words in common (one distinctive word of two, or the type words alone
 * and a town) is where variants of one name end and other organisations begin on the labelled
 * set: "TU Dresden" against the TU Berlin, "IHK Magdeburg" against the IHK Cottbus score 0.5.
 */
export const REVIEW_CONFIDENCE = 0.55;
/** Alternatives shown to a reviewer: at most this many, each at least this likely. */
const ALTERNATIVES = 3;
const ALTERNATIVE_CONFIDENCE = 0.3;

const round = (x: number) => Math.round(x * 1000) / 1000;

function alternativesOf(ranked: readonly Scored[], chosen: string | null): MatchAlternative[] {
  return ranked
    .filter((s) => s.candidate.id !== chosen && s.confidence >= ALTERNATIVE_CONFIDENCE)
    .slice(0, ALTERNATIVES)
    .map((s) => ({ id: s.candidate.id, name: s.candidate.name, confidence: round(s.confidence) }));
}

/** Among candidates of the same normalised name, the one the town and legal form single out. */
function exactOne(ranked: readonly Scored[]): Scored | null {
  let same = ranked.filter((s) => s.sameKey && s.place !== 'different' && s.legalForm !== 'different');
  if (same.length > 1) same = narrow(same, (s) => s.place === 'same');
  if (same.length > 1) same = narrow(same, (s) => s.legalForm === 'same');
  return same.length === 1 ? (same[0] ?? null) : null;
}

function narrow(list: Scored[], keep: (s: Scored) => boolean): Scored[] {
  const kept = list.filter(keep);
  return kept.length > 0 ? kept : list;
}

export function matchOrganization(incoming: IncomingOrganization, candidates: readonly Candidate[]): MatchResult {
  const unique = [...new Map(candidates.map((c) => [c.id, c])).values()];
  const byId = incoming.id ? unique.find((c) => c.id === incoming.id) : undefined;
  const ranked = unique
    .map((c) => scoreCandidate(incoming, c))
    .sort((a, b) => b.confidence - a.confidence || a.candidate.id.localeCompare(b.candidate.id));
  if (byId) {
    return { decision: 'id', candidateId: byId.id, confidence: 1, alternatives: [], reasons: ['same id'] };
  }
  const idNote = incoming.id ? [`id ${incoming.id} not in the graph`] : [];
  const exact = exactOne(ranked);
  if (exact) {
    return {
      decision: 'exact',
      candidateId: exact.candidate.id,
      confidence: round(exact.confidence),
      alternatives: alternativesOf(ranked, exact.candidate.id),
      reasons: [...idNote, ...exact.reasons],
    };
  }
  const best = ranked[0];
  if (!best || best.confidence < REVIEW_CONFIDENCE) {
    return {
      decision: 'new',
      candidateId: null,
      confidence: round(1 - (best?.confidence ?? 0)),
      alternatives: alternativesOf(ranked, null),
      reasons: [...idNote, best ? `no candidate above ${REVIEW_CONFIDENCE} (best ${round(best.confidence)})` : 'no candidate'],
    };
  }
  const margin = best.confidence - (ranked[1]?.confidence ?? 0);
  const certain =
    best.confidence >= CERTAIN_CONFIDENCE && margin >= CERTAIN_MARGIN && best.place !== 'different' && best.legalForm !== 'different';
  const doubts = certain || margin >= CERTAIN_MARGIN ? [] : [`${ranked[1]?.candidate.name} is nearly as likely`];
  return {
    decision: certain ? 'certain' : 'review',
    candidateId: best.candidate.id,
    confidence: round(best.confidence),
    alternatives: alternativesOf(ranked, best.candidate.id),
    reasons: [...idNote, ...best.reasons, ...doubts],
  };
}
