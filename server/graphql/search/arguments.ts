// search(text): the user's words become a Lucene query with every special character escaped and
// the operator words (AND, OR, NOT) lowercased, then a prefix match per word.
import { intInRange, text as textArg } from '../arguments.ts';

const lucene = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function luceneQuery(input: string): string {
  // Lucene reads AND, OR and NOT as operators only in capitals; the index folds case anyway.
  const words = input
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (/^(AND|OR|NOT)$/.test(w) ? w.toLowerCase() : w).replace(lucene, '\\$&'));
  // Each word must match; the last one may be a prefix, so "Fraunh" finds Fraunhofer while typing.
  return words
    .map((w, i) => (i === words.length - 1 ? `(${w} OR ${w}*)` : w))
    .map((w) => `+${w}`)
    .join(' ');
}

export interface SearchArgs {
  text: string;
  limit?: number | null;
}

export function searchParams(args: SearchArgs): { query: string; limit: number } {
  const text = textArg('text', args.text, 1, 200);
  const limit = intInRange('limit', args.limit ?? 10, 1, 100) ?? 10;
  return { query: luceneQuery(text), limit };
}
