// neighbourhood and shortestPath: exact answers on a hand-made cluster, the query plans Neo4j
// chooses for them, and the planted broker of the demo data.
import Graph from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../server/cypher.ts';
import type { Database } from '../../server/db.ts';
import type { Dataset, OrganizationRow } from '../../seed/dataset.ts';
import { loadDataset } from '../../seed/load.ts';
import { BROKER_GROUP_IDS, BROKER_ID } from '../../seed/planted.ts';
import { tinyDataset } from '../fixtures/tiny.ts';
import { connect, freshDatabase, gql, loadDemo, planOperators, startApp, type RunningApp } from '../setup/db.ts';

// ri-a ─pr-1(2020)─ co-b ─pr-3(2022)─ co-e ~ co-d ─pr-2(2018)─ co-c, and co-c ~> co-b (since 2019,
// stored from co-c); ri-a and co-i are members of the chamber ch-h, co-i has no other tie.
function explorerDataset(): Dataset {
  const org = (id: string, kind: OrganizationRow['kind']): OrganizationRow => ({
    id,
    kind,
    name: `Org ${id}`,
    shortName: id,
    placeId: 'berlin',
    lat: 52.52,
    lon: 13.4,
    synthetic: true,
  });
  const project = (id: string, year: number) => ({
    id,
    title: `Project ${id}`,
    level: 'regional' as const,
    start: `${year}-01-01`,
    end: `${year + 1}-12-31`,
    programme: 'Test',
    synthetic: true,
    actionFieldId: 'innovation',
    competenceIds: [],
  });
  return {
    ...tinyDataset(),
    organizations: [
      org('ri-a', 'research_institute'),
      org('co-b', 'company'),
      org('co-c', 'company'),
      org('co-d', 'company'),
      org('co-e', 'company'),
      org('co-i', 'company'),
      org('ch-h', 'chamber'),
    ],
    orgCompetences: [],
    orgIndustries: [],
    projects: [project('pr-1', 2020), project('pr-2', 2018), project('pr-3', 2022)],
    participations: [
      { orgId: 'ri-a', projectId: 'pr-1', role: 'lead' },
      { orgId: 'co-b', projectId: 'pr-1', role: 'partner' },
      { orgId: 'co-c', projectId: 'pr-2', role: 'lead' },
      { orgId: 'co-d', projectId: 'pr-2', role: 'partner' },
      { orgId: 'co-e', projectId: 'pr-3', role: 'lead' },
      { orgId: 'co-b', projectId: 'pr-3', role: 'partner' },
    ],
    cooperations: [
      { fromId: 'co-c', toId: 'co-b', since: 2019, kind: 'development', synthetic: true },
      { fromId: 'co-d', toId: 'co-e', since: 2015, kind: 'supply', synthetic: true },
    ],
    memberships: [
      { orgId: 'ri-a', targetId: 'ch-h', since: 2010, synthetic: true },
      { orgId: 'co-i', targetId: 'ch-h', since: 2012, synthetic: true },
    ],
  };
}

let db: Database;
let app: RunningApp;

