// Elements fetched on demand and added to the graph: the neighbourhoods of expanded nodes, the
// relations among the visible nodes, and, in a graph too large to load whole, the districts opened
// and the organisations the view names (level-of-detail.ts). They live in Cytoscape, not in the
// store, because they are graph elements; the shortest path is an answer like any other.
import type cytoscape from 'cytoscape';
import { membershipNetwork, neighbourhood, partNetwork } from '../api.ts';
import { toElements } from '../elements.ts';
import type { State } from '../state.ts';
import type { WireGraph } from '../wire.ts';
import { placeNear, placeOnMapNear } from './layouts.ts';
import { maxNamedOrganizations } from '../../../shared/limits.ts';
import { type DistrictSize, namedOrganizations, openUnits } from './level-of-detail.ts';

export interface NetworkExtras {
  /** `named`: organisations the view shows beyond the state's own (a path's, a partner's, a lens row's). */
  sync(state: State, named?: readonly string[]): void;
  /** Asks now what `next` opens (a district or town under the pointer): a click then finds it asked. */
  askAhead(next: State): void;
  /** Later answers are dropped; what was added stays in the graph, which is destroyed with it. */
  destroy(): void;
}

export interface ExtrasOptions {
  /** The whole network was loaded at the start; otherwise districts and named organisations are fetched. */
  whole: boolean;
  /** Each district's size, from the overview: a district too large opens by town. */
  sizes: ReadonlyMap<string, DistrictSize>;
  onError: (e: unknown) => void;
  onChange: () => void;
}

