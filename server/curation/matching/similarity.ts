// How alike two normalised names are, from 0 to 1: a weighted overlap of their words (each word
// meets its best partner on the other side), where typos count in part, compounds may be split
// ("Fraunhofer Institut" / "Fraunhoferinstitut"), an acronym may stand for the words whose
// initials it spells, and common words and place names weigh less than the distinctive ones.
// The string metric is Levenshtein distance (fastest-levenshtein); everything else is ours.
import { distance } from 'fastest-levenshtein';
import { commonWords } from './vocabulary.ts';

/** A typo of one letter in five still counts; below that two words are different words. */
const MIN_WORD_SIMILARITY = 0.75;
/** Short words (acronyms, "hu", "tu") only count when equal: one letter changes them entirely. */
const MIN_FUZZY_LENGTH = 4;
/** An acronym spelling the initials of several words is strong but not certain evidence. */
const ACRONYM_CREDIT = 0.9;
const COMMON_WEIGHT = 0.25;
const PLACE_WEIGHT = 0.25;

export interface NameSimilarity {
  score: number;
  /** The very same words in another order ("Wolff Vorrichtungsbau" / "Vorrichtungsbau Wolff"): often two firms. */
  reordered: boolean;
  /** The acronyms that stood for words of the other side. */
  acronyms: string[];
  typos: number;
}

/** A typo's credit is its similarity squared: "Meyer"/"Meier" (0.8) counts 0.64, not 0.8. */
function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (Math.min(a.length, b.length) < MIN_FUZZY_LENGTH) return 0;
  const r = 1 - distance(a, b) / Math.max(a.length, b.length);
  return r >= MIN_WORD_SIMILARITY ? r * r : 0;
}

/** Joins neighbouring words of `tokens` whose concatenation is one word of `other`. */
function joinCompounds(tokens: readonly string[], other: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as string;
    const b = tokens[i + 1];
    if (b !== undefined && !other.has(a) && other.has(a + b)) {
      out.push(a + b);
      i += 1;
    } else out.push(a);
  }
  return out;
}

/** The towns of both sides: words of either weigh little; words of a town both agree on may be missing. */
export interface Places {
  any: ReadonlySet<string>;
  agreed: ReadonlySet<string>;
}

function weightOf(token: string, credit: number, places: Places): number {
  if (places.any.has(token)) {
    if (credit > 0) return PLACE_WEIGHT;
    // "BTU Cottbus" for the BTU in Cottbus: the town adds nothing. "TU Dresden" for the TU in
    // Berlin: the town is what tells them apart.
    return places.agreed.has(token) ? 0 : 1;
  }
  return commonWords.has(token) ? COMMON_WEIGHT : 1;
}

/** Each word's best credit against the other side's words. */
function credits(tokens: readonly string[], other: readonly string[]): number[] {
  return tokens.map((t) => other.reduce((best, u) => Math.max(best, wordSimilarity(t, u)), 0));
}

/**
 * Credits words of `b` that an acronym of `a` spells ("IPK" → Institut Produktionsanlagen
 * Konstruktionstechnik), and the acronym itself. Acronyms are `a`'s uncredited words of 3–8
 * letters; `b`'s initials must contain them as consecutive letters.
 */
function creditAcronyms(a: readonly string[], ca: number[], b: readonly string[], cb: number[], found: string[]): void {
  const initials = b.map((t) => t[0]).join('');
  a.forEach((t, i) => {
    if ((ca[i] ?? 0) >= ACRONYM_CREDIT || t.length < 3 || t.length > 8 || b.includes(t)) return;
    const at = initials.indexOf(t);
    if (at < 0) return;
    ca[i] = ACRONYM_CREDIT;
    for (let k = at; k < at + t.length; k++) cb[k] = Math.max(cb[k] ?? 0, ACRONYM_CREDIT);
    found.push(t);
  });
}

/** The similarity of two word lists, the words of towns weighed as `places` says. */
export function nameSimilarity(left: readonly string[], right: readonly string[], places: Places): NameSimilarity {
  const a = joinCompounds(left, new Set(right));
  const b = joinCompounds(right, new Set(a));
  const ca = credits(a, b);
  const cb = credits(b, a);
  const acronyms: string[] = [];
  creditAcronyms(a, ca, b, cb, acronyms);
  creditAcronyms(b, cb, a, ca, acronyms);
  let matched = 0;
  let total = 0;
  const add = (tokens: readonly string[], c: readonly number[]) =>
    tokens.forEach((t, i) => {
      const credit = c[i] ?? 0;
      const w = weightOf(t, credit, places);
      matched += w * credit;
      total += w;
    });
  add(a, ca);
  add(b, cb);
  const typos = [...ca, ...cb].filter((c) => c > 0 && c < ACRONYM_CREDIT).length / 2;
  const reordered = a.length > 1 && a.join(' ') !== b.join(' ') && [...a].sort().join(' ') === [...b].sort().join(' ');
  return { score: total === 0 ? 0 : matched / total, reordered, acronyms: [...new Set(acronyms)], typos: Math.ceil(typos) };
}
