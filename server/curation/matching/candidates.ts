// Candidate retrieval from Neo4j for many imported rows at once (cypher/matching/candidates):
// per row the organisation with its id, those with its normalised name (an index seek on
// nameKey), and the best few of the full-text index. One statement per batch of rows, so a
// large import costs a few round trips, never one per row.
import { z } from 'zod';
import type { Database } from '../../db.ts';
import type { Candidate, IncomingOrganization } from './match.ts';
import { normaliseName } from './normalise.ts';

export interface CandidateOptions {
  /** Rows per statement. */
  batchSize?: number;
  /** Full-text hits per row: enough for the institutes of one society, bounded for large files. */
  perRow?: number;
  /**
   * What the full-text index is asked: nothing (ids and normalised names only), the row's words,
   * or its words up to one edit away (typos). Each costs several times the one before, so
   * matchAgainstGraph asks the next only for the rows the one before left uncertain.
   */
  words?: WordSearch;
}

export type WordSearch = 'none' | 'plain' | 'fuzzy';

const CandidateRow = z.object({
  row: z.number().int(),
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.string().nullable(),
  city: z.string().nullable(),
});

// Lucene's query syntax; our terms are letters and digits already, escaping keeps it so if the
// folding ever lets another character through.
const luceneSyntax = /[+\-&|!(){}[\]^"~*?:\\/]/g;
/** Terms per row: bounded so that a long name cannot make a huge query. */
const MAX_TERMS = 12;

/** What the full-text index's standard-folding analyser makes of a word: lower case, ASCII. */
function asciiFold(word: string): string {
  return word.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * A Lucene query of the row's words, any of which may match, each folded as the index folds it
 * (fuzzy terms bypass the analyser). Fuzzy: words of five letters or more may be one edit away
 * (a transposition counts as one). Two edits cost six times more (about 57 against 9 ms a row
 * on the demo data), plain words a fifth (2 ms).
 */
export function fulltextQuery(incoming: IncomingOrganization, fuzzy = false): string | null {
  const names = [incoming.name, incoming.shortName ?? ''].filter((n) => n.trim() !== '');
  const terms = new Set<string>();
  for (const name of names) {
    const n = normaliseName(name);
    for (const t of [...n.tokens, ...n.acronyms]) terms.add(t);
    // The words as written too: the index keeps "ae" where our key folds it away.
    for (const w of asciiFold(name).split(/[^a-z0-9]+/)) if (w.length >= 5) terms.add(w);
  }
  const query = [...terms]
    .filter((t) => t.length >= 2)
    .slice(0, MAX_TERMS)
    .map((t) => {
      const term = t.replace(luceneSyntax, '\\$&');
      return fuzzy && t.length >= 5 ? `${term}~1` : term;
    });
  return query.length > 0 ? query.join(' ') : null;
}

function keysOf(incoming: IncomingOrganization): string[] {
  const keys = [incoming.name, incoming.shortName ?? ''].map((n) => normaliseName(n).key).filter((k) => k !== '');
  return [...new Set(keys)];
}

/** For each row, the organisations of the graph it might be (in the rows' order). */
export async function findCandidates(
  db: Database,
  rows: readonly IncomingOrganization[],
  options: CandidateOptions = {},
): Promise<Candidate[][]> {
  const batchSize = options.batchSize ?? 500;
  const perRow = options.perRow ?? 8;
  const words = options.words ?? 'plain';
  const out: Candidate[][] = rows.map(() => []);
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize).map((r, i) => ({
      row: start + i,
      id: r.id ?? null,
      keys: keysOf(r),
      query: words === 'none' ? null : fulltextQuery(r, words === 'fuzzy'),
    }));
    const found = await db.read('matching/candidates', { rows: batch, limit: perRow }, CandidateRow);
    for (const { row, ...candidate } of found) out[row]?.push(candidate);
  }
  return out;
}
