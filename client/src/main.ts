// Wires the store to the graph, the panels (views.ts) and the URL (url-history.ts). Every view is a
// function of the store; this file only reacts to state changes, and moves the camera (camera.ts)
// where a change asks for it; loader.ts asks the API what the state needs.
import type cytoscape from 'cytoscape';
import { ApiError, loadStart, partNetwork, shortestPath, type Overview, type StartAnswer, type Stats, type Vocabulary } from './api.ts';
import { createCamera } from './camera.ts';
import { byId } from './dom.ts';
import { toElements } from './elements.ts';
import { answerFor, type Slot } from './fetched.ts';
import { fetchIntroductions, fetchLens, fetchMetricsStatus, fetchReport, lensView, type LensView } from './gaps/index.ts';
import { applyAppearance, type Extras } from './graph/appearance.ts';
import { createNetworkExtras } from './graph/extras.ts';
import { applyPositions, positionsFor, showDistricts } from './graph/layouts.ts';
import { openDistricts, openUnits, opensByTown, wholeLimitOf } from './graph/level-of-detail.ts';
import { overviewElements, showOverview } from './graph/overview.ts';
import { createTowns } from './graph/towns.ts';
import { bindOverviewDwell, mountGraph } from './graph/view.ts';
import { translate, type Key } from './i18n.ts';
import { mountLoader, partnerKey, pathKey } from './loader.ts';
import { evidenceHighlight, fetchPartners } from './partners/index.ts';
import { mountShortcuts } from './shortcuts.ts';
import { createStore, reduce, type State } from './state.ts';
import { relabelStatic, renderStats, setLoading, showError } from './ui/chrome.ts';
import { renderPath } from './ui/path.ts';
import { mountUrlHistory } from './url-history.ts';
import { decodeState } from './url-state.ts';
import { mountViews } from './views.ts';

const store = createStore(decodeState(location.search));
const t = (key: Key) => translate(store.get().lang, key);
const report = (err: unknown) => showError(t, err, () => location.reload());
// Whether the graph holds invented demo data, from the start's figures: the note says so only then.
let synthetic = false;

/** What every mount returns: its cleanup (listeners, subscriptions, timers, what it drew). */
interface Mount {
  destroy(): void;
}

// A failed gap report is explained inside its panel; the other answers fail into the banner.
const explainedInPanel: readonly Slot[] = ['gapReport', 'gapLens', 'gapIntroductions', 'metricsStatus'];

interface Loaded {
  stats: Stats;
  vocabulary: Vocabulary;
  overview: Overview;
  /** The whole network was loaded (a graph the browser draws whole); otherwise the overview and parts. */
  whole: boolean;
  home: Map<string, { x: number; y: number }>;
}

