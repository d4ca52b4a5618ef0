// Matching many imported organisations against the graph: the entry point for imports. In
// rounds of rising cost: ids and normalised names (index seeks) settle most rows of a re-import;
// the rows left open ask the full-text index for their words, and those still open for their
// words with typos. Each round matches on all candidates found so far.
import type { Database } from '../../db.ts';
import { type CandidateOptions, findCandidates, type WordSearch } from './candidates.ts';
import { type Candidate, type IncomingOrganization, type MatchDecision, type MatchResult, matchOrganization } from './match.ts';

/** What each round may settle: a round without words can only tell ids and equal names. */
const rounds: readonly { words: WordSearch; settles: ReadonlySet<MatchDecision> }[] = [
  { words: 'none', settles: new Set(['id', 'exact']) },
  { words: 'plain', settles: new Set(['id', 'exact', 'certain']) },
  { words: 'fuzzy', settles: new Set(['id', 'exact', 'certain', 'review', 'new']) },
];

function merged(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  return [...new Map([...a, ...b].map((c) => [c.id, c])).values()];
}

/** One decision per row, in the rows' order. */
export async function matchAgainstGraph(
  db: Database,
  rows: readonly IncomingOrganization[],
  options: Omit<CandidateOptions, 'words'> = {},
): Promise<MatchResult[]> {
  const candidates: Candidate[][] = rows.map(() => []);
  const results: (MatchResult | null)[] = rows.map(() => null);
  let open = rows.map((_, i) => i);
  for (const round of rounds) {
    if (open.length === 0) break;
    const found = await findCandidates(
      db,
      open.map((i) => rows[i] as IncomingOrganization),
      { ...options, words: round.words },
    );
    const still: number[] = [];
    open.forEach((rowIndex, k) => {
      candidates[rowIndex] = merged(candidates[rowIndex] ?? [], found[k] ?? []);
      const result = matchOrganization(rows[rowIndex] as IncomingOrganization, candidates[rowIndex] ?? []);
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
