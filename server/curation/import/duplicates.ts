// The same record twice in one file: the same id, or the same natural key (an organisation's name
// and town, a participation's organisation and project …), compared like headers (case, umlauts,
// spaces). The later row is the problem, and it names the earlier one. Memory grows with the
// distinct keys, never with the file: a key is kept as a 53-bit hash (a number, not its text), so
// 100,000 rows hold about 2 × 100,000 map entries of two numbers; two different keys share a hash
// with a chance of about 1 in 10^6 per 100,000-row file.
import type { RecordKind } from '../records.ts';
import { nameKey } from './header-names.ts';

interface KeyRule {
  fields: readonly string[];
  /** Unordered: a cooperation of A with B is the one of B with A. */
  unordered?: boolean;
  expected: string;
}

const idRule: KeyRule = { fields: ['id'], expected: 'an id not used by an earlier row' };
const rules: Readonly<Record<RecordKind, readonly KeyRule[]>> = {
  organizations: [idRule, { fields: ['name', 'city'], expected: 'one row per organisation (same name and town)' }],
  projects: [idRule],
  participations: [{ fields: ['organization', 'project'], expected: 'one row per organisation and project' }],
  cooperations: [
    { fields: ['organization', 'partner', 'kind'], unordered: true, expected: 'one row per pair of organisations and kind of cooperation' },
  ],
  memberships: [{ fields: ['organization', 'memberOf'], expected: 'one row per organisation and membership' }],
};

export interface Duplicate {
  field: string;
  earlierRow: number;
  expected: string;
}

export class DuplicateFinder {
  readonly #seen = new Map<number, number>();
  readonly #rules: readonly KeyRule[];

  constructor(kind: RecordKind) {
    this.#rules = rules[kind];
  }

  /** The keys this row repeats, each with the row that had it first; the row's keys are remembered. */
  check(row: number, input: Readonly<Record<string, unknown>>): Duplicate[] {
    const found: Duplicate[] = [];
    this.#rules.forEach((rule, i) => {
      const parts = rule.fields.map((f) => input[f]);
      if (!parts.every((p) => typeof p === 'string' && p.trim() !== '')) return;
      let keys = parts.map((p) => nameKey(String(p)));
      if (rule.unordered) keys = [...keys.slice(0, 2).sort(), ...keys.slice(2)];
      const key = hash53(`${i}\u0000${keys.join('\u0000')}`);
      const earlier = this.#seen.get(key);
      if (earlier === undefined) this.#seen.set(key, row);
      else found.push({ field: rule.fields[0] ?? '', earlierRow: earlier, expected: `${rule.expected} (row ${earlier} has it already)` });
    });
    return found;
  }
}

/** cyrb53: a fast, well-mixed 53-bit string hash (public domain), exact as a JavaScript number. */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
