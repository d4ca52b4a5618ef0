// The one client store: the whole view state and what was fetched for it (fetched.ts), changed
// only by actions. The graph's appearance and the panels are derived from it (graph/appearance.ts);
// nothing here touches Cytoscape or the DOM.
import { emptyFetched, reduceFetched, type FetchAction, type Fetched } from './fetched.ts';
import type { Lang } from './i18n.ts';
import type { HistoryView } from './curation/history-dialog.ts';
import { signedOut, type Session, type SessionUser } from './curation/session.ts';

export const categories = ['company', 'university', 'leibniz', 'fraunhofer', 'max_planck', 'other_institute', 'actor', 'project'] as const;
export type Category = (typeof categories)[number];
export type LayoutName = 'districts' | 'force' | 'concentric' | 'geo';
export type SizeBy = 'employees' | 'degree';
export type FilterMode = 'fade' | 'hide';
export type Range = readonly [number | null, number | null];

export interface Filters {
  hidden: readonly Category[]; // legend categories switched off
  industries: readonly string[];
  competences: readonly string[];
  districts: readonly string[];
  places: readonly string[]; // towns: what a large graph opens of a district too large to draw whole
  levels: readonly string[];
  actionFields: readonly string[];
  employees: Range;
  years: Range;
}

export type PartnerKind = 'company' | 'university' | 'research_institute';
export const partnerKinds: readonly PartnerKind[] = ['university', 'research_institute', 'company'];

/** The "Transferpartner finden" panel: who asks, what for, where, and the row picked. */
export interface PartnerSearch {
  org: string | null;
  competences: readonly string[];
  near: string | null; // a district id
  radiusKm: number | null;
  kinds: readonly PartnerKind[];
  chosen: string | null;
}

export const emptyPartnerSearch: PartnerSearch = {
  org: null,
  competences: [],
  near: null,
  radiusKm: null,
  kinds: partnerKinds,
  chosen: null,
};

export const gapLenses = [
  'isolated',
  'reach',
  'whitespots',
  'research',
  'districts',
  'international',
  'brokers',
  'communities',
  'kpis',
] as const;
export type GapLensName = (typeof gapLenses)[number];

/** The "Lücken-Linse": which gap colours the graph, its target (a competence, district,
 * organisation or community), the report table's sort ("column:asc|desc") and the row picked. */
export interface GapView {
  lens: GapLensName;
  target: string | null;
  sort: string | null;
  row: string | null;
}

export const defaultGapView: GapView = { lens: 'isolated', target: null, sort: null, row: null };

/** What the curation UI is doing: editing one organisation, a new record, merging two, importing a file or deciding its doubtful rows. */
export type Editing =
  | { kind: 'organization'; id: string }
  | { kind: 'newOrganization' }
  | { kind: 'newProject' }
  | { kind: 'merge'; keep: string }
  | { kind: 'signIn' }
  | { kind: 'changePassword' }
  | { kind: 'history'; view: HistoryView }
  | { kind: 'import' }
  | { kind: 'reviewQueue' };

export interface State {
  lang: Lang;
  selected: string | null;
  focus: { id: string; hops: 1 | 2 } | null;
  filters: Filters;
  mode: FilterMode;
  layout: LayoutName;
  sizeBy: SizeBy;
  expanded: readonly string[];
  path: { from: string; to: string } | null;
  pathFrom: string | null; // first end picked, waiting for the second
  revealed: boolean; // membership relations among visible nodes shown
  partners: PartnerSearch | null; // null: the panel is closed
  gaps: GapView | null; // null: the gap lens is off
  fetched: Fetched; // answers from the API; never in the URL
  session: Session; // who is signed in and the CSRF token of the session; never in the URL or storage
  editing: Editing | null; // an open form or dialog; never in the URL
  revision: number; // bumped by every saved change, so views showing records read them again
}

export const emptyFilters: Filters = {
  hidden: [],
  industries: [],
  competences: [],
  districts: [],
  places: [],
  levels: [],
  actionFields: [],
  employees: [null, null],
  years: [null, null],
};

