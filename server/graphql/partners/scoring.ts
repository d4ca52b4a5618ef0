// The score of a transfer partner: a weighted sum of five components, each normalised to 0..1.
// Pure functions, so the arithmetic is unit-tested without a database and the README can state
// it in a few lines (see the report of this feature):
//   competence 0.45   share of the needs covered: 1 per need held, 0.5 per need covered only by a related field
//   proximity 0.20    shortest connection through at most one organisation in between: 1 relationship 1.0,
//                     2 → 0.75, 3 → 0.5, 4 → 0.25, none 0 (a cooperation is 1 relationship, a shared project 2)
//   warm intros 0.10  organisations tied to both: 0, 1, 2, 3 or more → 0, 1/3, 2/3, 1
//   track record 0.15 similar firms the partner works with: 0 … 5 or more → 0 … 1
//   geography 0.10    1 at the reference point, falling linearly to 0 at maxDistanceKm (default 150 km)
import { EXACT_WEIGHT, RELATED_WEIGHT, relatedFields } from './relatedness.ts';

export const WEIGHTS = { competence: 0.45, proximity: 0.2, warmIntroductions: 0.1, trackRecord: 0.15, geography: 0.1 } as const;
export const MAX_NETWORK_DISTANCE = 4;
export const FULL_INTRODUCTIONS = 3;
export const FULL_TRACK_RECORD = 5;

export type Match = 'exact' | 'related' | 'none';

export interface Coverage {
  need: string;
  match: Match;
  via: string | null; // the partner's field that covers the need
  weight: number;
}

/** What the database says about one candidate. */
export interface Signals {
  id: string;
  held: readonly string[]; // its fields among the needs and their related fields
  meters: number | null;
  direct: number | null; // relationships of its own tie to the source, if any
  introducers: readonly { id: string; distance: number }[]; // closest first
  similarFirms: number;
}

export interface Component {
  value: number;
  weight: number;
  contribution: number;
}

export interface Breakdown {
  competence: Component & { coverage: Coverage[] };
  proximity: Component & { distance: number | null };
  warmIntroductions: Component & { count: number; introducerIds: string[] };
  trackRecord: Component & { similarFirms: number };
  geography: Component & { distanceKm: number | null; scaleKm: number };
}

export interface Scored {
  id: string;
  score: number;
  breakdown: Breakdown;
  coldStart: boolean; // no network connection within the bound
  known: boolean; // already tied to the source
}

const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;

function component(weight: number, value: number): Component {
  const v = round(value);
  return { value: v, weight, contribution: round(weight * v) };
}

/** For each need: held exactly, else through the first related field held (alphabetical), else none. */
export function coverage(needs: readonly string[], held: readonly string[]): Coverage[] {
  const has = new Set(held);
  return needs.map((need) => {
    if (has.has(need)) return { need, match: 'exact', via: need, weight: EXACT_WEIGHT };
    const via = relatedFields(need).find((f) => has.has(f));
    return via ? { need, match: 'related', via, weight: RELATED_WEIGHT } : { need, match: 'none', via: null, weight: 0 };
  });
}

export function networkDistance(s: Pick<Signals, 'direct' | 'introducers'>): number | null {
  const candidates = [s.direct, s.introducers[0]?.distance ?? null].filter((d): d is number => d !== null);
  return candidates.length ? Math.min(...candidates) : null;
}

export function score(needs: readonly string[], s: Signals, scaleKm: number): Scored {
  const cover = coverage(needs, s.held);
  const distance = networkDistance(s);
  const km = s.meters === null ? null : round(s.meters / 1000, 1);
  const breakdown: Breakdown = {
    competence: { ...component(WEIGHTS.competence, cover.reduce((sum, c) => sum + c.weight, 0) / needs.length), coverage: cover },
    proximity: {
      ...component(WEIGHTS.proximity, distance === null ? 0 : (MAX_NETWORK_DISTANCE + 1 - distance) / MAX_NETWORK_DISTANCE),
      distance,
    },
    warmIntroductions: {
      ...component(WEIGHTS.warmIntroductions, Math.min(s.introducers.length, FULL_INTRODUCTIONS) / FULL_INTRODUCTIONS),
      count: s.introducers.length,
      introducerIds: s.introducers.slice(0, FULL_INTRODUCTIONS).map((i) => i.id),
    },
    trackRecord: {
      ...component(WEIGHTS.trackRecord, Math.min(s.similarFirms, FULL_TRACK_RECORD) / FULL_TRACK_RECORD),
      similarFirms: s.similarFirms,
    },
    geography: { ...component(WEIGHTS.geography, km === null ? 0 : Math.max(0, 1 - km / scaleKm)), distanceKm: km, scaleKm },
  };
  const total = Object.values(breakdown).reduce((sum, c: Component) => sum + c.contribution, 0);
  return { id: s.id, score: round(total), breakdown, coldStart: distance === null, known: s.direct !== null };
}

/** Best first; equal scores by id, so the order never depends on the database's row order. */
export function rank(scored: readonly Scored[]): Scored[] {
  return [...scored].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
