// Exports of the current view: CSV of the visible organisations and the GraphQL query that
// returns exactly what is highlighted (the filter rules are the server's, see filter.ts).
import { societies } from '../../shared/vocabulary.ts';
import { toCsv } from './csv.ts';
import type { NodeData } from './elements.ts';
import type { Lang } from './i18n.ts';
import type { Category, State } from './state.ts';

const kindsOf: Record<Exclude<Category, 'project'>, { kind: string; society?: string }> = {
  company: { kind: 'company' },
  university: { kind: 'university' },
  leibniz: { kind: 'research_institute', society: 'leibniz' },
  fraunhofer: { kind: 'research_institute', society: 'fraunhofer' },
  max_planck: { kind: 'research_institute', society: 'max_planck' },
  other_institute: { kind: 'research_institute', society: 'other' },
  actor: { kind: 'actor' },
};
const actorKinds = ['chamber', 'association', 'network', 'agency', 'ministry'];

export function organizationsCsv(lang: Lang, nodes: readonly NodeData[]): string {
  const header = [
    'id',
    'name',
    'kind',
    'category',
    'employees',
    'district',
    'place',
    'competences',
    'industries',
    'degree',
    'synthetic',
    'lat',
    'lon',
  ];
  const rows = nodes
    .filter((d) => d.nodeType === 'organization')
    .map((d) => [
      d.id,
      d.name,
      d.kind,
      d.category,
      d.employees,
      d.district,
      d.place,
      d.competences.join(';'),
      d.industries.join(';'),
      d.degree,
      d.synthetic,
      d.lat,
      d.lon,
    ]);
  return toCsv(lang, header, rows);
}

type FilterValue = readonly string[] | number | boolean;

/**
 * The network filter of the current view, field by field in a fixed order, with whether a list
 * holds enum values (kinds, societies, levels): the GraphQL query writes those bare, not as strings.
 */
function networkFilter(s: State): { name: string; value: FilterValue; enum?: true }[] {
  const f = s.filters;
  const fields: { name: string; value: FilterValue; enum?: true }[] = [];
  const shown = (Object.keys(kindsOf) as (keyof typeof kindsOf)[]).filter((c) => !f.hidden.includes(c));
  if (shown.length < Object.keys(kindsOf).length) {
    const kinds = new Set<string>();
    const chosenSocieties = new Set<string>();
    for (const c of shown) {
      const k = kindsOf[c];
      if (k.kind === 'actor') actorKinds.forEach((a) => kinds.add(a));
      else kinds.add(k.kind);
      if (k.society) chosenSocieties.add(k.society);
    }
    fields.push({ name: 'kinds', value: [...kinds], enum: true });
    if (kinds.has('research_institute') && chosenSocieties.size < societies.length)
      fields.push({ name: 'societies', value: [...chosenSocieties], enum: true });
  }
  const list = (name: string, values: readonly string[], isEnum = false) =>
    values.length > 0 && fields.push({ name, value: values, ...(isEnum ? { enum: true as const } : {}) });
  list('industries', f.industries);
  list('competences', f.competences);
  list('districts', f.districts);
  list('places', f.places);
  list('levels', f.levels, true);
  list('actionFields', f.actionFields);
  if (f.employees[0] !== null) fields.push({ name: 'minEmployees', value: f.employees[0] });
  if (f.employees[1] !== null) fields.push({ name: 'maxEmployees', value: f.employees[1] });
  if (f.years[0] !== null) fields.push({ name: 'yearFrom', value: f.years[0] });
  if (f.years[1] !== null) fields.push({ name: 'yearTo', value: f.years[1] });
  if (f.hidden.includes('project')) fields.push({ name: 'includeProjects', value: false });
  return fields;
}

function graphqlValue(v: FilterValue, isEnum: boolean): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return isEnum ? `[${v.join(', ')}]` : JSON.stringify(v);
}

/** The `network(filter: …)` query for the current filters, formatted for reading. */
export function networkQuery(s: State): string {
  const fields = networkFilter(s).map((f) => `${f.name}: ${graphqlValue(f.value, f.enum === true)}`);
  const args = fields.length ? `(filter: {\n    ${fields.join('\n    ')}\n  })` : '';
  return `# Cluster Explorer – ${s.lang === 'de' ? 'Ansicht als GraphQL' : 'view as GraphQL'} (POST /graphql)\nquery ClusterView {\n  network${args} {\n    nodeCount\n    edgeCount\n    graph\n  }\n}\n`;
}

/** The network downloads the server offers (GET /export/…), in the order of the buttons. */
export const networkDownloads = ['gexf', 'graphml', 'csv', 'graphology'] as const;
export type NetworkDownload = (typeof networkDownloads)[number];

const downloadPath: Record<NetworkDownload, string> = {
  gexf: 'network.gexf',
  graphml: 'network.graphml',
  csv: 'network.csv.zip',
  graphology: 'network.json',
};

/**
 * The download link of the network as the current filters show it: the same filter as
 * networkQuery, in the export's query string (lists comma-separated). The CSV follows the UI's
 * language like the explorer's other CSV files: semicolons for German Excel.
 */
export function networkDownloadUrl(s: State, format: NetworkDownload): string {
  const query = new URLSearchParams();
  for (const f of networkFilter(s)) query.set(f.name, Array.isArray(f.value) ? f.value.join(',') : String(f.value));
  if (format === 'csv' && s.lang === 'de') query.set('lang', 'de');
  const q = query.toString();
  return `/export/${downloadPath[format]}${q ? `?${q}` : ''}`;
}