export const initialState: State = {
  lang: 'de',
  selected: null,
  focus: null,
  filters: emptyFilters,
  mode: 'fade',
  layout: 'force',
  sizeBy: 'employees',
  expanded: [],
  path: null,
  pathFrom: null,
  revealed: false,
  partners: null,
  gaps: null,
  fetched: emptyFetched,
  session: signedOut,
  editing: null,
  revision: 0,
};

export type ListFilter = 'industries' | 'competences' | 'districts' | 'places' | 'levels' | 'actionFields';

export type Action =
  | { type: 'setLang'; lang: Lang }
  | { type: 'select'; id: string | null }
  | { type: 'focus'; id: string; hops: 1 | 2 }
  | { type: 'clearFocus' }
  | { type: 'toggleCategory'; category: Category }
  | { type: 'setList'; filter: ListFilter; values: readonly string[] }
  | { type: 'addToList'; filter: ListFilter; value: string }
  | { type: 'setRange'; filter: 'employees' | 'years'; range: Range }
  | { type: 'resetFilters' }
  | { type: 'setMode'; mode: FilterMode }
  | { type: 'setLayout'; layout: LayoutName }
  | { type: 'setSizeBy'; sizeBy: SizeBy }
  | { type: 'toggleExpanded'; id: string }
  | { type: 'pickPathEnd'; id: string }
  | { type: 'clearPath' }
  | { type: 'setRevealed'; revealed: boolean }
  | { type: 'drillDown'; district: string; place?: string }
  | { type: 'openPartners'; org: string | null }
  | { type: 'closePartners' }
  | { type: 'setPartners'; change: Partial<PartnerSearch> }
  | { type: 'openGaps'; lens?: GapLensName; target?: string }
  | { type: 'closeGaps' }
  | { type: 'setGaps'; change: Partial<GapView> }
  | { type: 'replace'; state: State }
  | { type: 'signedIn'; user: SessionUser; csrfToken: string }
  | { type: 'signedOut' }
  | { type: 'edit'; editing: Editing }
  | { type: 'stopEditing' }
  | { type: 'saved'; id: string | null }
  | { type: 'dataChanged' }
  | FetchAction;

const toggle = <T>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

