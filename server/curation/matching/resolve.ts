// Matching many imported organisations: each row's candidates from the import's in-memory index
// (candidate-index.ts), then one decision per row (match.ts). No round trip per row or batch:
// the index was loaded once for the pass.
import type { CandidateIndex } from './candidate-index.ts';
import { type IncomingOrganization, type MatchResult, matchOrganization } from './match.ts';

/** One decision per row, in the rows' order. */
export function matchAll(index: CandidateIndex, rows: readonly IncomingOrganization[]): MatchResult[] {
  return rows.map((row) => matchOrganization(row, index.candidates(row)));
}
