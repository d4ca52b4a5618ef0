// The panels around the graph, each mounted in its place and wired to the store: the tools, the
// filters, the detail panel (with the editor), sign-in and curation, search, the partner search and
// the gap panel. main.ts updates them from the store; each returns its cleanup.
import type cytoscape from 'cytoscape';
import { search, type Vocabulary } from './api.ts';
import { csvBlob } from './csv.ts';
import { mountCuration, mountMetricsNote, mountOrganizationEditor, removeRecord, showSaved } from './curation/index.ts';
import { byId, download } from './dom.ts';
import type { NodeData } from './elements.ts';
import { networkQuery, organizationsCsv } from './export.ts';
import { mountGapPanel } from './gaps/index.ts';
import type { Key } from './i18n.ts';
import { mountPartnerPanel } from './partners/index.ts';
import type { Store } from './state.ts';
import { toast } from './ui/chrome.ts';
import { mountDetails } from './ui/details.ts';
import { mountFilters } from './ui/filters.ts';
import { mountSearch } from './ui/search.ts';
import { mountTools } from './ui/tools.ts';

export interface ViewsOptions {
  store: Store;
  t: (key: Key) => string;
  vocabulary: Vocabulary;
  onError: (err: unknown) => void;
  /** Loads the network anew, after an import or a merge changed it. */
  reloadNetwork: () => void;
  /** The whole network is loaded; otherwise only the overview and what the view needs. */
  whole: boolean;
  /** Selects an organisation chosen outside the graph, fetched with its district if not loaded. */
  showInContext: (id: string) => void;
}

export function mountViews(cy: cytoscape.Core, o: ViewsOptions) {
  const { store, t, vocabulary } = o;
  const dispatch = store.dispatch;
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
    onError: o.onError,
    mountEditor: (panel, id) =>
      mountOrganizationEditor(panel, id, {
        t,
        lang: store.get().lang,
        vocabulary,
        session: () => store.get().session,
        // The graph and the panel show the saved values; the node keeps its position.
        onSaved: (saved) => showSaved(cy, dispatch, saved.id).then(() => toast(t('savedNote')), o.onError),
        onDeleted: (gone) => {
          removeRecord(cy, gone);
          dispatch({ type: 'saved', id: null });
          toast(t('deletedNote'));
        },
        onCancel: () => dispatch({ type: 'stopEditing' }),
      }),
  });
  const metricsNote = mountMetricsNote(byId('refresh-note'), { t, store });
  const curation = mountCuration(byId('session'), {
    t,
    store,
    vocabulary,
    cy,
    onError: o.onError,
    reloadNetwork: o.reloadNetwork,
    whole: o.whole,
  });
  const searchView = mountSearch(byId('search-box'), {
    t,
    find: search,
    onChoose: (hit) => {
      if (hit.type === 'organization') o.showInContext(hit.id);
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
  const gaps = mountGapPanel(byId('gaps'), {
    t,
    competences: vocabulary.competences,
    dispatch,
    download,
    nameOf: (id) => (cy.getElementById(id).data('name') as string | undefined) ?? null,
  });
  return {
    tools,
    filters,
    details,
    searchView,
    partners,
    gaps,
    destroy() {
      for (const view of [tools, filters, details, searchView, partners, gaps, curation, metricsNote]) view.destroy();
    },
  };
}
