// Appearance derived from the store: classes computed for every element inside one cy.batch(),
// never written into element data. Only elements whose classes change are touched, because
// every style change costs a redraw.
import type cytoscape from 'cytoscape';
import type { EdgeData, NodeData } from '../elements.ts';
import { edgeMatches, filtersActive, matchingNodes } from '../filter.ts';
import type { State } from '../state.ts';

export interface PathHighlight {
  nodeIds: readonly string[];
  edgeKeys: readonly string[];
}

export interface Extras {
  path: PathHighlight | null;
  /** The gap lens: a class per organisation (others are "rest"), and the nodes a report row focuses. */
  lens: ReadonlyMap<string, string> | null;
  lensFocus: ReadonlySet<string> | null;
}

/** Organisations within `hops` steps; a project does not count as a step of its own. */
export function focusSet(cy: cytoscape.Core, id: string, hops: number): Set<string> {
  const start = cy.getElementById(id);
  if (start.empty()) return new Set();
  let frontier = start.nodes();
  const seen = new Set<string>([id]);
  for (let h = 0; h < hops; h++) {
    let next = frontier.neighborhood().nodes();
    next = next.union(next.filter('[nodeType = "project"]').neighborhood().nodes());
    next.forEach((n) => {
      seen.add(n.id());
    });
    frontier = next.filter('[nodeType = "organization"]');
  }
  return seen;
}

/** Everything an expanded node reveals: its neighbours and its projects' participants. */
function expandedSet(cy: cytoscape.Core, ids: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const id of ids) for (const n of focusSet(cy, id, 1)) out.add(n);
  return out;
}

function isImportant(d: NodeData): boolean {
  if (d.nodeType === 'project') return false;
  if (d.category !== 'company') return true;
  return (d.employees ?? 0) >= 250 || d.degree >= 12;
}

export function visibleMatches(cy: cytoscape.Core, state: State): Set<string> | null {
  if (!filtersActive(state.filters)) return null;
  const nodes = cy.nodes('[nodeType]');
  const data = nodes.map((n) => n.data() as NodeData);
  const matched = matchingNodes(
    data,
    (id) =>
      cy
        .getElementById(id)
        .neighborhood()
        .nodes()
        .map((n) => n.id()),
    state.filters,
  );
  for (const id of expandedSet(cy, state.expanded)) matched.add(id);
  return matched;
}

export function applyAppearance(cy: cytoscape.Core, state: State, extras: Extras): { visible: number } {
  const matched = visibleMatches(cy, state);
  const focus = state.focus ? focusSet(cy, state.focus.id, state.focus.hops) : null;
  const pathNodes = new Set(extras.path?.nodeIds ?? []);
  const pathEdges = new Set(extras.path?.edgeKeys ?? []);
  const onPath = extras.path !== null;
  // The district overview stands in for the whole network.
  const overview = state.layout === 'districts';
  const offClass = state.mode === 'hide' || overview ? 'hidden' : 'faded';
  let visible = 0;

  // Elements whose classes change, grouped by their new classes: one classes() call per group
  // (Cytoscape restyles and notifies per call), and most changed elements share a few lists.
  const changes = new Map<string, cytoscape.Collection>();
  const set = (ele: cytoscape.SingularElementArgument, wanted: string[]) => {
    const shape = ele.hasClass('district-shape');
    const next = (shape ? ['district-shape', ...wanted] : wanted).join(' ');
    if ((ele.classes() as unknown as string[]).join(' ') === next) return;
    const group = changes.get(next);
    if (group) group.merge(ele);
    else changes.set(next, cy.collection(ele));
  };

  cy.nodes().forEach((n) => {
    const d = n.data() as NodeData;
    if (!d.nodeType) return;
    const id = d.id;
    const classes: string[] = [];
    if (state.sizeBy === 'degree') classes.push('by-degree');
    if (isImportant(d)) classes.push('labelled');
    const filteredOut = overview || (matched !== null && !matched.has(id));
    if (filteredOut) classes.push(offClass);
    else {
      visible++;
      if ((focus && !focus.has(id)) || (onPath && !pathNodes.has(id))) classes.push('faded');
    }
    if (pathNodes.has(id)) classes.push('path');
    if (state.selected === id) classes.push('selected');
    if (extras.lens) {
      // `lens` marks a group's member for the one rule that colours all groups (style.ts).
      const group = extras.lens.get(id) ?? 'rest';
      classes.push(group === 'rest' ? 'lens-rest' : `lens lens-${group}`);
    }
    if (extras.lensFocus?.has(id)) classes.push('gap-focus');
    set(n, classes);
  });
  cy.edges().forEach((e) => {
    const data = e.data() as EdgeData;
    if (!data.kind) return;
    const classes: string[] = [];
    const { source: s, target: t, id } = data;
    const ends = !overview && (matched === null || (matched.has(s) && matched.has(t)));
    if (!ends || !edgeMatches(data, state.filters)) classes.push(offClass);
    else if ((focus && !(focus.has(s) && focus.has(t))) || (onPath && !pathEdges.has(id))) classes.push('faded');
    if (pathEdges.has(id)) classes.push('path');
    else if (extras.lens) classes.push('lens-edge');
    set(e, classes);
  });
  // Classes given to a collection share one set in Cytoscape: nothing here adds or removes a
  // single class in place (graph-patch.ts does so only on nodes it has just added).
  cy.batch(() => {
    for (const [classes, eles] of changes) eles.classes(classes === '' ? [] : classes.split(' '));
  });
  return { visible };
}
