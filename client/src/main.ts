// Wires the store to the graph, the panels and the URL. Every view is a function of the store;
// this file only reacts to state changes; loader.ts asks the API what the state needs.
import type cytoscape from 'cytoscape';
import { ApiError, loadStart, search, shortestPath, type Stats, type Vocabulary } from './api.ts';
import { csvBlob } from './csv.ts';
import { byId, download } from './dom.ts';
import { toElements, type NodeData } from './elements.ts';
import { organizationsCsv, networkQuery } from './export.ts';
import { createNetworkExtras } from './graph/extras.ts';
import { applyAppearance, type Extras } from './graph/appearance.ts';
import { applyPositions, positionsFor, showDistricts } from './graph/layouts.ts';
import { showOverview } from './graph/overview.ts';
import { mountGraph } from './graph/view.ts';
import { fetchIntroductions, fetchLens, fetchMetricsStatus, fetchReport } from './gaps/index.ts';
import { lensView, type LensView } from './gaps/index.ts';
import { translate, type Key } from './i18n.ts';
import { answerFor, type Slot } from './fetched.ts';
import { mountLoader, partnerKey, pathKey } from './loader.ts';
import { mountCuration, mountMetricsNote, mountOrganizationEditor, removeRecord, showSaved } from './curation/index.ts';
import { createStore, type LayoutName, type State } from './state.ts';
import { relabelStatic, renderStats, setLoading, showError, toast } from './ui/chrome.ts';
import { mountDetails } from './ui/details.ts';
import { mountFilters } from './ui/filters.ts';
import { mountSearch } from './ui/search.ts';
import { evidenceHighlight } from './partners/index.ts';
import { fetchPartners, mountPartnerPanel } from './partners/index.ts';
import { mountGapPanel } from './gaps/index.ts';
import { renderPath } from './ui/path.ts';
import { mountTools } from './ui/tools.ts';
import { decodeState, encodeState, historyMode } from './url-state.ts';

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

