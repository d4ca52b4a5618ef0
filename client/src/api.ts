// The client talks to the server only through GraphQL over HTTP.
import type { WireGraph } from './wire.ts';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    /** The server's error code (extensions.code), when it gave one. */
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (err) {
    throw new ApiError(`network error: ${String(err)}`);
  }
  let body: { data?: T; errors?: { message: string; extensions?: { code?: unknown } }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(`HTTP ${res.status}: not JSON`);
  }
  if (body.errors?.length) {
    const code = body.errors[0]?.extensions?.code;
    throw new ApiError(body.errors.map((e) => e.message).join('; '), typeof code === 'string' ? code : null);
  }
  if (!body.data) throw new ApiError(`HTTP ${res.status}: no data`);
  return body.data;
}

export interface Named {
  id: string;
  nameDe: string;
  nameEn: string;
}

export interface Vocabulary {
  competences: Named[];
  industries: Named[];
  actionFields: Named[];
  districts: { id: string; name: string }[];
}

export interface Stats {
  companies: number;
  employees: number;
  universities: number;
  institutes: number;
  projects: number;
  cooperations: number;
}

export async function loadStart(): Promise<{ network: WireGraph; stats: Stats; vocabulary: Vocabulary }> {
  const data = await gql<{
    network: { graph: WireGraph };
    clusterStats: Stats;
    competences: Named[];
    industries: Named[];
    actionFields: Named[];
    districts: { id: string; name: string }[];
  }>(`{
    network { graph }
    clusterStats { companies employees universities institutes projects cooperations }
    competences(sort: [{ nameDe: ASC }]) { id nameDe nameEn }
    industries(sort: [{ nameDe: ASC }]) { id nameDe nameEn }
    actionFields(sort: [{ nameDe: ASC }]) { id nameDe nameEn }
    districts(sort: [{ name: ASC }]) { id name }
  }`);
  const { competences, industries, actionFields, districts } = data;
  return { network: data.network.graph, stats: data.clusterStats, vocabulary: { competences, industries, actionFields, districts } };
}

export interface SearchHit {
  id: string;
  type: 'organization' | 'competence' | 'industry' | 'place' | 'district';
  kind: string | null;
  name: string;
  secondary: string | null;
}

export async function search(text: string): Promise<SearchHit[]> {
  const data = await gql<{ search: SearchHit[] }>('query ($text: String!) { search(text: $text, limit: 12) { id type kind name secondary } }', { text });
  return data.search;
}

export async function neighbourhood(id: string): Promise<WireGraph> {
  const data = await gql<{ neighbourhood: { graph: WireGraph } }>(
    'query ($id: ID!) { neighbourhood(id: $id, hops: 1, includeMemberships: true) { graph } }',
    { id },
  );
  return data.neighbourhood.graph;
}

export interface PathResult {
  length: number;
  nodeIds: string[];
  edgeKeys: string[];
  steps: { from: { id: string; name: string; nodeType: string }; to: { id: string; name: string; nodeType: string }; relation: string; role: string | null; year: number | null; since: number | null }[];
}

export async function shortestPath(from: string, to: string): Promise<PathResult | null> {
  const data = await gql<{ shortestPath: PathResult | null }>(
    `query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) {
      length nodeIds edgeKeys steps { from { id name nodeType } to { id name nodeType } relation role year since } } }`,
    { from, to },
  );
  return data.shortestPath;
}
