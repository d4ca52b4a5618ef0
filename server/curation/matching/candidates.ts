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
  /**
   * For a fuzzy search, per row (in the rows' order), the only terms that may be one edit away;
   * the row's other words are asked as they are. Without it, every word of five letters or more.
   */
  fuzzyTerms?: readonly ReadonlySet<string>[];
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

/** Words shorter than this are never asked with typos: one letter changes them entirely. */
const MIN_FUZZY_LENGTH = 5;

/** The terms the full-text index is asked for a row: its normalised words and acronyms, and its words as written. */
function queryTerms(incoming: IncomingOrganization): string[] {
  const names = [incoming.name, incoming.shortName ?? ''].filter((n) => n.trim() !== '');
  const terms = new Set<string>();
  for (const name of names) {
    const n = normaliseName(name);
    for (const t of [...n.tokens, ...n.acronyms]) terms.add(t);
    // The words as written too: the index keeps "ae" where our key folds it away.
    for (const w of asciiFold(name).split(/[^a-z0-9]+/)) if (w.length >= MIN_FUZZY_LENGTH) terms.add(w);
  }
  return [...terms].filter((t) => t.length >= 2).slice(0, MAX_TERMS);
}

/** The terms of a row that may be asked with a typo: those of five letters or more. */
export const fuzzyCandidateTerms = (incoming: IncomingOrganization): string[] =>
  queryTerms(incoming).filter((t) => t.length >= MIN_FUZZY_LENGTH);

/** A candidate's words as the index and our normalisation see them: what a row's term is compared with. */
export function candidateWords(c: { name: string; shortName: string | null }): Set<string> {
  const words = new Set<string>();
  for (const name of [c.name, c.shortName ?? '']) {
    if (name.trim() === '') continue;
    const n = normaliseName(name);
    for (const t of [...n.tokens, ...n.acronyms]) words.add(t);
    for (const w of asciiFold(name).split(/[^a-z0-9]+/)) if (w !== '') words.add(w);
  }
  return words;
}

/**
 * A Lucene query of the row's words, any of which may match, each folded as the index folds it
 * (fuzzy terms bypass the analyser). Fuzzy: words of five letters or more may be one edit away
 * (a transposition counts as one), all of them (true) or only those given. Two edits cost six
 * times more (about 57 against 9 ms a row on the demo data), plain words a fifth (2 ms). Each
 * fuzzy word costs a walk through the index's terms, so fewer of them make a cheaper query.
 */
export function fulltextQuery(incoming: IncomingOrganization, fuzzy: boolean | ReadonlySet<string> = false): string | null {
  const query = queryTerms(incoming).map((t) => {
    const term = t.replace(luceneSyntax, '\\$&');
    const typos = fuzzy === true || (fuzzy !== false && fuzzy.has(t));
    return typos && t.length >= MIN_FUZZY_LENGTH ? `${term}~1` : term;
  });
  return query.length > 0 ? query.join(' ') : null;
}

function keysOf(incoming: IncomingOrganization): string[] {
  const keys = [incoming.name, incoming.shortName ?? ''].map((n) => normaliseName(n).key).filter((k) => k !== '');
  return [...new Set(keys)];
}

/** For each row, the organisations of the graph it might be (in the rows' order). */
/**
 * Statements in flight at once. Each full-text statement runs on one Neo4j thread while this
 * process waits; two keep both cores of a small server busy (the fuzzy round is CPU-bound).
 */
const PARALLEL = 2;
/** Below this many rows a second statement costs more than it saves. */
const MIN_SPLIT = 100;

export async function findCandidates(
  db: Database,
  rows: readonly IncomingOrganization[],
  options: CandidateOptions = {},
): Promise<Candidate[][]> {
  const perRow = options.perRow ?? 8;
  const words = options.words ?? 'plain';
  const split = words !== 'none' && rows.length >= MIN_SPLIT ? Math.ceil(rows.length / PARALLEL) : rows.length;
  const batchSize = Math.min(options.batchSize ?? 500, Math.max(1, split));
  const out: Candidate[][] = rows.map(() => []);
  const starts = Array.from({ length: Math.ceil(rows.length / batchSize) }, (_, k) => k * batchSize);
  const ask = async (start: number) => {
    const batch = rows.slice(start, start + batchSize).map((r, i) => ({
      row: start + i,
      id: r.id ?? null,
      keys: keysOf(r),
      query: words === 'none' ? null : fulltextQuery(r, words === 'fuzzy' ? (options.fuzzyTerms?.[start + i] ?? true) : false),
    }));
    const found = await db.read('matching/candidates', { rows: batch, limit: perRow }, CandidateRow);
    for (const { row, ...candidate } of found) out[row]?.push(candidate);
  };
  // A few statements at a time, each filling its own rows: the order of the answers does not matter.
  for (let k = 0; k < starts.length; k += PARALLEL) await Promise.all(starts.slice(k, k + PARALLEL).map(ask));
  return out;
}