function start(cy: cytoscape.Core, stats: Stats, vocabulary: Vocabulary, home: Map<string, { x: number; y: number }>): Mount {
  const dispatch = store.dispatch;
  const extrasState: Extras = { path: null, lens: null, lensFocus: null };
  const network = createNetworkExtras(cy, { onError: report, onChange: () => render(store.get(), store.get()) });

  const visibleNodes = (): NodeData[] =>
    cy
      .nodes('[nodeType]')
      .filter((n) => !n.hasClass('hidden') && !n.hasClass('faded'))
      .map((n) => n.data() as NodeData);
  const tools = mountTools(byId('tools'), {
    t,
    dispatch,
    exportPng: () => download('cluster-explorer.png', cy.png({ output: 'blob', bg: '#ffffff', full: false, scale: 2 }) as unknown as Blob),
    exportCsv: () => download('cluster-explorer.csv', csvBlob(organizationsCsv(store.get().lang, visibleNodes()))),
    copyGraphql: () => {
      const text = networkQuery(store.get());
      byId('graph').dataset.graphql = text;
      navigator.clipboard?.writeText(text).then(
        () => toast(t('copied')),
        () => toast(text),
      );
    },
  });
  const filters = mountFilters(byId('filters'), { t, lang: () => store.get().lang, vocabulary, dispatch });
  const details = mountDetails(byId('details'), {
    t,
    lang: () => store.get().lang,
    dispatch,
    isProject: (id) => cy.getElementById(id).data('nodeType') === 'project',
    onError: report,
    mountEditor: (panel, id) =>
      mountOrganizationEditor(panel, id, {
        t,
        lang: store.get().lang,
        vocabulary,
        session: () => store.get().session,
        // The graph and the panel show the saved values; the node keeps its position.
        onSaved: (saved) => showSaved(cy, dispatch, saved.id).then(() => toast(t('savedNote')), report),
        onDeleted: (gone) => {
          removeRecord(cy, gone);
          dispatch({ type: 'saved', id: null });
          toast(t('deletedNote'));
        },
        onCancel: () => dispatch({ type: 'stopEditing' }),
      }),
  });
  const metricsNote = mountMetricsNote(byId('refresh-note'), { t, store });
  const curation = mountCuration(byId('session'), { t, store, vocabulary, cy, onError: report, reloadNetwork: () => void boot() });
  const searchView = mountSearch(byId('search-box'), {
    t,
    find: search,
    onChoose: (hit) => {
      if (hit.type === 'organization') dispatch({ type: 'select', id: hit.id });
      else if (hit.type === 'competence') dispatch({ type: 'addToList', filter: 'competences', value: hit.id });
      else if (hit.type === 'industry') dispatch({ type: 'addToList', filter: 'industries', value: hit.id });
      else if (hit.type === 'district') dispatch({ type: 'addToList', filter: 'districts', value: hit.id });
      else {
        const district = cy
          .nodes('[nodeType]')
          .filter((n) => n.data('place') === hit.id)
          .first()
          .data('district') as string | undefined;
        if (district) dispatch({ type: 'addToList', filter: 'districts', value: district });
      }
    },
  });

  const partners = mountPartnerPanel(byId('partners'), { t, vocabulary, dispatch, download });
  let shownPanels = '';
  let lensFocused = '';
  const gaps = mountGapPanel(byId('gaps'), {
    t,
    competences: vocabulary.competences,
    dispatch,
    download,
    nameOf: (id) => (cy.getElementById(id).data('name') as string | undefined) ?? null,
  });
  /** Fits the graph to what a report row stands for, once per row picked. */
  const focusLens = (focus: LensView['focus']) => {
    if (!focus || focus.key === lensFocused) return;
    lensFocused = focus.key;
    let nodes = cy.collection();
    if (focus.ids) for (const id of focus.ids) nodes = nodes.union(cy.getElementById(id));
    else if (focus.district) nodes = cy.nodes('[nodeType]').filter((n) => n.data('district') === focus.district);
    else nodes = cy.nodes('[nodeType]').filter((n) => !n.hasClass('faded') && !n.hasClass('hidden'));
    if (nodes.empty()) return;
    cy.fit(nodes, 50);
    // One organisation (or a few close together) is shown in its neighbourhood, not filling the view.
    if (cy.zoom() > 1.6) cy.zoom(1.6).center(nodes);
  };
  const chosenPartner = (s: State) =>
    s.partners?.chosen
      ? (answerFor(s.fetched.partners, partnerKey(s.partners))?.partners.find((r) => r.organization.id === s.partners?.chosen) ?? null)
      : null;
  const pathHighlight = (s: State) => {
    const path = s.path ? answerFor(s.fetched.path, pathKey(s.path)) : null;
    return path ? { nodeIds: path.nodeIds, edgeKeys: path.edgeKeys } : null;
  };

  const districtNames = new Map(vocabulary.districts.map((d) => [d.id, d.name]));
  const arrange = (layout: LayoutName) => {
    showOverview(cy, layout === 'districts', districtNames);
    showDistricts(cy, layout === 'geo' || layout === 'districts');
    if (layout !== 'districts') applyPositions(cy, positionsFor(cy, layout, home));
  };

  let lastLook: readonly unknown[] = [];
  let restoring = false;
  let first = true; // the first render normalises the URL in place: Back leaves the app at once
  const render = (s: State, prev: State) => {
    if (!restoring && encodeState(s) !== location.search) {
      const url = `${location.pathname}${encodeState(s)}`;
      if (historyMode(prev, s) === 'push' && !first) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    if (s.lang !== prev.lang || s.layout !== prev.layout) {
      relabelStatic(t, s.lang, s.layout, synthetic);
      searchView.relabel();
    }
    const rearranged = s.layout !== prev.layout || s.filters.districts !== prev.filters.districts;
    if (s.layout !== prev.layout) arrange(s.layout);
    network.sync(s);
    const chosen = chosenPartner(s);
    gaps.update(s);
    const lens: LensView | null = lensView(s);
    const lensFocus = lens?.focus ?? null;
    const look = [chosen, lens?.classes, lensFocus?.key, lens?.path ? s.gaps?.row : null, s.fetched.path];
    // Most answers change a panel, not the graph: the full pass over every element is skipped
    // when only an answer arrived and what the graph derives from it is unchanged.
    const answerOnly =
      s !== prev && s.fetched !== prev.fetched && (Object.keys(s) as (keyof State)[]).every((k) => k === 'fetched' || s[k] === prev[k]);
    if (!answerOnly || look.some((x, i) => x !== lastLook[i])) {
      lastLook = look;
      extrasState.path = chosen ? evidenceHighlight(chosen) : (lens?.path ?? pathHighlight(s));
      extrasState.lens = lens?.classes ?? null;
      extrasState.lensFocus = lensFocus?.ids && lensFocus.ids.length <= 60 ? new Set(lensFocus.ids) : null;
      const { visible } = applyAppearance(cy, s, extrasState);
      byId('graph').dataset.visible = String(visible);
      renderStats(t, s.lang, stats, visible);
    }
    if (!s.gaps) lensFocused = '';
    if (rearranged) cy.fit(cy.elements(':visible'), 30);
    tools.update(s);
    filters.update(s);
    details.update(s);
    renderPath(byId('path-info'), s, t, dispatch);
    // Show the whole connection once it arrives: it usually runs far across the network.
    const path = s.fetched.path !== prev.fetched.path ? pathHighlight(s) : null;
    if (path)
      cy.fit(
        path.nodeIds.reduce((acc, id) => acc.union(cy.getElementById(id)), cy.collection()),
        80,
      );
    partners.update(s);
    // One side panel at a time: the partner search and the gap lens win over the detail panel.
    if (s.partners || s.gaps) byId('details').hidden = true;
    // A side panel opening or closing resizes the graph: Cytoscape must know before it fits anything.
    const panels = ['details', 'partners', 'gaps'].map((id) => (byId(id).hidden ? '0' : '1')).join('');
    if (panels !== shownPanels) {
      shownPanels = panels;
      cy.resize();
    }
    focusLens(lensFocus);
    if (chosen && s.partners?.chosen !== prev.partners?.chosen) {
      const node = cy.getElementById(chosen.organization.id);
      const evidence = (extrasState.path?.nodeIds ?? []).reduce((acc, id) => acc.union(cy.getElementById(id)), node);
      if (node.nonempty()) cy.fit(evidence, 60);
    }
    if (s.selected && s.selected !== prev.selected && !tapped) {
      const node = cy.getElementById(s.selected);
      if (node.nonempty()) cy.viewport({ zoom: Math.max(cy.zoom(), 1.2), pan: { x: 0, y: 0 } }).center(node);
    }
    tapped = false;
    first = false;
    if (s.selected !== prev.selected && s.selected) byId('details').focus({ preventScroll: true });
  };

  const unsubscribe = store.subscribe(render);
  const onPopState = () => {
    restoring = true;
    store.dispatch({ type: 'replace', state: decodeState(location.search) });
    restoring = false;
  };
  window.addEventListener('popstate', onPopState);
  const initial = store.get();
  relabelStatic(t, initial.lang, initial.layout, synthetic);
  if (initial.layout !== 'force') arrange(initial.layout);
  render(initial, { ...initial, selected: null, filters: { ...initial.filters } });
  // After the first render: the loader's first questions refresh the views through the store.
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
  return {
    destroy() {
      loader.destroy();
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
      for (const view of [tools, filters, details, searchView, partners, gaps, network, curation, metricsNote]) view.destroy();
    },
  };
}

// A selection made by tapping the graph needs no centring: the node is where the user looked.
let tapped = false;
// The graph and everything wired to it; a retry after a failed start begins from nothing.
let mounted: Mount | null = null;

async function boot(): Promise<void> {
  mounted?.destroy();
  mounted = null;
  relabelStatic(t, store.get().lang, store.get().layout, synthetic);
  setLoading(t('loadingNetwork'));
  try {
    const t0 = performance.now();
    const { network, stats, vocabulary } = await loadStart();
    synthetic = stats.syntheticOrganizations > 0;
    const elements = toElements(network);
    const home = new Map(elements.nodes.map((n) => [n.data.id, n.position]));
    const graph = mountGraph(byId('graph'), elements, {
      onTap: (id) => {
        tapped = true;
        store.dispatch({ type: 'select', id });
      },
      onDoubleTap: (id) => store.dispatch({ type: 'toggleExpanded', id }),
      onDistrict: (district) => store.dispatch({ type: 'drillDown', district }),
    });
    const cy = graph.cy;
    mounted = graph;
    const app = start(cy, stats, vocabulary, home);
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
      destroy: () => mounted?.destroy(),
    };
  } catch (err) {
    setLoading(null);
    showError(t, err, () => void boot());
  }
}

/** Keyboard: "/" jumps to the search box, Escape closes the panel (or the path box) and clears focus; the language button. */
function mountShortcuts(): Mount {
  const onKey = (e: KeyboardEvent) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement;
    // A dialog or a form handles its own keys (Escape cancels it, not the selection).
    if (e.target instanceof Element && e.target.closest('dialog, form')) return;
    if (e.key === '/' && !typing) {
      e.preventDefault();
      document.getElementById('search')?.focus();
    } else if (e.key === 'Escape' && !typing) {
      const s = store.get();
      if (s.path || s.pathFrom) store.dispatch({ type: 'clearPath' });
      else if (s.focus) store.dispatch({ type: 'clearFocus' });
      else if (s.selected) store.dispatch({ type: 'select', id: null });
    }
  };
  const onLang = () => store.dispatch({ type: 'setLang', lang: store.get().lang === 'de' ? 'en' : 'de' });
  document.addEventListener('keydown', onKey);
  byId('lang').addEventListener('click', onLang);
  return {
    destroy() {
      document.removeEventListener('keydown', onKey);
      byId('lang').removeEventListener('click', onLang);
    },
  };
}

// The page's lifetime: the shortcuts stay until it closes.
mountShortcuts();
void boot();
