// What two spellings of one organisation's name share: the same words once case, umlauts, legal
// form, punctuation, stop words and the usual abbreviations are set aside. Pure functions; the
// graph stores nameKey (see name-keys.ts) so that an exact lookup is one index seek.
import { abbreviations, carrierSuffixes, legalForms, societyPrefixes, stopWords } from './vocabulary.ts';

/** Bump when the rules below change: stored keys of an older version are recomputed at start. */
export const NAME_KEY_VERSION = 2;

export interface NormalisedName {
  /** The content words joined without spaces: "TU Berlin" and "Technische Universität Berlin" share it. */
  key: string;
  /** The content words, in order, abbreviations expanded. */
  tokens: readonly string[];
  /** The legal form's code ("GmbH & Co. KG"), or null when the name carries none. */
  legalForm: string | null;
  /** Words written as acronyms in mixed-case text ("IPK", "BTU", "UdK"), folded. */
  acronyms: readonly string[];
  /** First letters of the tokens, hyphenated parts counted: "btucs" (one letter per token). */
  initials: string;
}

/**
 * Lower case without diacritics, with both German spellings of umlauts and ß brought together:
 * "Förderung", "Foerderung" and CORDIS's "FORDERUNG" all become "forderung". Collapsing "ae" to
 * "a" also touches words like "Michael"; both sides of every comparison go through it, so only
 * two names that differ in nothing but that would meet, which we accept.
 */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äàáâ]/g, 'a')
    .replace(/[öòóô]/g, 'o')
    .replace(/[üùúû]/g, 'u')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');
}

function words(folded: string): string[] {
  return folded
    .replace(/[&+]/g, ' & ')
    .split(/[^a-z0-9&]+/)
    .filter((w) => w !== '');
}

const singleFormTokens = new Set(legalForms.filter((f) => f.tokens.length === 1).map((f) => f.tokens[0]));

/** Mixed-case words that look like acronyms: 2–8 letters, at least two capitals, half or more capitals. */
function acronymsOf(raw: string): string[] {
  const letters = raw.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  // A name written all in capitals (CORDIS) tells nothing by its case.
  if (letters.length === 0 || upper / letters.length > 0.7) return [];
  const found: string[] = [];
  for (const word of raw.split(/[^\p{L}\p{N}]+/u)) {
    const caps = word.replace(/[^\p{Lu}]/gu, '').length;
    if (word.length < 2 || word.length > 8 || caps < 2 || caps * 2 < word.length || !/^\p{L}/u.test(word)) continue;
    const folded = fold(word);
    if (!singleFormTokens.has(folded)) found.push(folded);
  }
  return found;
}

/** Removes legal forms wherever they stand (never as the first word: no name starts with one). */
function withoutLegalForms(tokens: readonly string[]): { rest: string[]; legalForm: string | null } {
  const rest: string[] = [];
  let legalForm: string | null = null;
  for (let i = 0; i < tokens.length; ) {
    const hit = i === 0 ? undefined : legalForms.find((f) => f.tokens.every((t, k) => tokens[i + k] === t));
    if (hit) {
      legalForm = hit.form;
      i += hit.tokens.length;
    } else {
      rest.push(tokens[i] as string);
      i += 1;
    }
  }
  return { rest, legalForm };
}

function withoutSocietyPrefix(tokens: string[]): string[] {
  for (const { tokens: prefix, replacement } of societyPrefixes) {
    const at = tokens.findIndex((_, i) => prefix.every((t, k) => tokens[i + k] === t));
    // The society alone (its head office) stays as written: it is an organisation of its own.
    if (at >= 0 && tokens.length > prefix.length) {
      return [...tokens.slice(0, at), ...replacement, ...tokens.slice(at + prefix.length)];
    }
  }
  return tokens;
}

/** Drops a carrier named after the institute's own name (the carrier alone stays: it is one of its own). */
function withoutCarrier(tokens: string[]): string[] {
  for (const suffix of carrierSuffixes) {
    const at = tokens.length - suffix.length;
    if (at > 0 && suffix.every((t, k) => tokens[at + k] === t)) return tokens.slice(0, at);
  }
  return tokens;
}

/**
 * Names already normalised: matching one row scores a dozen candidates, each normalising both
 * names, and the same graph names come back row after row. Bounded: emptied when full.
 */
const normalised = new Map<string, NormalisedName>();
const REMEMBERED = 100_000;

export function normaliseName(name: string): NormalisedName {
  const known = normalised.get(name);
  if (known) return known;
  const n = normaliseAfresh(name);
  if (normalised.size >= REMEMBERED) normalised.clear();
  normalised.set(name, n);
  return n;
}

function normaliseAfresh(name: string): NormalisedName {
  const raw = name.normalize('NFC').trim();
  // Parenthesised remarks ("(Oder)", "(HQ Dortmund)", "(haftungsbeschränkt)") are left out on both
  // sides; acronyms in them ("(HSAP)") still count as acronyms.
  const plain = raw.replace(/\([^)]*\)/g, ' ');
  const source = words(fold(plain)).length > 0 ? plain : raw;
  const { rest, legalForm } = withoutLegalForms(words(fold(source)));
  const content = withoutCarrier(withoutSocietyPrefix(rest.filter((t) => !stopWords.has(t))));
  const tokens = content.flatMap((t) => (abbreviations[t] ?? t).split(' '));
  return {
    key: tokens.join(''),
    tokens,
    legalForm,
    acronyms: acronymsOf(raw),
    initials: tokens.map((t) => t[0]).join(''),
  };
}

/**
 * Other names a name gives in brackets, of two words or more: "Max-Planck-Institut für
 * Gravitationsphysik (Albert-Einstein-Institut)" is also the Albert-Einstein-Institut.
 */
export function bracketNames(name: string): string[] {
  return [...name.matchAll(/\(([^)]*)\)/g)]
    .map((m) => (m[1] ?? '').trim())
    .filter((inner) => words(fold(inner)).filter((w) => !stopWords.has(w)).length >= 2);
}

/** The stored, indexed key of a name (cypher/schema/34-organization-name-key.cypher). */
export function nameKey(name: string): string {
  return normaliseName(name).key;
}

const placeStopWords = new Set(['an', 'am', 'der', 'im', 'in', 'bei', 'a', 'd', 'i']);

/** A town's words: "Frankfurt (Oder)", "Frankfurt/Oder", "frankfurt-oder" → ["frankfurt", "oder"]. */
export function placeTokens(city: string): string[] {
  return words(fold(city)).filter((w) => !placeStopWords.has(w));
}
