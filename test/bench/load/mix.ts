// The fixed mixes the load benchmark sends. Typical: what the explorer and API users ask, in the
// client's own words (client/src/…) or the README's; every connection walks the list in this order,
// so an entry's weight is how often it appears in one cycle of ten. Abusive: what a hostile or
// careless client sends, all from one client identity.
import { orgQuery } from '../../../client/src/detail-queries.ts';
import { PartnersQuery } from '../../../client/src/partners/types.ts';
import { brokerId } from '../../../seed/planted.ts';

export type Field = 'search' | 'organizationDetails' | 'neighbourhood' | 'clusterStats' | 'companiesConnection' | 'transferPartners';

export interface Question {
  /** The query's top-level field: the baseline's route is /plain/<field>. */
  field: Field;
  query: string;
  variables: Record<string, unknown>;
}

// As client/src/api.ts sends them (search box, the graph's "expand", the start page's figures).
const searchQuery = 'query ($text: String!) { search(text: $text, limit: 12) { id type kind name secondary } }';
const neighbourhoodQuery = 'query ($id: ID!) { neighbourhood(id: $id, hops: 1, includeMemberships: true) { graph } }';
const statsQuery = '{ clusterStats { companies employees universities institutes projects cooperations } }';
// The README's example page, sorted so that a page is the same page every time.
const companiesQuery = `query ($district: ID!) { companiesConnection(first: 10, sort: [{ name: ASC }], where: { place: { district: { id: { eq: $district } } } }) {
  aggregate { count { nodes } } edges { node { id name employees } } pageInfo { hasNextPage endCursor } } }`;
// As client/src/partners/panel.ts sends it for a firm, with the panel's default kinds.
const partnersQuery = PartnersQuery.toString();

const ask = (field: Field, query: string, variables: Record<string, unknown>): Question => ({ field, query, variables });

/** Ten requests a cycle: search 3, organizationDetails 2, neighbourhood 2, clusterStats 1, companiesConnection 1, transferPartners 1. */
export const typicalMix: readonly Question[] = [
  ask('search', searchQuery, { text: 'Fraunhofer' }),
  ask('organizationDetails', orgQuery, { id: 'fhg-ipk' }),
  ask('neighbourhood', neighbourhoodQuery, { id: 'fhg-ipk' }),
  ask('search', searchQuery, { text: 'Stahlbau' }),
  ask('clusterStats', statsQuery, {}),
  ask('organizationDetails', orgQuery, { id: 'co-0042' }),
  ask('companiesConnection', companiesQuery, { district: 'prignitz' }),
  ask('neighbourhood', neighbourhoodQuery, { id: 'co-0042' }),
  ask('search', searchQuery, { text: 'Cottbus' }),
  ask('transferPartners', partnersQuery, {
    org: brokerId(),
    competences: null,
    kinds: ['university', 'research_institute', 'company'],
    near: null,
    max: null,
  }),
];

export function weights(mix: readonly Question[]): Record<string, number> {
  const w: Record<string, number> = {};
  for (const q of mix) w[q.field] = (w[q.field] ?? 0) + 1;
  return w;
}

// Depth: partners of partners … five levels down from a hub, each level a list.
const nested = (depth: number): string => (depth === 0 ? 'id name' : `id name cooperationPartners { ${nested(depth - 1)} }`);

/** What one abusive client cycles through; each kind is sent equally often. */
export const abusiveMix: readonly { kind: string; body: unknown }[] = [
  {
    kind: 'deep nesting (cooperationPartners × 5, projects → participants → projects)',
    body: {
      query: `{ organization(id: "fhg-ipk") { ${nested(5)}
      projects { participants { name projects { title participants { name } } } } } }`,
    },
  },
  {
    kind: 'alias flood (100 × search)',
    body: {
      query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: search(text: "GmbH ${i % 10}", limit: 100) { id name }`).join(' ')} }`,
    },
  },
  {
    kind: 'whole network with memberships',
    body: { query: '{ network(filter: { includeMemberships: true }) { nodeCount edgeCount graph } }' },
  },
  {
    kind: 'two-hop neighbourhood of a hub, 2,000 organisations',
    body: { query: '{ neighbourhood(id: "fhg-ipk", hops: 2, includeMemberships: true, limit: 2000) { graph } }' },
  },
  {
    kind: 'every organisation with its projects and their participants',
    body: { query: '{ organizations { id name projects { title participants { id name } } } }' },
  },
];