beforeAll(async () => {
  db = connect();
  app = await startApp(db);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

interface Wire {
  attributes: Record<string, unknown>;
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}
interface PathResult {
  length: number;
  nodeIds: string[];
  edgeKeys: string[];
  steps: {
    from: { id: string; nodeType: string };
    to: { id: string; nodeType: string };
    relation: string;
    role: string | null;
    since: number | null;
    year: number | null;
  }[];
}

const neighbourhoodQuery = `query ($id: ID!, $hops: Int, $includeMemberships: Boolean, $limit: Int) {
  neighbourhood(id: $id, hops: $hops, includeMemberships: $includeMemberships, limit: $limit) { nodeCount edgeCount graph } }`;
const pathQuery = `query ($from: ID!, $to: ID!, $includeMemberships: Boolean, $maxHops: Int) {
  shortestPath(from: $from, to: $to, includeMemberships: $includeMemberships, maxHops: $maxHops) {
    length nodeIds edgeKeys steps { from { id nodeType } to { id nodeType } relation role since year } } }`;

async function neighbourhood(variables: Record<string, unknown>): Promise<Wire> {
  const r = await gql<{ neighbourhood: { nodeCount: number; edgeCount: number; graph: Wire } }>(app.url, neighbourhoodQuery, variables);
  expect(r.errors).toBeUndefined();
  const { nodeCount, edgeCount, graph } = r.data!.neighbourhood;
  const g = Graph.from(graph as never); // proves it is valid graphology: no dangling edge, no duplicate key
  expect([g.order, g.size]).toEqual([nodeCount, edgeCount]);
  return graph;
}

const hops = (g: Wire) => Object.fromEntries(g.nodes.map((n) => [n.key, n.attributes.hop]));
const edgeKeys = (g: Wire) => g.edges.map((e) => e.key).sort();

const path = (variables: Record<string, unknown>) => gql<{ shortestPath: PathResult | null }>(app.url, pathQuery, variables);

async function networkEdgeKeys(): Promise<Set<string>> {
  const r = await gql<{ network: { graph: Wire } }>(app.url, '{ network(filter: { includeMemberships: true }) { graph } }');
  return new Set(r.data!.network.graph.edges.map((e) => e.key));
}

/** The operator names of the plan Neo4j makes for a statement, without the "@neo4j" suffix. */

describe('on a hand-made cluster', () => {
  beforeAll(async () => {
    await freshDatabase(db);
    await loadDataset(db, explorerDataset());
  });

  describe('neighbourhood', () => {
    it('puts the centre at hop 0 and its project and the project partner at hop 1, nothing else', async () => {
      const g = await neighbourhood({ id: 'ri-a' });
      expect(g.attributes).toMatchObject({ center: 'ri-a', hops: 1, truncated: false });
      expect(hops(g)).toEqual({ 'ri-a': 0, 'co-b': 1, 'pr-1': 1 });
      expect(edgeKeys(g)).toEqual(['co-b>pr-1', 'ri-a>pr-1']);
    });

    it('adds at hop 2 the partners of hop-1 organisations and their other projects, with all ties among them', async () => {
      const g = await neighbourhood({ id: 'ri-a', hops: 2 });
      expect(hops(g)).toEqual({ 'ri-a': 0, 'co-b': 1, 'pr-1': 1, 'co-c': 2, 'co-e': 2, 'pr-3': 2 });
      expect(edgeKeys(g)).toEqual(['co-b>pr-1', 'co-b>pr-3', 'co-c~co-b', 'co-e>pr-3', 'ri-a>pr-1']);
      expect(g.nodes.find((n) => n.key === 'co-b')?.attributes.degree).toBe(3);
    });

    it('contains the 1-hop neighbourhood, with the same hops, in the 2-hop one', async () => {
      for (const includeMemberships of [false, true]) {
        const one = await neighbourhood({ id: 'ri-a', hops: 1, includeMemberships });
        const two = await neighbourhood({ id: 'ri-a', hops: 2, includeMemberships });
        expect(hops(two)).toMatchObject(hops(one));
        expect(edgeKeys(two)).toEqual(expect.arrayContaining(edgeKeys(one)));
      }
    });

    it('crosses memberships only when asked', async () => {
      expect(hops(await neighbourhood({ id: 'ri-a', hops: 2, includeMemberships: false }))).not.toHaveProperty('ch-h');
      const g = await neighbourhood({ id: 'ri-a', hops: 2, includeMemberships: true });
      expect(hops(g)).toMatchObject({ 'ch-h': 1, 'co-i': 2 });
      expect(edgeKeys(g)).toEqual(expect.arrayContaining(['ri-a^ch-h', 'co-i^ch-h']));
      expect(g.edges.find((e) => e.key === 'co-i^ch-h')?.attributes).toMatchObject({ kind: 'membership', since: 2012 });
    });

    it('keeps at most limit organisations, nearest first then by id, and says it cut some', async () => {
      const g = await neighbourhood({ id: 'ri-a', hops: 2, limit: 3 });
      expect(hops(g)).toEqual({ 'ri-a': 0, 'co-b': 1, 'pr-1': 1, 'co-c': 2, 'pr-3': 2 });
      expect(g.attributes.truncated).toBe(true);
      const centreOnly = await neighbourhood({ id: 'ri-a', hops: 2, limit: 1 });
      expect(hops(centreOnly)).toEqual({ 'ri-a': 0, 'pr-1': 1 });
    });

    it('rejects hops outside 1..2 and limit outside 1..2000, naming the argument', async () => {
      for (const [variables, argument] of [
        [{ hops: 0 }, 'hops'],
        [{ hops: 3 }, 'hops'],
        [{ limit: 0 }, 'limit'],
        [{ limit: 2001 }, 'limit'],
      ] as const) {
        const r = await gql(app.url, neighbourhoodQuery, { id: 'ri-a', ...variables });
        expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      }
    });

    it('answers NOT_FOUND with the id for an unknown organisation', async () => {
      const r = await gql(app.url, neighbourhoodQuery, { id: 'no-such-org' });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'no-such-org' });
      expect(r.errors?.[0]?.message).toContain('"no-such-org"');
    });
  });

  describe('shortestPath', () => {
    it('goes organisation → project → organisation → organisation, with years, roles and the network edge keys', async () => {
      const r = await path({ from: 'ri-a', to: 'co-c' });
      expect(r.errors).toBeUndefined();
      expect(r.data?.shortestPath).toEqual({
        length: 3,
        nodeIds: ['ri-a', 'pr-1', 'co-b', 'co-c'],
        edgeKeys: ['ri-a>pr-1', 'co-b>pr-1', 'co-c~co-b'],
        steps: [
          {
            from: { id: 'ri-a', nodeType: 'organization' },
            to: { id: 'pr-1', nodeType: 'project' },
            relation: 'participation',
            role: 'lead',
            since: null,
            year: 2020,
          },
          {
            from: { id: 'pr-1', nodeType: 'project' },
            to: { id: 'co-b', nodeType: 'organization' },
            relation: 'participation',
            role: 'partner',
            since: null,
            year: 2020,
          },
          {
            from: { id: 'co-b', nodeType: 'organization' },
            to: { id: 'co-c', nodeType: 'organization' },
            relation: 'cooperation',
            role: null,
            since: 2019,
            year: null,
          },
        ],
      });
      const network = await networkEdgeKeys();
      for (const key of r.data!.shortestPath!.edgeKeys) expect(network, key).toContain(key);
    });

    it('is null when the organisations are not connected, and crosses memberships only when asked', async () => {
      expect((await path({ from: 'ri-a', to: 'co-i' })).data?.shortestPath).toBeNull();
      const r = await path({ from: 'ri-a', to: 'co-i', includeMemberships: true });
      expect(r.data?.shortestPath?.edgeKeys).toEqual(['ri-a^ch-h', 'co-i^ch-h']);
      expect(r.data?.shortestPath?.steps.map((s) => [s.relation, s.since])).toEqual([
        ['membership', 2010],
        ['membership', 2012],
      ]);
      const network = await networkEdgeKeys();
      for (const key of r.data!.shortestPath!.edgeKeys) expect(network, key).toContain(key);
    });

    it('is null when the shortest path is longer than maxHops', async () => {
      expect((await path({ from: 'ri-a', to: 'co-c', maxHops: 2 })).data?.shortestPath).toBeNull();
      expect((await path({ from: 'ri-a', to: 'co-c', maxHops: 3 })).data?.shortestPath?.length).toBe(3);
    });

    it('answers NOT_FOUND naming whichever end is unknown', async () => {
      for (const [from, to] of [
        ['no-such-org', 'co-c'],
        ['ri-a', 'no-such-org'],
      ]) {
        const r = await path({ from, to });
        expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'no-such-org' });
      }
    });

    it('rejects the same organisation at both ends and maxHops outside 1..12', async () => {
      const same = await path({ from: 'ri-a', to: 'ri-a' });
      expect(same.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
      for (const maxHops of [0, 13]) {
        const r = await path({ from: 'ri-a', to: 'co-c', maxHops });
        expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxHops', value: maxHops });
      }
    });
  });

  describe('query plans', () => {
    const params = { from: 'ri-a', to: 'co-c', includeMemberships: false };

    it('finds the shortest path from two unique-index seeks in one bidirectional search, with no exhaustive fallback', async () => {
      const ops = await planOperators(db, cypher('paths/shortest'), params);
      const names = ops.map((o) => o.name);
      const seeks = ops.filter((o) => o.name === 'NodeUniqueIndexSeek').map((o) => o.details);
      expect(seeks).toEqual(expect.arrayContaining([expect.stringContaining('$from'), expect.stringContaining('$to')]));
      expect(names).toContain('StatefulShortestPath(Into)');
      expect(names.filter((n) => /AntiConditionalApply|VarLengthExpand|Fallback|AllNodesScan|NodeByLabelScan/.test(n))).toEqual([]);
    });

    it('would show the fallback operators for a whole-path predicate such as a length bound, so the check above can fail', async () => {
      // Why maxHops is applied after the search rather than in it.
      const exhaustive = `MATCH (a:Organization {id: $from}), (b:Organization {id: $to})
        MATCH p = shortestPath((a)-[:PARTICIPATES_IN|COOPERATES_WITH*..12]-(b)) WHERE length(p) <= $maxHops
        RETURN p`;
      const names = (await planOperators(db, exhaustive, { ...params, maxHops: 8 })).map((o) => o.name);
      expect(names).toEqual(expect.arrayContaining(['ShortestPath', 'AntiConditionalApply', 'VarLengthExpand(Into)']));
    });

    it('anchors the neighbourhood on a unique-index seek and scans no label', async () => {
      const ops = await planOperators(db, cypher('paths/neighbourhood/reach'), {
        id: 'ri-a',
        hops: 2,
        includeMemberships: true,
        limit: 500,
      });
      expect(ops.filter((o) => o.name === 'NodeUniqueIndexSeek').map((o) => o.details)).toEqual([expect.stringContaining('$id')]);
      expect(ops.map((o) => o.name).filter((n) => /Scan|CartesianProduct/.test(n))).toEqual([]);
    });
  });
});

