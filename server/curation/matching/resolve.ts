// Matching many imported organisations against the graph: the entry point for imports. In
// rounds of rising cost: ids and normalised names (index seeks) settle most rows of a re-import;
// the rows left open ask the full-text index for their words, and those still open for their
// words with typos. Each round matches on all candidates found so far.
import type { Database } from '../../db.ts';
import { type CandidateOptions, candidateWords, findCandidates, fuzzyCandidateTerms, type WordSearch } from './candidates.ts';
import { type Candidate, type IncomingOrganization, type MatchDecision, type MatchResult, matchOrganization } from './match.ts';
import { scoreCandidate } from './score.ts';

/** What each round may settle: a round without words can only tell ids and equal names. */
const rounds: readonly { words: WordSearch; settles: ReadonlySet<MatchDecision> }[] = [
  { words: 'none', settles: new Set(['id', 'exact']) },
  { words: 'plain', settles: new Set(['id', 'exact', 'certain']) },
  { words: 'fuzzy', settles: new Set(['id', 'exact', 'certain', 'review', 'new']) },
];

function merged(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  return [...new Map([...a, ...b].map((c) => [c.id, c])).values()];
}

/**
 * The row's words that may hold a typo: those its likeliest candidate so far lacks. A word the
 * best candidate has is spelt as the graph spells it; asking it again with typos (a walk through
 * every term of the index) would only find the same organisations again. Typos are asked for the
 * words no candidate explains, and a row whose best candidate has all its words asks nothing.
 */
function unexplained(row: IncomingOrganization, candidates: readonly Candidate[]): Set<string> {
  const terms = fuzzyCandidateTerms(row);
  let best: { candidate: Candidate; confidence: number } | null = null;
  for (const c of candidates) {
    const s = scoreCandidate(row, c);
    if (!best || s.confidence > best.confidence) best = s;
  }
  if (!best) return new Set(terms);
  const words = candidateWords(best.candidate);
  return new Set(terms.filter((t) => !words.has(t)));
}

/** One decision per row, in the rows' order. */
export async function matchAgainstGraph(
  db: Database,
  rows: readonly IncomingOrganization[],
  options: Omit<CandidateOptions, 'words' | 'fuzzyTerms'> = {},
): Promise<MatchResult[]> {
  const candidates: Candidate[][] = rows.map(() => []);
  const results: (MatchResult | null)[] = rows.map(() => null);
  const latest: (MatchResult | null)[] = rows.map(() => null);
  let open = rows.map((_, i) => i);
  for (const round of rounds) {
    let fuzzyTerms: Set<string>[] | undefined;
    if (round.words === 'fuzzy') {
      const asked: number[] = [];
      fuzzyTerms = [];
      for (const i of open) {
        const terms = unexplained(rows[i] as IncomingOrganization, candidates[i] ?? []);
        if (terms.size === 0) results[i] = latest[i] ?? null;
        else {
          asked.push(i);
          fuzzyTerms.push(terms);
        }
      }
      open = asked;
    }
    if (open.length === 0) break;
    const found = await findCandidates(
      db,
      open.map((i) => rows[i] as IncomingOrganization),
      { ...options, words: round.words, ...(fuzzyTerms ? { fuzzyTerms } : {}) },
    );
    const still: number[] = [];
    open.forEach((rowIndex, k) => {
      candidates[rowIndex] = merged(candidates[rowIndex] ?? [], found[k] ?? []);
      const result = matchOrganization(rows[rowIndex] as IncomingOrganization, candidates[rowIndex] ?? []);
      latest[rowIndex] = result;
      if (round.settles.has(result.decision)) results[rowIndex] = result;
      else still.push(rowIndex);
    });
    open = still;
  }
  return results.map((r) => {
    if (!r) throw new Error('matchAgainstGraph: a row left without a decision');
    return r;
  });
}
