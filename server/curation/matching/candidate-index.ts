// The organisations an import may match, held in memory for one pass of the import: by id, by
// normalised name, by word, and by word with one typo. Loaded with one statement, extended with
// what the import itself creates, so a row meets the firms of earlier rows of its file. A row's
// candidates cost microseconds here; the full-text index (asked per batch, with typos) cost about
// 9 ms a row. Memory grows with the graph, not the file: a few hundred bytes per organisation.
import { z } from 'zod';
import type { Database } from '../../db.ts';
import type { Candidate, IncomingOrganization } from './match.ts';
import { nameKey, normaliseName } from './normalise.ts';

const CandidateRow = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.string().nullable(),
  city: z.string().nullable(),
});

/** Candidates per row found by words: enough for the institutes of one society. */
const PER_ROW = 10;
/** Query words of this length or more may carry a typo: one letter changes shorter ones entirely. */
const MIN_TYPO_LENGTH = 5;
/** Words per row asked: a long name cannot make a huge search. */
const MAX_TERMS = 12;
/** A typo costs a found word part of its weight, as Lucene's fuzzy query scores it lower. */
const TYPO_WEIGHT = 0.8;
/**
 * A word held by more organisations than this ("gmbh", "metallbau") only ranks the candidates
 * rarer words found; it brings in (this many of) its own only when nothing rarer did. Keeps a
 * row's cost bounded however large the graph: a row with a typo in its one rare word and only
 * common ones besides would not have ranked its organisation high among thousands anyway.
 */
const COMMON_HOLDERS = 200;

/** What the full-text analyser made of a word, kept beside our folding: "ae" stays "ae". */
function asciiFold(word: string): string {
  return word.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * A name's words as matching compares them: its normalised words and acronyms, and its words as
 * written (folded as the full-text analyser would), those of `minWritten` letters or more.
 */
function nameWords(names: readonly (string | null | undefined)[], minWritten: number): Set<string> {
  const words = new Set<string>();
  for (const name of names) {
    if (!name || name.trim() === '') continue;
    const n = normaliseName(name);
    for (const t of [...n.tokens, ...n.acronyms]) words.add(t);
    for (const w of asciiFold(name).split(/[^a-z0-9]+/)) if (w !== '' && w.length >= minWritten) words.add(w);
  }
  return words;
}

/** The words a row is looked up by: the longer of its words as written only, and a bounded number. */
export const queryTerms = (incoming: IncomingOrganization): string[] =>
  [...nameWords([incoming.name, incoming.shortName], MIN_TYPO_LENGTH)].filter((t) => t.length >= 2).slice(0, MAX_TERMS);

/** One substitution, insertion, deletion or swap of neighbours apart (what Lucene's `~1` finds). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The two halves a word of `length` letters is filed under for typos, taken from `term`. One edit
 * leaves one half of a word as it was: an edit in the first half keeps the second (at the end), one
 * in the second keeps the first. So a word is filed under its own halves, and a term one edit away
 * looks under the halves a word one letter shorter, as long or one longer would have. Only a swap
 * across the middle touches both; `typos` tries that swap as a word of its own.
 */
function halfKeys(term: string, length = term.length): [string, string] {
  const p = length >> 1;
  return [`${length}<${term.slice(0, p)}`, `${length}>${term.slice(term.length - (length - p))}`];
}

/** Adds a value to a key's list; `fresh` says it cannot be there yet (no search: loading stays linear). */
function file<K>(map: Map<K, string[]>, key: K, value: string, fresh: boolean): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (fresh || !list.includes(value)) list.push(value);
}

export class CandidateIndex {
  private readonly byId = new Map<string, Candidate>();
  private readonly byKey = new Map<string, string[]>();
  private readonly byWord = new Map<string, string[]>();
  private readonly byHalf = new Map<string, string[]>();
  /** Each organisation's words: whether a common word is among them, without walking its holders. */
  private readonly wordsOf = new Map<string, ReadonlySet<string>>();

