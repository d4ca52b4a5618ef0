// Level of detail. Up to `wholeNetworkUpTo` organisations the explorer loads the whole network
// and draws it; above, it opens on the overview by district and loads only what the view needs:
// the districts opened and the organisations that a selection, a path, a partner or a lens row
// names. Pure functions of the state, so the loader and the tests agree on what is needed.
import { maxNamedOrganizations } from '../../../shared/limits.ts';
import type { State } from '../state.ts';

/**
 * Organisations drawn whole: the demo cluster (2,900 organisations) with room to grow. A bound
 * chosen, not yet measured: interactions at the demo's size still miss 200 ms (bench:explorer).
 */
export const wholeNetworkUpTo = 5_000;

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
