// Exports of the current view: CSV of the visible organisations and the GraphQL query that
// returns exactly what is highlighted (the filter rules are the server's, see filter.ts).
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

// Kinds, societies and levels are enums in the schema: written bare, not as strings.
const enums = (values: readonly string[]): string => `[${values.join(', ')}]`;

/** The `network(filter: …)` query for the current filters, formatted for reading. */
export function networkQuery(s: State): string {
  const f = s.filters;
  const fields: string[] = [];
  const shown = (Object.keys(kindsOf) as (keyof typeof kindsOf)[]).filter((c) => !f.hidden.includes(c));
  if (shown.length < Object.keys(kindsOf).length) {
    const kinds = new Set<string>();
    const societies = new Set<string>();
    for (const c of shown) {
      const k = kindsOf[c];
      if (k.kind === 'actor') actorKinds.forEach((a) => kinds.add(a));
      else kinds.add(k.kind);
      if (k.society) societies.add(k.society);
    }
    fields.push(`kinds: ${enums([...kinds])}`);
    const allSocieties = ['leibniz', 'fraunhofer', 'max_planck', 'other'];
    if (kinds.has('research_institute') && societies.size < allSocieties.length) fields.push(`societies: ${enums([...societies])}`);
  }
  const list = (name: string, values: readonly string[]) => values.length > 0 && fields.push(`${name}: ${JSON.stringify(values)}`);
  const enumList = (name: string, values: readonly string[]) => values.length > 0 && fields.push(`${name}: ${enums(values)}`);
  list('industries', f.industries);
  list('competences', f.competences);
  list('districts', f.districts);
  enumList('levels', f.levels);
  list('actionFields', f.actionFields);
  if (f.employees[0] !== null) fields.push(`minEmployees: ${f.employees[0]}`);
  if (f.employees[1] !== null) fields.push(`maxEmployees: ${f.employees[1]}`);
  if (f.years[0] !== null) fields.push(`yearFrom: ${f.years[0]}`);
  if (f.years[1] !== null) fields.push(`yearTo: ${f.years[1]}`);
  if (f.hidden.includes('project')) fields.push('includeProjects: false');
  const args = fields.length ? `(filter: {\n    ${fields.join('\n    ')}\n  })` : '';
  return `# Cluster Explorer – ${s.lang === 'de' ? 'Ansicht als GraphQL' : 'view as GraphQL'} (POST /graphql)\nquery ClusterView {\n  network${args} {\n    nodeCount\n    edgeCount\n    graph\n  }\n}\n`;
}