describe('on the demo data', () => {
  beforeAll(async () => {
    await loadDemo(db);
  });

  it('connects Fraunhofer IPK to the planted broker group only through the broker', async () => {
    const r = await path({ from: 'fhg-ipk', to: BROKER_GROUP_IDS[0] });
    expect(r.errors).toBeUndefined();
    const found = r.data!.shortestPath!;
    expect(found.nodeIds).toContain(BROKER_ID);
    expect(found.nodeIds.at(-1)).toBe(BROKER_GROUP_IDS[0]);
    expect(found.edgeKeys).toHaveLength(found.length);
    const network = await networkEdgeKeys();
    for (const key of found.edgeKeys) expect(network, key).toContain(key);
  });

  it('gives neighbourhood nodes the attributes the network gives them, plus hop', async () => {
    const g = await neighbourhood({ id: 'fhg-ipk', hops: 2 });
    const r = await gql<{ network: { graph: Wire } }>(app.url, '{ network { graph } }');
    const inNetwork = new Map(r.data!.network.graph.nodes.map((n) => [n.key, n.attributes]));
    // Lists of ids may come in another order: compare them sorted.
    const normal = (a: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(a)
          .filter(([k]) => k !== 'degree' && k !== 'hop')
          .map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]),
      );
    for (const n of g.nodes) {
      expect(normal(n.attributes), n.key).toEqual(normal(inNetwork.get(n.key) ?? {}));
      expect([0, 1, 2]).toContain(n.attributes.hop);
    }
  });

  it('follows its hop definition: a node at hop h is tied to an organisation at h - 1 or, for an organisation, a project at h', async () => {
    const g = await neighbourhood({ id: 'hs-btu', hops: 2, includeMemberships: true, limit: 2000 });
    expect(g.attributes.truncated).toBe(false);
    const hop = new Map(g.nodes.map((n) => [n.key, n.attributes.hop as number]));
    const type = new Map(g.nodes.map((n) => [n.key, n.attributes.nodeType]));
    const parents = new Map<string, boolean>();
    for (const e of g.edges) {
      const [a, b] = [hop.get(e.source)!, hop.get(e.target)!];
      expect(Math.abs(a - b), e.key).toBeLessThanOrEqual(1);
      for (const [node, other] of [
        [e.source, e.target],
        [e.target, e.source],
      ] as const) {
        const viaOrg = type.get(other) === 'organization' && hop.get(other) === hop.get(node)! - 1;
        const viaProject = type.get(node) === 'organization' && type.get(other) === 'project' && hop.get(other) === hop.get(node);
        if (viaOrg || viaProject) parents.set(node, true);
      }
    }
    const outer = g.nodes.filter((n) => n.attributes.hop !== 0);
    expect(outer.length).toBeGreaterThan(0);
    expect(outer.filter((n) => !parents.get(n.key)).map((n) => `${n.key} at hop ${String(n.attributes.hop)}`)).toEqual([]);
  });

  it('contains the 1-hop neighbourhood in the 2-hop one and caps the organisations at limit', async () => {
    const one = await neighbourhood({ id: 'fhg-ipk', hops: 1 });
    const two = await neighbourhood({ id: 'fhg-ipk', hops: 2, limit: 2000 });
    expect(hops(two)).toMatchObject(hops(one));
    expect(edgeKeys(two)).toEqual(expect.arrayContaining(edgeKeys(one)));
    const capped = await neighbourhood({ id: 'fhg-ipk', hops: 2, limit: 100 });
    expect(capped.nodes.filter((n) => n.attributes.nodeType === 'organization')).toHaveLength(100);
    expect(capped.attributes.truncated).toBe(true);
  });
});