export function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'setLang':
      return { ...state, lang: action.lang };
    case 'select':
      // Another selection leaves an open edit form unsaved.
      return { ...state, selected: action.id, editing: state.editing?.kind === 'organization' ? null : state.editing };
    case 'focus':
      return { ...state, focus: { id: action.id, hops: action.hops }, selected: action.id };
    case 'clearFocus':
      return { ...state, focus: null };
    case 'toggleCategory':
      return { ...state, filters: { ...state.filters, hidden: toggle(state.filters.hidden, action.category) } };
    case 'setList':
      return { ...state, filters: { ...state.filters, [action.filter]: [...action.values] } };
    case 'addToList': {
      const current = state.filters[action.filter];
      return current.includes(action.value)
        ? state
        : { ...state, filters: { ...state.filters, [action.filter]: [...current, action.value] } };
    }
    case 'setRange':
      return { ...state, filters: { ...state.filters, [action.filter]: action.range } };
    case 'resetFilters':
      return { ...state, filters: emptyFilters };
    case 'setMode':
      return { ...state, mode: action.mode };
    case 'setLayout':
      return { ...state, layout: action.layout };
    case 'setSizeBy':
      return { ...state, sizeBy: action.sizeBy };
    case 'toggleExpanded':
      return { ...state, expanded: toggle(state.expanded, action.id) };
    case 'pickPathEnd':
      if (state.pathFrom === null || state.pathFrom === action.id) return { ...state, pathFrom: action.id, path: null };
      return { ...state, path: { from: state.pathFrom, to: action.id }, pathFrom: null };
    case 'clearPath':
      return { ...state, path: null, pathFrom: null };
    case 'setRevealed':
      return { ...state, revealed: action.revealed };
    case 'drillDown': {
      // From the overview into a district's organisations (or one of its towns), the rest hidden;
      // in a large graph, where closed districts stay beside the open ones, one more opens.
      const fresh = state.layout === 'districts';
      const open = fresh ? [] : state.filters.districts.filter((d) => d !== action.district);
      const places = fresh ? [] : state.filters.places.filter((p) => p !== action.place);
      const filters = {
        ...state.filters,
        districts: [...open, action.district],
        places: action.place ? [...places, action.place] : places,
      };
      return { ...state, layout: 'force', mode: 'hide', filters };
    }
    case 'openPartners':
      // One side panel at a time: the partner search replaces the gap lens.
      return {
        ...state,
        gaps: null,
        partners: { ...(state.partners ?? emptyPartnerSearch), org: action.org ?? state.partners?.org ?? null, chosen: null },
      };
    case 'closePartners':
      return { ...state, partners: null };
    case 'setPartners':
      // A new question clears the picked row; picking a row keeps the question.
      return state.partners ? { ...state, partners: { ...state.partners, chosen: null, ...action.change } } : state;
    case 'openGaps':
      // With a target (from the detail panel) the row is picked too, so the graph focuses on it.
      return {
        ...state,
        partners: null,
        gaps: {
          ...(state.gaps ?? defaultGapView),
          ...(action.lens ? { lens: action.lens, target: action.target ?? null, sort: null, row: action.target ?? null } : {}),
        },
      };
    case 'closeGaps':
      return { ...state, gaps: null };
    case 'setGaps': {
      if (!state.gaps) return state;
      // Another lens starts afresh; another target keeps the sort but not the row picked.
      const next = { ...state.gaps, ...action.change };
      if (action.change.lens && action.change.lens !== state.gaps.lens) return { ...state, gaps: { ...defaultGapView, ...action.change } };
      if ('target' in action.change && action.change.target !== state.gaps.target && !('row' in action.change)) next.row = null;
      return { ...state, gaps: next };
    }
    case 'replace':
      // Back and forward restore the view; what was fetched stays, so nothing is asked twice.
      return { ...action.state, fetched: state.fetched, session: state.session, revision: state.revision };
    case 'signedIn':
      // A user who must change the one-time password is asked for it at once.
      return {
        ...state,
        session: { user: action.user, csrfToken: action.csrfToken },
        editing: action.user.mustChangePassword
          ? { kind: 'changePassword' }
          : state.editing?.kind === 'signIn' || state.editing?.kind === 'changePassword'
            ? null
            : state.editing,
      };
    case 'signedOut':
      return { ...state, session: signedOut, editing: null };
    case 'edit':
      return { ...state, editing: action.editing };
    case 'stopEditing':
      return { ...state, editing: null };
    case 'saved':
      // The saved (or kept, or created) record is shown; a deletion leaves nothing selected.
      return { ...state, editing: null, selected: action.id, revision: state.revision + 1 };
    case 'dataChanged':
      // Records changed in bulk (an import, a decided match): the open dialog stays, views read again.
      return { ...state, revision: state.revision + 1 };
    case 'ask':
    case 'answered':
    case 'failed':
    case 'forget': {
      const fetched = reduceFetched(state.fetched, action);
      return fetched === state.fetched ? state : { ...state, fetched };
    }
    default: {
      const unreachable: never = action;
      throw new Error(`Unknown action ${JSON.stringify(unreachable)}`);
    }
  }
}

export type Listener = (state: State, previous: State) => void;

export interface Store {
  get(): State;
  dispatch(action: Action): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: State): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  const queue: Action[] = [];
  let notifying = false;
  return {
    get: () => state,
    dispatch(action) {
      // An action dispatched by a listener (a loader asking for data the new state needs) waits
      // until every listener has seen the current state: one refresh per action, in order, never
      // a refresh inside a refresh.
      queue.push(action);
      if (notifying) return;
      notifying = true;
      try {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const previous = state;
          state = reduce(state, next);
          if (state !== previous) for (const l of [...listeners]) l(state, previous);
        }
      } finally {
        notifying = false;
        queue.length = 0;
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
