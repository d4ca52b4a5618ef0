// The client talks to the server only through GraphQL over HTTP, in typed documents (graphql.ts).
import { graphql, type ResultOf, type TypedDocumentString } from './graphql.ts';
import type { NetworkFilter } from './gql/graphql.ts';
import type { WireGraph } from './wire.ts';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    /** The server's error code (extensions.code), when it gave one. */
    readonly code: string | null = null,
    /** The first error's extensions: the invalid fields of BAD_USER_INPUT, what changed in a CONFLICT. */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

type Body<Result> = { data?: Result; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function post<Result>(query: string, variables: unknown, headers: Record<string, string>): Promise<Result> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      // The session cookie goes along: a signed-in user's reads include what only they may see.
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
  } catch (err) {
    throw new ApiError(`network error: ${String(err)}`);
  }
  let body: Body<Result>;
  try {
    body = (await res.json()) as Body<Result>;
  } catch {
    throw new ApiError(`HTTP ${res.status}: not JSON`);
  }
  if (body.errors?.length) {
    const extensions = body.errors[0]?.extensions ?? {};
    const code = extensions.code;
    throw new ApiError(body.errors.map((e) => e.message).join('; '), typeof code === 'string' ? code : null, extensions);
  }
  if (!body.data) throw new ApiError(`HTTP ${res.status}: no data`);
  return body.data;
}

/** Runs a typed document; its variables are required exactly when the document declares some that are. */
export function gql<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  ...[variables]: {} extends Variables ? [variables?: Variables] : [variables: Variables]
): Promise<Result> {
  return post(document.toString(), variables, {});
}

/** Runs a typed mutation as the signed-in user: the session's CSRF token goes in x-csrf-token. */
export function mutate<Result, Variables>(
  csrfToken: string | null,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  return post(document.toString(), variables, csrfToken ? { 'x-csrf-token': csrfToken } : {});
}

const StartQuery = graphql(`query Start($whole: Int!) {
  networkUpTo(maxOrganizations: $whole) { graph }
  networkOverview {
    computedAt organizations
    districts { id name organizations companies research synthetic projects researchLinkedCompanies internalTies places }
    ties { source target ties cooperations }
  }
  clusterStats { companies employees universities institutes projects cooperations syntheticOrganizations }
  competences(sort: [{ nameDe: ASC }]) { id nameDe nameEn }
  industries(sort: [{ nameDe: ASC }]) { id nameDe nameEn }
  actionFields(sort: [{ nameDe: ASC }]) { id nameDe nameEn }
  districts(sort: [{ name: ASC }]) { id name }
}`);

type Start = ResultOf<typeof StartQuery>;
export type Named = Start['competences'][number];
export type Stats = Start['clusterStats'];
export type Overview = Start['networkOverview'];
export type Vocabulary = Pick<Start, 'competences' | 'industries' | 'actionFields' | 'districts'>;

/**
 * What the explorer opens with: the network when it has at most `whole` organisations (null
 * above: the graph is too large to draw whole), the overview by district, figures and words.
 */
export interface StartAnswer {
  network: WireGraph | null;
  overview: Overview;
  stats: Stats;
  vocabulary: Vocabulary;
}

export async function loadStart(whole: number): Promise<StartAnswer> {
  const data = await gql(StartQuery, { whole });
  const { competences, industries, actionFields, districts } = data;
  return {
    network: data.networkUpTo?.graph ?? null,
    overview: data.networkOverview,
    stats: data.clusterStats,
    vocabulary: { competences, industries, actionFields, districts },
  };
}

const SearchQuery = graphql(`query Search($text: String!) { search(text: $text, limit: 12) { id type kind name secondary } }`);

const hitTypes = ['organization', 'competence', 'industry', 'place', 'district'] as const;
type HitType = (typeof hitTypes)[number];
const isHitType = (type: string): type is HitType => (hitTypes as readonly string[]).includes(type);

/** A search hit whose type (a String in the schema) is one the client knows. */
export type SearchHit = ResultOf<typeof SearchQuery>['search'][number] & { type: HitType };

export async function search(text: string): Promise<SearchHit[]> {
  const data = await gql(SearchQuery, { text });
  // A type the server adds later is left out rather than shown without a label.
  return data.search.flatMap((hit) => (isHitType(hit.type) ? [{ ...hit, type: hit.type }] : []));
}

const NeighbourhoodQuery = graphql(`query Neighbourhood($id: ID!) { neighbourhood(id: $id, hops: 1, includeMemberships: true) { graph } }`);

export async function neighbourhood(id: string): Promise<WireGraph> {
  const data = await gql(NeighbourhoodQuery, { id });
  return data.neighbourhood.graph;
}

const MembershipsQuery = graphql(`query Memberships { network(filter: { includeProjects: false, includeMemberships: true }) { graph } }`);

/** The organisations with their membership ties (no projects), for revealing memberships. */
export async function membershipNetwork(): Promise<WireGraph> {
  const data = await gql(MembershipsQuery);
  return data.network.graph;
}

const NetworkQuery = graphql(`query Network { network { graph } }`);

/** The network as the explorer starts with it, read again after an import (only when it is drawn whole). */
export async function network(): Promise<WireGraph> {
  return (await gql(NetworkQuery)).network.graph;
}

const PartNetworkQuery = graphql(`query PartNetwork($filter: NetworkFilter!) { network(filter: $filter) { graph } }`);

const DistrictOverviewQuery = graphql(`query DistrictOverview($district: ID!) {
  districtOverview(district: $district) {
    district
    places { id name lat lon organizations companies researchLinkedCompanies }
    ties { source target ties cooperations }
  }
}`);

export type DistrictOverview = NonNullable<ResultOf<typeof DistrictOverviewQuery>['districtOverview']>;

/** A district too large to draw whole, by town; null when the district is gone. */
export async function districtOverview(district: string): Promise<DistrictOverview | null> {
  return (await gql(DistrictOverviewQuery, { district })).districtOverview;
}

/** Part of a graph too large to load whole: the districts opened, or named organisations in context. */
export async function partNetwork(filter: NetworkFilter): Promise<WireGraph> {
  return (await gql(PartNetworkQuery, { filter })).network.graph;
}

/** The selection of one path, shared by the path finder and the partners' evidence. */
export const PathFields = graphql(`fragment PathFields on Path {
  length nodeIds edgeKeys steps { from { id name nodeType } to { id name nodeType } relation role year since }
}`);

export type PathResult = ResultOf<typeof PathFields>;

const ShortestPathQuery = graphql(`query ShortestPath($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { ...PathFields } }`);

export async function shortestPath(from: string, to: string): Promise<PathResult | null> {
  const data = await gql(ShortestPathQuery, { from, to });
  return data.shortestPath;
}
