// Level of detail. Up to `wholeNetworkUpTo` organisations the explorer loads the whole network
// and draws it; above, it opens on the overview by district and loads only what the view needs:
// the districts opened and the organisations that a selection, a path, a partner or a lens row
// names. Pure functions of the state, so the loader and the tests agree on what is needed.
import { maxNamedOrganizations } from '../../../shared/limits.ts';
import type { State } from '../state.ts';

/**
 * Organisations drawn whole, and the most a district opens into at once: above, a district with
 * more than one town opens into its towns. bench:bound measured every interaction's p95 within
 * 200 ms up to 2,129 organisations, and the slowest (the path) at 217–244 ms at the demo's 2,729:
 * a bound chosen to keep the demo whole; at 100,000 firms no town holds more than 3,451.
 */
export const wholeNetworkUpTo = 3_000;

/** The bound of this page: `?whole=` sets another, for the benchmark and the tests of both modes on one dataset. */
export function wholeLimitOf(search: string): number {
  const asked = Number(new URLSearchParams(search).get('whole') ?? Number.NaN);
  return Number.isInteger(asked) && asked >= 0 ? asked : wholeNetworkUpTo;
}

/** What the overview says of a district's size. */
export interface DistrictSize {
  organizations: number;
  /** Towns with organisations. */
  places: number;
}

/** A district too large to open whole opens into its towns (unless it is one town, as a city is). */
export const opensByTown = (size: DistrictSize | undefined): boolean =>
  size !== undefined && size.organizations > wholeNetworkUpTo && size.places > 1;

export interface OpenUnits {
  /** Districts whose organisations are loaded. */
  districts: string[];
  /** Districts shown by town. */
  byTown: string[];
  /** Towns whose organisations are loaded (of the districts shown by town). */
  places: string[];
}

/** What of a large graph is open: districts whole, districts by town, and the towns opened. */
export function openUnits(s: Pick<State, 'layout' | 'filters'>, sizes: ReadonlyMap<string, DistrictSize>): OpenUnits {
  const open = openDistricts(s);
  const byTown = open.filter((d) => opensByTown(sizes.get(d)));
  return {
    districts: open.filter((d) => !byTown.includes(d)),
    byTown,
    places: byTown.length ? [...new Set(s.filters.places)].sort() : [],
  };
}

/** The districts whose organisations are loaded in a large graph: those filtered, unless the overview is chosen. */
export function openDistricts(s: Pick<State, 'layout' | 'filters'>): string[] {
  return s.layout === 'districts' ? [] : [...new Set(s.filters.districts)].sort();
}

/** Every organisation the view names, whether loaded or not: fetched with its ties when the graph is large. */
export function namedOrganizations(
  s: Pick<State, 'selected' | 'focus' | 'pathFrom' | 'path' | 'partners'>,
  shown: readonly string[] = [],
): string[] {
  const ids = [s.selected, s.focus?.id, s.pathFrom, s.path?.from, s.path?.to, s.partners?.org, s.partners?.chosen, ...shown];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))].sort().slice(0, maxNamedOrganizations);
}
