// Which projects of a source belong to the cluster: those with at least one participant in the
// region. All their other participants come along, so partners abroad appear as such.
export interface Scope {
  /** CORDIS: NUTS codes that start with one of these (DE4 Brandenburg, DE3 Berlin). */
  nutsPrefixes: readonly string[];
  /** Förderkatalog: the recipient's or the executing site's Bundesland, as the export writes it. */
  states: readonly string[];
}

export const brandenburgAndBerlin: Scope = Object.freeze({
  nutsPrefixes: Object.freeze(['DE4', 'DE3']),
  states: Object.freeze(['Brandenburg', 'Berlin']),
});

export const inNuts = (scope: Scope, nutsCode: string): boolean =>
  nutsCode !== '' && scope.nutsPrefixes.some((p) => nutsCode.toUpperCase().startsWith(p.toUpperCase()));

export const inStates = (scope: Scope, state: string): boolean =>
  state !== '' && scope.states.some((s) => s.toLowerCase() === state.toLowerCase());