  /** Every organisation of the graph (cypher/matching/candidate-index.cypher). */
  static async load(db: Database): Promise<CandidateIndex> {
    return CandidateIndex.of(await db.read('matching/candidate-index', {}, CandidateRow));
  }

  static of(candidates: Iterable<Candidate>): CandidateIndex {
    const index = new CandidateIndex();
    for (const c of candidates) index.add(c);
    return index;
  }

  get size(): number {
    return this.byId.size;
  }

  /** Files an organisation, or files it again after a change (the old words still find it, harmlessly). */
  add(organization: Candidate): void {
    // Only what matching reads: a profile passed in would keep all its fields for the import's length.
    const { id, name, shortName, city, kind } = organization;
    const c: Candidate = { id, name, shortName, city, kind };
    const fresh = !this.byId.has(c.id);
    this.byId.set(c.id, c);
    for (const name of [c.name, c.shortName ?? '']) {
      const key = name.trim() === '' ? '' : nameKey(name);
      if (key !== '') file(this.byKey, key, c.id, fresh);
    }
    const words = nameWords([c.name, c.shortName], 1);
    this.wordsOf.set(c.id, fresh ? words : new Set([...(this.wordsOf.get(c.id) ?? []), ...words]));
    for (const word of words) {
      if (!this.byWord.has(word) && word.length >= MIN_TYPO_LENGTH - 1) for (const h of halfKeys(word)) file(this.byHalf, h, word, true);
      file(this.byWord, word, c.id, fresh);
    }
  }

  /** The words of the index one edit from `term`. */
  private typos(term: string): string[] {
    const found = new Set<string>();
    for (const length of [term.length - 1, term.length, term.length + 1]) {
      for (const key of halfKeys(term, length)) for (const w of this.byHalf.get(key) ?? []) if (oneEditApart(term, w)) found.add(w);
    }
    const p = term.length >> 1;
    const swapped = `${term.slice(0, p - 1)}${term[p] ?? ''}${term[p - 1] ?? ''}${term.slice(p + 1)}`;
    if (swapped !== term && this.byWord.has(swapped)) found.add(swapped);
    return [...found];
  }

  /**
   * The organisations a row might be: the one with its id, those with its normalised name, and
   * the best few by words in common, rarer words weighing more (as a full-text index ranks them).
   */
  candidates(row: IncomingOrganization, perRow = PER_ROW): Candidate[] {
    const out = new Map<string, Candidate>();
    const take = (id: string) => {
      const c = this.byId.get(id);
      if (c) out.set(id, c);
    };
    if (row.id) take(row.id);
    for (const name of [row.name, row.shortName ?? '']) {
      if (name.trim() !== '') for (const id of this.byKey.get(nameKey(name)) ?? []) take(id);
    }
    const hits: { word: string; ids: readonly string[]; weight: number }[] = [];
    for (const term of queryTerms(row)) {
      const exact = this.byWord.get(term);
      if (exact) hits.push({ word: term, ids: exact, weight: 1 });
      if (term.length >= MIN_TYPO_LENGTH)
        for (const w of this.typos(term)) hits.push({ word: w, ids: this.byWord.get(w) ?? [], weight: TYPO_WEIGHT });
    }
    const total = Math.max(this.byId.size, 1);
    hits.sort((a, b) => a.ids.length - b.ids.length);
    const score = new Map<string, number>();
    for (const { word, ids, weight } of hits) {
      const w = weight * Math.log(1 + total / ids.length);
      if (ids.length <= COMMON_HOLDERS || score.size === 0) {
        for (const id of ids.slice(0, COMMON_HOLDERS)) score.set(id, (score.get(id) ?? 0) + w);
      } else {
        for (const [id, s] of score) if (this.wordsOf.get(id)?.has(word)) score.set(id, s + w);
      }
    }
    [...score]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, perRow)
      .forEach(([id]) => take(id));
    return [...out.values()];
  }
}