function start(cy: cytoscape.Core, { stats, vocabulary, overview, whole, home }: Loaded): Mount {
  const dispatch = store.dispatch;
  const extrasState: Extras = { path: null, lens: null, lensFocus: null };
  // A node chosen elsewhere than in the graph and not loaded yet is centred when it arrives.
  let awaited: string | null = null;
  let fitOpened = false;
  const sizes = new Map(overview.districts.map((d) => [d.id, d]));
  const network = createNetworkExtras(cy, {
    whole,
    sizes,
    onError: report,
    onChange: () => {
      const s = store.get();
      render(s, s);
      if (awaited && cy.getElementById(awaited).nonempty()) {
        // The node chosen wins over its district's fit.
        camera.centre(awaited);
        awaited = null;
        fitOpened = false;
      } else if (fitOpened) {
        // A district just opened: the view goes to its organisations once they are in.
        const open = new Set(openDistricts(s));
        const opened = cy.nodes('[nodeType = "organization"]').filter((n) => open.has(n.data('district')));
        if (opened.nonempty()) {
          fitOpened = false;
          cy.fit(opened, 30);
        }
      }
    },
  });
  const views = mountViews(cy, {
    store,
    t,
    vocabulary,
    whole,
    onError: report,
    reloadNetwork: () => void boot(),
    showInContext: (id) => showInContext(id).catch(report),
  });
  const { tools, filters, details, searchView, partners, gaps } = views;
  const camera = createCamera(cy);
  const urlHistory = mountUrlHistory(store);
  let shownPanels = '';

  const chosenPartner = (s: State) =>
    s.partners?.chosen
      ? (answerFor(s.fetched.partners, partnerKey(s.partners))?.partners.find((r) => r.organization.id === s.partners?.chosen) ?? null)
      : null;
  const pathAnswer = (s: State) => (s.path ? answerFor(s.fetched.path, pathKey(s.path)) : null);
  const pathHighlight = (s: State) => {
    const path = pathAnswer(s);
    return path ? { nodeIds: path.nodeIds, edgeKeys: path.edgeKeys } : null;
  };

  // A district too large to draw whole shows its towns once they are in; the view goes to them,
  // unless one of them is open (a search hit's, a link's): its organisations have the view.
  const towns = createTowns(({ district, places }) => {
    const s = store.get();
    const units = openUnits(s, sizes);
    if (!units.byTown.includes(district)) return;
    arrange(s);
    if (places.some((p) => units.places.includes(p.id))) return;
    const shown = cy.nodes('.overview[place]').filter((n) => n.data('district') === district);
    if (shown.nonempty() && !awaited) cy.fit(shown, 60);
  }, report);

  // A large graph stays on the map: closed districts as overview nodes, open ones as organisations
  // or, too large for that, as towns (their district's node stays until the towns are in).
  const arrange = (s: State) => {
    const units = whole ? { districts: [], byTown: [], places: [] } : openUnits(s, sizes);
    const byTown = towns.shown(units);
    const open = new Set([...units.districts, ...byTown.map((t) => t.towns.district)]);
    showOverview(cy, whole && s.layout !== 'districts' ? [] : overviewElements(overview, open, byTown));
    showDistricts(cy, !whole || s.layout === 'geo' || s.layout === 'districts');
    if (whole && s.layout !== 'districts') applyPositions(cy, positionsFor(cy, s.layout, home));
  };

  /** A search hit: in a large graph its district is opened around it. */
  const showInContext = async (id: string) => {
    if (!whole && cy.getElementById(id).empty()) {
      const found = (await partNetwork({ organizations: [id] })).nodes[0];
      const district = found?.attributes.district;
      const place = found?.attributes.place;
      awaited = id;
      // A district too large to draw whole opens at the hit's town.
      if (typeof district === 'string')
        store.dispatch({
          type: 'drillDown',
          district,
          ...(typeof place === 'string' && opensByTown(sizes.get(district)) ? { place } : {}),
        });
    }
    store.dispatch({ type: 'select', id });
  };

  let lastLook: readonly unknown[] = [];
  const render = (s: State, prev: State) => {
    urlHistory.write(s, prev);
    if (s.lang !== prev.lang || s.layout !== prev.layout) {
      relabelStatic(t, s.lang, s.layout, { synthetic, large });
      searchView.relabel();
    }
    const opened = s.filters.districts !== prev.filters.districts || s.filters.places !== prev.filters.places;
    const rearranged = s.layout !== prev.layout || opened;
    if (s.layout !== prev.layout || (!whole && opened)) arrange(s);
    const chosen = chosenPartner(s);
    gaps.update(s);
    const lens: LensView | null = lensView(s);
    const lensFocus = lens?.focus ?? null;
    const path = pathHighlight(s);
    // What the view names beyond the state: a large graph fetches these with their ties.
    network.sync(
      s,
      whole
        ? []
        : [...(chosen ? evidenceHighlight(chosen).nodeIds : []), ...(path?.nodeIds ?? []), ...(lensFocus?.ids?.slice(0, 60) ?? [])],
    );
    // The path's answer, not its slot: the question going out changes nothing in the graph.
    const look = [chosen, lens?.classes, lensFocus?.key, lens?.path ? s.gaps?.row : null, pathAnswer(s)];
    // Most answers change a panel, not the graph: the full pass over every element is skipped
    // when only an answer arrived and what the graph derives from it is unchanged.
    const answerOnly =
      s !== prev && s.fetched !== prev.fetched && (Object.keys(s) as (keyof State)[]).every((k) => k === 'fetched' || s[k] === prev[k]);
    if (!answerOnly || look.some((x, i) => x !== lastLook[i])) {
      lastLook = look;
      extrasState.path = chosen ? evidenceHighlight(chosen) : (lens?.path ?? pathHighlight(s));
      extrasState.lens = lens?.classes ?? null;
      extrasState.lensFocus = lensFocus?.ids && lensFocus.ids.length <= 60 ? new Set(lensFocus.ids) : null;
      // In a large graph the district and town filters say what is loaded, not what is shown of it.
      const { visible } = applyAppearance(cy, whole ? s : { ...s, filters: { ...s.filters, districts: [], places: [] } }, extrasState);
      byId('graph').dataset.visible = String(visible);
      renderStats(t, s.lang, stats, visible);
    }
    if (!s.gaps) camera.forgetLens();
    if (rearranged && whole) cy.fit(cy.elements(':visible'), 30);
    else if (rearranged && !awaited) {
      fitOpened = openDistricts(s).length > 0;
      if (!fitOpened) cy.fit(cy.elements(':visible'), 30);
    }
    tools.update(s);
    filters.update(s);
    details.update(s);
    renderPath(byId('path-info'), s, t, dispatch);
    if (path && s.fetched.path !== prev.fetched.path) camera.fitPath(path.nodeIds);
    partners.update(s);
    // One side panel at a time: the partner search and the gap lens win over the detail panel.
    if (s.partners || s.gaps) byId('details').hidden = true;
    // A side panel opening or closing resizes the graph: Cytoscape must know before it fits anything.
    const panels = ['details', 'partners', 'gaps'].map((id) => (byId(id).hidden ? '0' : '1')).join('');
    if (panels !== shownPanels) {
      shownPanels = panels;
      cy.resize();
    }
    camera.focusLens(lensFocus);
    if (chosen && s.partners?.chosen !== prev.partners?.chosen) camera.fitEvidence(chosen.organization.id, extrasState.path?.nodeIds ?? []);
    if (s.selected && s.selected !== prev.selected && !tapped) {
      if (cy.getElementById(s.selected).nonempty()) camera.centre(s.selected);
      else if (!whole) awaited = s.selected;
    }
    tapped = false;
    if (s.selected !== prev.selected && s.selected) byId('details').focus({ preventScroll: true });
  };

  // The loader listens first: a question (a path, a partner search) goes out before the graph is
  // restyled for the same action, not after. Its first questions come before the first render,
  // which reads the state they leave.
  const loader = mountLoader(store, {
    fetchers: {
      partners: fetchPartners,
      path: shortestPath,
      gapReport: fetchReport,
      gapLens: fetchLens,
      gapIntroductions: fetchIntroductions,
      metricsStatus: fetchMetricsStatus,
    },
    onError: (slot, e) => {
      if (!explainedInPanel.includes(slot)) report(e);
    },
    message: (e) => (e instanceof ApiError ? e.message : String(e)),
  });
  const unsubscribe = store.subscribe(render);
  const dwell = bindOverviewDwell(cy, (district, place) =>
    network.askAhead(reduce(store.get(), { type: 'drillDown', district, ...(place ? { place } : {}) })),
  );
  const initial = store.get();
  relabelStatic(t, initial.lang, initial.layout, { synthetic, large });
  if (initial.layout !== 'force' || !whole) arrange(initial);
  if (!whole) cy.fit(cy.elements(), 30);
  render(initial, { ...initial, selected: null, filters: { ...initial.filters } });
  return {
    destroy() {
      loader.destroy();
      unsubscribe();
      dwell.destroy();
      urlHistory.destroy();
      views.destroy();
      network.destroy();
    },
  };
}