export function createNetworkExtras(cy: cytoscape.Core, o: ExtrasOptions): NetworkExtras {
  // What each question brought, by its key; the start's elements belong to none and always stay.
  const added = new Map<string, cytoscape.Collection>();
  const pending = new Set<string>();
  const startElements = new Set(cy.elements().map((e) => e.id()));
  let live = true;

  // Adds what is missing; returns what this graph brought that the start did not, new or not, so
  // that dropping one question keeps what another still shows.
  const addGraph = (graph: WireGraph): cytoscape.Collection => {
    const { nodes, edges } = toElements(graph);
    cy.batch(() => {
      const newNodes = cy.add(nodes.filter((n) => cy.getElementById(n.data.id).empty()));
      cy.add(
        edges.filter(
          (e) =>
            cy.getElementById(e.data.id).empty() &&
            cy.getElementById(e.data.source).nonempty() &&
            cy.getElementById(e.data.target).nonempty(),
        ),
      );
      // A large graph is drawn on the map, as the overview's districts are; an expansion goes beside its node.
      if (newNodes.nonempty()) (o.whole ? placeNear : placeOnMapNear)(newNodes.nodes());
    });
    // One pass over the graph's elements (a union per element would be quadratic in a district's 20,000).
    const ids = new Set([...nodes, ...edges].map((e) => e.data.id));
    return cy.elements().filter((e) => ids.has(e.id()) && !startElements.has(e.id()));
  };

  // Answers asked ahead, the latest few: a district's network is up to 1.7 MB.
  const ahead = new Map<string, Promise<WireGraph>>();

  const load = (key: string, fetcher: () => Promise<WireGraph>, keep: (g: WireGraph) => WireGraph = (g) => g) => {
    if (added.has(key) || pending.has(key)) return;
    pending.add(key);
    const answer = ahead.get(key) ?? fetcher();
    ahead.delete(key);
    answer.then(
      (graph) => {
        pending.delete(key);
        if (!live) return;
        added.set(key, addGraph(keep(graph)));
        o.onChange();
      },
      (err) => {
        pending.delete(key);
        if (live) o.onError(err);
      },
    );
  };

  const drop = (key: string) => {
    const elements = added.get(key);
    added.delete(key);
    const stillUsed = [...added.values()].reduce((acc, c) => acc.union(c), cy.collection());
    // An edge goes with either end.
    elements?.difference(stillUsed).remove();
  };

  /** Keeps the one question of a kind (keys starting with `prefix`) that is wanted now, once its answer is in. */
  const replace = (prefix: string, q: Question | null) => {
    if (q) load(q.key, q.fetch);
    // The old answer stays until the new one arrived: nothing blinks out meanwhile.
    if (q && !added.has(q.key)) return;
    for (const k of [...added.keys()]) if (k.startsWith(prefix) && k !== q?.key) drop(k);
  };

  // What a large graph loads for what is open: the open districts, and the towns opened of the
  // districts shown by town (only those districts are read). Only the projects that tie two of
  // their organisations: in a district of 100,000 firms most projects have their other
  // participants elsewhere, and would be half its elements.
  const unitQuestions = (s: State): { districts: Question | null; places: Question | null } => {
    const { districts, byTown, places } = openUnits(s, o.sizes);
    return {
      districts: districts.length
        ? { key: `districts:${districts.join(',')}`, fetch: () => partNetwork({ districts, minParticipants: 2 }) }
        : null,
      places: places.length
        ? { key: `places:${places.join(',')}`, fetch: () => partNetwork({ districts: byTown, places, minParticipants: 2 }) }
        : null,
    };
  };

  // Organisations an open district or town brought: named, they need no question of their own
  // (it would bring only their projects that tie nothing in view, and cost a second restyle).
  let opened: { keys: string; ids: ReadonlySet<string> } = { keys: '', ids: new Set() };
  const openedIds = (): ReadonlySet<string> => {
    const keys = [...added.keys()].filter((k) => k.startsWith('districts:') || k.startsWith('places:'));
    const signature = keys.join(' ');
    if (signature !== opened.keys) {
      const ids = new Set<string>();
      for (const k of keys) {
        const nodes = added.get(k)?.nodes() ?? cy.collection();
        for (const id of nodes.map((n) => n.id())) ids.add(id);
      }
      opened = { keys: signature, ids };
    }
    return opened.ids;
  };

  const visibleIds = () =>
    new Set(
      cy
        .nodes('[nodeType]')
        .filter((n) => !n.hasClass('hidden') && !n.hasClass('faded'))
        .map((n) => n.id()),
    );

  return {
    sync(s, named = []) {
      for (const id of s.expanded) load(`expanded:${id}`, () => neighbourhood(id));
      for (const key of [...added.keys()]) if (key.startsWith('expanded:') && !s.expanded.includes(key.slice(9))) drop(key);
      if (!o.whole) {
        const units = unitQuestions(s);
        replace('districts:', units.districts);
        replace('places:', units.places);
        const inOpen = openedIds();
        const organizations = namedOrganizations(s, named).filter((id) => !inOpen.has(id));
        replace(
          'named:',
          organizations.length ? { key: `named:${organizations.join(',')}`, fetch: () => partNetwork({ organizations }) } : null,
        );
      }
      if (s.revealed) {
        const visible = visibleIds();
        // A large graph asks for the memberships of what is shown, not of every organisation.
        const fetcher = o.whole
          ? membershipNetwork
          : () =>
              partNetwork({
                organizations: [...visible].slice(0, maxNamedOrganizations),
                includeProjects: false,
                includeMemberships: true,
              });
        load('revealed', fetcher, (g) => ({
          nodes: [],
          edges: g.edges.filter((e) => e.attributes.kind === 'membership' && visible.has(e.source) && visible.has(e.target)),
        }));
      } else if (added.has('revealed')) drop('revealed');
    },
    askAhead(next) {
      if (o.whole) return;
      const units = unitQuestions(next);
      for (const q of [units.districts, units.places]) {
        if (!q || added.has(q.key) || pending.has(q.key) || ahead.has(q.key)) continue;
        const answer = q.fetch();
        // Asked ahead and failed: the click asks again, and reports what fails then.
        answer.catch(() => ahead.delete(q.key));
        ahead.set(q.key, answer);
        for (const oldest of ahead.keys()) if (ahead.size > 3) ahead.delete(oldest);
      }
    },
    destroy() {
      live = false;
    },
  };
}

interface Question {
  key: string;
  fetch: () => Promise<WireGraph>;
}
