// The GraphQL API on the demo data: answers equal the same question asked in Cypher.
import Graph from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db.ts';
import { applySchema } from '../../server/schema.ts';
import { connect, gql, loadDemo, startApp, type RunningApp } from '../setup/db.ts';

let db: Database;
let app: RunningApp;
const logged: unknown[] = [];

async function cypherValue(query: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const session = db.driver.session({ database: db.database });
  try {
    const r = await session.run(query, params);
    return r.records[0]?.get(0);
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  db = connect();
  await loadDemo(db);
  app = await startApp(db, (e) => logged.push(e));
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('clusterStats', () => {
  it('reports the cluster profile: 2,600 companies with 38,200 employees', async () => {
    const r = await gql<{ clusterStats: Record<string, number> }>(app.url, '{ clusterStats { companies employees syntheticCompanies } }');
    expect(r.data?.clusterStats).toEqual({ companies: 2600, employees: 38200, syntheticCompanies: 2600 });
  });

  it('counts Hochschulen by kind, institutes by society, projects and ties exactly as Cypher does', async () => {
    const r = await gql<{
      clusterStats: {
        universitiesByKind: { kind: string; count: number }[];
        institutesBySociety: { kind: string; count: number }[];
        projects: number;
        cooperations: number;
        realOrganizations: number;
      };
    }>(
      app.url,
      '{ clusterStats { universitiesByKind { kind count } institutesBySociety { kind count } projects cooperations realOrganizations } }',
    );
    const s = r.data!.clusterStats;
    for (const { kind, count } of s.universitiesByKind) {
      expect(count).toBe(await cypherValue('MATCH (u:University {universityKind: $kind}) RETURN count(u)', { kind }));
    }
    expect(s.universitiesByKind.reduce((n, k) => n + k.count, 0)).toBe(55);
    expect(Object.fromEntries(s.institutesBySociety.map((k) => [k.kind, k.count]))).toEqual({
      fraunhofer: 13,
      leibniz: 30,
      max_planck: 9,
      other: 10,
    });
    expect(s.projects).toBe(await cypherValue('MATCH (p:Project) RETURN count(p)'));
    expect(s.cooperations).toBe(await cypherValue('MATCH ()-[r:COOPERATES_WITH]->() RETURN count(r)'));
    expect(s.realOrganizations).toBe(await cypherValue('MATCH (o:Organization {synthetic: false}) RETURN count(o)'));
  });
});

describe('the generated entity API', () => {
  it('filters organisations by kind and district like the equivalent Cypher', async () => {
    const r = await gql<{ companiesConnection: { aggregate: { count: { nodes: number } } } }>(
      app.url,
      `{ companiesConnection(where: { place: { district: { id: { eq: "prignitz" } } } }) { aggregate { count { nodes } } } }`,
    );
    const expected = await cypherValue(
      'MATCH (:District {id: "prignitz"})<-[:IN_DISTRICT]-(:Place)<-[:LOCATED_IN]-(c:Company) RETURN count(c)',
    );
    expect(expected).toBeGreaterThan(0);
    expect(r.errors).toBeUndefined();
    expect(r.data?.companiesConnection.aggregate.count.nodes).toBe(expected);
  });

  it('pages through companies with a cursor, sorted by head count', async () => {
    const q = `query ($after: String) { companiesConnection(first: 5, after: $after, sort: [{ employees: DESC }, { id: ASC }]) { edges { node { id employees } } pageInfo { endCursor hasNextPage } } }`;
    type Page = {
      companiesConnection: { edges: { node: { id: string; employees: number } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
    };
    const first = await gql<Page>(app.url, q);
    const second = await gql<Page>(app.url, q, { after: first.data!.companiesConnection.pageInfo.endCursor });
    const ids = [...first.data!.companiesConnection.edges, ...second.data!.companiesConnection.edges].map((e) => e.node.employees);
    expect(ids).toHaveLength(10);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect(ids[0]).toBe(await cypherValue('MATCH (c:Company) RETURN max(c.employees)'));
  });

  it('looks an organisation up by id, with its place, district and competences', async () => {
    const r = await gql<{
      organization: { shortName: string; place: { name: string }; district: { name: string }; competences: { nameDe: string }[] };
    }>(app.url, '{ organization(id: "fhg-ipk") { shortName place { name } district { name } competences { nameDe } } }');
    expect(r.data?.organization.shortName).toBe('Fraunhofer IPK');
    expect(r.data?.organization.place.name).toBe('Berlin');
    expect(r.data?.organization.district.name).toBe('Berlin');
    expect(r.data?.organization.competences.map((c) => c.nameDe)).toContain('Füge- und Schweißtechnik');
  });

  it('is read-only for the public: no generated mutations, and every mutation asks an anonymous caller to sign in', async () => {
    const r = await gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      app.url,
      '{ __schema { mutationType { fields { name } } } }',
    );
    const names = r.data?.__schema.mutationType.fields.map((f) => f.name) ?? [];
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => /^(create|update|delete)(Companies|Organizations|Projects|Universities)/.test(n))).toEqual([]);
    const anonymous = await gql(app.url, 'mutation { deleteOrganization(id: "fhg-ipk", version: 0) }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('search', () => {
  it('finds Fraunhofer IPK by part of its name, first', async () => {
    const r = await gql<{ search: { id: string; type: string }[] }>(app.url, '{ search(text: "Fraunhofer IPK") { id type } }');
    expect(r.data?.search[0]).toEqual({ id: 'fhg-ipk', type: 'organization' });
  });

  it('finds competences and places too', async () => {
    const r = await gql<{ search: { id: string; type: string }[] }>(app.url, '{ search(text: "Leichtb", limit: 5) { id type } }');
    expect(r.data?.search).toContainEqual({ id: 'leichtbau', type: 'competence' });
    const p = await gql<{ search: { id: string; type: string }[] }>(app.url, '{ search(text: "Eisenhüttenstadt") { id type } }');
    expect(p.data?.search.map((h) => h.type)).toContain('place');
  });
});

describe('network', () => {
  it('returns every organisation and project with its stored layout position, in graphology format', async () => {
    const r = await gql<{ network: { nodeCount: number; edgeCount: number; graph: unknown } }>(
      app.url,
      '{ network { nodeCount edgeCount graph } }',
    );
    const { nodeCount, edgeCount, graph } = r.data!.network;
    const g = Graph.from(graph as never);
    expect(g.order).toBe(nodeCount);
    expect(g.size).toBe(edgeCount);
    const orgs = (await cypherValue('MATCH (o:Organization) RETURN count(o)')) as number;
    const projects = (await cypherValue('MATCH (p:Project) RETURN count(p)')) as number;
    expect(nodeCount).toBe(orgs + projects);
    const participations = (await cypherValue('MATCH ()-[r:PARTICIPATES_IN]->() RETURN count(r)')) as number;
    const cooperations = (await cypherValue('MATCH ()-[r:COOPERATES_WITH]->() RETURN count(r)')) as number;
    expect(edgeCount).toBe(participations + cooperations);
    g.forEachNode((_key, a) => {
      expect(typeof a.x).toBe('number');
      expect(typeof a.y).toBe('number');
    });
  });

  it('narrows to a district and kind, keeping only the ties among what is shown', async () => {
    const r = await gql<{ network: { nodeCount: number; graph: { nodes: { attributes: { kind: string; district?: string } }[] } } }>(
      app.url,
      '{ network(filter: { kinds: [company], districts: ["prignitz"], includeProjects: false }) { nodeCount graph } }',
    );
    const expected = await cypherValue(
      'MATCH (:District {id: "prignitz"})<-[:IN_DISTRICT]-(:Place)<-[:LOCATED_IN]-(c:Company) RETURN count(c)',
    );
    expect(r.data?.network.nodeCount).toBe(expected);
    expect(new Set(r.data?.network.graph.nodes.map((n) => `${n.attributes.kind}/${n.attributes.district}`))).toEqual(
      new Set(['company/prignitz']),
    );
  });
});

describe('network filters for the legend', () => {
  it('narrows research institutes to chosen societies and leaves other kinds alone', async () => {
    const r = await gql<{ only: { nodeCount: number }; mixed: { nodeCount: number } }>(
      app.url,
      `{ only: network(filter: { kinds: [research_institute], societies: [fraunhofer], includeProjects: false }) { nodeCount }
         mixed: network(filter: { kinds: [research_institute, university], societies: [max_planck], includeProjects: false }) { nodeCount } }`,
    );
    expect(r.data?.only.nodeCount).toBe(13);
    expect(r.data?.mixed.nodeCount).toBe(9 + 55);
  });
});

describe('bad arguments and internal errors', () => {
  it('names the argument, the value and what is allowed', async () => {
    const r = await gql(app.url, '{ search(text: "Guss", limit: 0) { id } }');
    expect(r.errors?.[0]?.message).toBe('Argument "limit": must be a whole number from 1 to 100, got 0.');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Fixed value sets are enums: the schema names the value and GraphQL lists the allowed ones.
    const k = await gql(app.url, 'query ($kinds: [OrganizationKind!]) { network(filter: { kinds: $kinds }) { nodeCount } }', {
      kinds: ['firm'],
    });
    expect(k.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(k.errors?.[0]?.message).toMatch(/Value "firm" does not exist in "OrganizationKind" enum/);
  });

  it('turns a negative limit on a generated query into a bad-input error', async () => {
    const r = await gql(app.url, '{ organizations(limit: -1) { id } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toBe('organizations(limit): must be a whole number ≥ 0, got -1.');
  });

  it('rejects unknown fields before touching the database', async () => {
    const r = await gql(app.url, '{ organizations { salary } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('hides a failing statement behind "Unexpected error." with no Cypher, host or stack', async () => {
    const session = db.driver.session({ database: db.database });
    try {
      await session.run('DROP INDEX search_organizations');
      logged.length = 0; // only what this request logs counts
      const r = await gql(app.url, '{ search(text: "Fraunhofer") { id } }');
      expect(r.errors?.[0]).toEqual({
        message: 'Unexpected error.',
        path: ['search'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
      });
      expect(logged.length).toBeGreaterThan(0);
    } finally {
      await session.close();
      await applySchema(db);
    }
  });
});