// A selection made by tapping the graph needs no centring: the node is where the user looked.
let tapped = false;
const wholeLimit = wholeLimitOf(location.search);
// Organisations of a graph too large to draw whole, for the note; null when it is drawn whole.
let large: number | null = null;
// The graph and everything wired to it; a retry after a failed start begins from nothing.
let mounted: Mount | null = null;

/** Starts from nothing; `first` is the start's answer when it was asked already (entry.ts). */
async function boot(first?: Promise<StartAnswer>): Promise<void> {
  mounted?.destroy();
  mounted = null;
  relabelStatic(t, store.get().lang, store.get().layout, { synthetic, large });
  setLoading(t('loadingNetwork'));
  try {
    const t0 = performance.now();
    const { network, overview, stats, vocabulary } = await (first ?? loadStart(wholeLimit));
    synthetic = stats.syntheticOrganizations > 0;
    large = network ? null : overview.organizations;
    const elements = network ? toElements(network) : { nodes: [], edges: [] };
    const home = new Map(elements.nodes.map((n) => [n.data.id, n.position]));
    const graph = mountGraph(byId('graph'), elements, {
      onTap: (id) => {
        tapped = true;
        store.dispatch({ type: 'select', id });
      },
      onDoubleTap: (id) => store.dispatch({ type: 'toggleExpanded', id }),
      onDistrict: (district, place) => store.dispatch({ type: 'drillDown', district, ...(place ? { place } : {}) }),
    });
    const cy = graph.cy;
    mounted = graph;
    const app = start(cy, { stats, vocabulary, overview, whole: network !== null, home });
    mounted = {
      destroy() {
        app.destroy();
        graph.destroy();
        delete byId('graph').dataset.ready;
      },
    };
    setLoading(null);
    // Marks for tests and benchmarks: the full view is interactive from here.
    byId('graph').dataset.ready = 'true';
    (window as unknown as { __cluster: unknown }).__cluster = {
      cy,
      store,
      readyMs: performance.now() - t0,
      whole: network !== null,
      destroy: () => mounted?.destroy(),
    };
  } catch (err) {
    setLoading(null);
    showError(t, err, () => void boot());
  }
}

/** Opens the explorer on the start's answer, asked by entry.ts while this code was loading. */
export function run(first: Promise<StartAnswer>): void {
  // The page's lifetime: the shortcuts stay until it closes.
  mountShortcuts(store);
  void boot(first);
}
