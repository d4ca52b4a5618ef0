// The network metrics and gap reports on the hand-made cluster of test/fixtures/gaps.ts, where
// every answer is worked out by hand; and the path without the Graph Data Science library.
import type { GraphQLSchema } from 'graphql';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { ensureMetrics } from '../../server/analysis/ensure.ts';
import { overrideGdsAvailable } from '../../server/analysis/gds.ts';
import { computeMetrics, type MetricsRun } from '../../server/analysis/metrics.ts';
import type { Database, Row } from '../../server/db.ts';
import { ErrorCode } from '../../server/errors.ts';
import { brokers } from '../../server/graphql/gaps/brokers.ts';
import { communities } from '../../server/graphql/gaps/communities.ts';
import { networkMetrics } from '../../server/graphql/gaps/status.ts';
import { buildSchema } from '../../server/graphql/schema.ts';
import { loadDataset } from '../../seed/load.ts';
import { gapsDataset } from '../fixtures/gaps.ts';
import { connect, freshDatabase, gql, startApp } from '../setup/db.ts';
import { run } from '../setup/execute.ts';

let db: Database;
let schema: GraphQLSchema;

async function cypher(query: string, params: Record<string, unknown> = {}) {
  const session = db.driver.session({ database: db.database });
  try {
    return await session.run(query, params);
  } finally {
    await session.close();
  }
}

async function stored(): Promise<Record<string, Row>> {
  const r = await cypher(`MATCH (o:Organization) RETURN o.id AS id, o {.metricDegree, .betweenness, .componentId, .componentSize,
      .communityId, .articulation, .bridgeTies, .effectiveSize, .splitOff, .splitOffIds, .researchCutOff, metricsAt: toString(o.metricsAt)} AS m`);
  return Object.fromEntries(r.records.map((rec) => [rec.get('id') as string, rec.get('m') as Row]));
}

const codeOf = (err: unknown): unknown => (err as { extensions?: { code?: unknown } }).extensions?.code;

// Every describe block loads the cluster afresh and computes what it reads itself, so each test
// runs alone (`-t`) or in any order, and a job run by one block never changes another's numbers.
async function loadCluster(): Promise<void> {
  await freshDatabase(db);
  await loadDataset(db, gapsDataset(), { layout: false });
}

beforeAll(async () => {
  db = connect();
  schema = await buildSchema(db);
});
afterAll(async () => db.close());

describe('before the metrics are computed', () => {
  beforeAll(loadCluster);

  it('says so, and the metric-based reports answer FEATURE_UNAVAILABLE with what to run', async () => {
    expect(await networkMetrics(db)).toMatchObject({
      gdsAvailable: true,
      computedAt: null,
      organizations: 16,
      stale: 16,
      components: null,
    });
    const err = await brokers(db, {}).catch((e: unknown) => e);
    expect(codeOf(err)).toBe(ErrorCode.FeatureUnavailable);
    expect((err as Error).message).toContain('server/analysis/cli.ts');
  });
});

describe('the metrics job on the hand-made cluster', () => {
  let metrics: MetricsRun;
  beforeAll(async () => {
    await loadCluster();
    metrics = await computeMetrics(db);
  });

  it('reports what it found and how', () => {
    expect(metrics).toMatchObject({
      organizations: 16,
      tiedOrganizations: 12,
      ties: 12,
      components: 6,
      largestComponent: 9,
      articulationPoints: 4,
      bridges: 6,
      betweenness: { exact: true, samplingSize: null },
    });
  });

  it('stores exact betweenness, in the order worked out by hand', async () => {
    const m = await stored();
    expect([m['un-b']?.betweenness, m['co-01']?.betweenness, m['ri-a']?.betweenness, m['co-08']?.betweenness]).toEqual([19, 17, 12, 1]);
    const others = Object.entries(m).filter(([id]) => !['un-b', 'co-01', 'ri-a', 'co-08'].includes(id));
    expect(others).toHaveLength(12);
    expect(others.filter(([, v]) => v.betweenness !== 0)).toEqual([]);
  });

  it('numbers components by size and marks articulation points, bridge ties and what hangs on them', async () => {
    const m = await stored();
    const component = (id: string) => [m[id]?.componentId, m[id]?.componentSize];
    expect([
      component('ri-lonely'),
      component('co-09'),
      component('ch-x'),
      component('co-02'),
      component('co-10'),
      component('ri-nocomp'),
    ]).toEqual([
      [1, 9],
      [2, 3],
      [3, 1],
      [4, 1],
      [5, 1],
      [6, 1],
    ]);
    expect(
      Object.keys(m)
        .filter((id) => m[id]?.articulation)
        .sort(),
    ).toEqual(['co-01', 'co-08', 'ri-a', 'un-b']);
    expect([m['un-b']?.bridgeTies, m['co-01']?.bridgeTies, m['co-08']?.bridgeTies, m['co-05']?.bridgeTies]).toEqual([3, 2, 2, 0]);
    expect(m['un-b']).toMatchObject({ splitOff: 4, splitOffIds: ['co-03', 'co-04', 'ri-a', 'ri-lonely'], researchCutOff: 4 });
    expect(m['co-01']).toMatchObject({ splitOff: 3, researchCutOff: 3 });
    expect(m['ri-a']).toMatchObject({ splitOff: 2, researchCutOff: 2 });
  });

  it('counts distinct partners and effective size, and stamps every organisation with the run', async () => {
    const m = await stored();
    expect([m['ri-a']?.metricDegree, m['co-04']?.metricDegree, m['co-01']?.metricDegree, m['co-02']?.metricDegree]).toEqual([3, 2, 4, 0]);
    expect(m['co-01']?.effectiveSize).toBe(3.5);
    expect(m['un-b']?.effectiveSize).toBe(3);
    expect(m['ri-a']?.effectiveSize).toBeCloseTo(3 - 2 / 3, 10);
    expect(m['co-02']?.effectiveSize).toBeNull();
    // One instant; Neo4j writes it without trailing zeros of the milliseconds (…44.97Z).
    expect(new Set(Object.values(m).map((v) => new Date(String(v.metricsAt)).toISOString()))).toEqual(new Set([metrics.computedAt]));
  });

  it('puts the two triangles in different communities and leaves organisations without ties out', async () => {
    const m = await stored();
    const c = (id: string) => m[id]?.communityId;
    expect([c('co-03'), c('co-04')]).toEqual([c('ri-a'), c('ri-a')]);
    expect([c('co-05'), c('co-06')]).toEqual([c('co-01'), c('co-01')]);
    expect(c('co-03')).not.toBe(c('co-05'));
    expect([c('co-02'), c('ch-x')]).toEqual([null, null]);
  });

  it('shows the same numbers in the status and the broker report, biggest split first', async () => {
    expect(await networkMetrics(db)).toMatchObject({
      computedAt: metrics.computedAt,
      stale: 0,
      components: 6,
      largestComponent: 9,
      articulationPoints: 4,
    });
    const report = await brokers(db, { cutOffLimit: 2 });
    expect(report.brokers.map((b) => [(b.organization as Row).id, b.splitOff, b.researchCutOff])).toEqual([
      ['un-b', 4, 4],
      ['co-01', 3, 3],
      ['ri-a', 2, 2],
      ['co-08', 1, 0],
    ]);
    expect(report.brokers[0]?.cutOff).toEqual([
      { id: 'co-03', name: 'Org co-03', kind: 'company' },
      { id: 'co-04', name: 'Org co-04', kind: 'company' },
    ]);
    const byBetweenness = await brokers(db, { orderBy: 'BETWEENNESS', limit: 2 });
    expect(byBetweenness.brokers.map((b) => (b.organization as Row).id)).toEqual(['un-b', 'co-01']);
  });

  it('finds the community of the Uckermark firms unbridged to the steel builders around co-01', async () => {
    const m = await stored();
    const report = await communities(db, {});
    // The stored ids are read raw (unknown); the report's are parsed numbers.
    const ends = (g: { a: number; b: number }): unknown[] => [g.a, g.b];
    const steel = report.unbridged.find((g) => ends(g).includes(m['co-01']?.communityId) && ends(g).includes(m['co-07']?.communityId));
    expect(steel?.sharedCompetences).toContain('stahlbau');
    const tied = report.unbridged.find((g) => ends(g).includes(m['co-01']?.communityId) && ends(g).includes(m['ri-a']?.communityId));
    expect(tied).toBeUndefined();
    const uckermark = report.communities.find((c) => c.id === m['co-07']?.communityId);
    expect(uckermark).toMatchObject({ size: 3, companies: 3, research: 0, componentId: 2 });
    expect(uckermark?.label).toContain('Uckermark');
  });
});

// Its own block: the sampled run overwrites the stored betweenness the block above reads.
describe('the metrics job above the exact betweenness limit', () => {
  beforeAll(loadCluster);

  it('estimates betweenness from sampled sources above the exact limit, scaled up to the organisation count', async () => {
    const sampled = await computeMetrics(db, { exactBetweennessUpTo: 10, samplingSize: 8 });
    expect(sampled.betweenness).toEqual({ exact: false, samplingSize: 8 });
    const m = await stored();
    // Organisations on no shortest path stay 0 whatever is sampled; the brokers get an estimate.
    expect(['co-02', 'co-03', 'co-05', 'co-07', 'ri-lonely'].map((id) => m[id]?.betweenness)).toEqual([0, 0, 0, 0, 0]);
    const estimates = Object.fromEntries(['un-b', 'co-01', 'ri-a', 'co-08'].map((id) => [id, m[id]?.betweenness]));
    expect(
      Object.values(estimates).filter((b) => Number(b) > 0),
      JSON.stringify(estimates),
    ).not.toHaveLength(0);
    await computeMetrics(db);
    expect((await stored())['un-b']?.betweenness).toBe(19);
  });
});

describe('without the Graph Data Science library', () => {
  // Metrics computed first: the reports must refuse for want of GDS, not for want of a run.
  beforeAll(async () => {
    await loadCluster();
    await computeMetrics(db);
    overrideGdsAvailable(db, false);
  });
  afterAll(() => overrideGdsAvailable(db, null));

  it('refuses the metrics job with FEATURE_UNAVAILABLE, naming the plugin and how to add it', async () => {
    const err = await computeMetrics(db).catch((e: unknown) => e);
    expect(codeOf(err)).toBe(ErrorCode.FeatureUnavailable);
    expect((err as Error).message).toMatch(/Graph Data Science.*plugins\/.*dbms\.security\.procedures\.unrestricted=gds\.\*/s);
  });

  it('answers the metric-based reports with FEATURE_UNAVAILABLE and every Cypher report as usual', async () => {
    const r = await run<Record<string, unknown>>(
      schema,
      db,
      `{
      networkMetrics { gdsAvailable hint }
      isolatedOrganizations { total }
      competenceWhiteSpots { competence { id } whiteSpot }
      districtConnectivity { districts { district { id } cutOffFromResearch } }
      researchReach { withoutDirectTie }
      researchWithoutIndustry { organization { id } }
      networkKpis { year }
      brokers { computedAt }
      communities { computedAt }
      bridges: suggestedIntroductions(gap: BROKER) { why }
      brokerLens: gapLens(lens: BROKERS) { key }
      isolatedLens: gapLens(lens: ISOLATED) { key count }
    }`,
    );
    expect(r.data?.networkMetrics).toMatchObject({ gdsAvailable: false, hint: expect.stringContaining('plugins/') });
    expect(r.data?.isolatedOrganizations).toEqual({ total: 4 });
    expect(r.data?.isolatedLens).toEqual([{ key: 'isolated', count: 4 }]);
    expect((r.errors ?? []).map((e) => [e.path?.join('.'), e.extensions.code]).sort()).toEqual([
      ['bridges', ErrorCode.FeatureUnavailable],
      ['brokerLens', ErrorCode.FeatureUnavailable],
      ['brokers', ErrorCode.FeatureUnavailable],
      ['communities', ErrorCode.FeatureUnavailable],
    ]);
  });
});

describe('through GraphQL', () => {
  beforeAll(async () => {
    await loadCluster();
    await computeMetrics(db);
  });

  it('checks arguments and names the one that is wrong', async () => {
    const wrong = async (query: string) => (await run(schema, db, query)).errors?.map((e) => [e.extensions.code, e.extensions.argument]);
    expect(await wrong('{ brokers(limit: 0) { computedAt } }')).toEqual([[ErrorCode.BadUserInput, 'limit']]);
    expect(await wrong('{ networkKpis(fromYear: 2022, toYear: 2019) { year } }')).toEqual([[ErrorCode.BadUserInput, 'toYear']]);
    // kinds is an enum: the schema refuses an unknown kind before the resolver runs.
    expect((await run(schema, db, '{ isolatedOrganizations(kinds: [firm]) { total } }')).errors?.[0]?.message).toMatch(
      /Value "firm" does not exist in "OrganizationKind" enum/,
    );
    expect(await wrong('{ suggestedIntroductions(gap: WHITE_SPOT, target: "no such id!") { why } }')).toEqual([
      [ErrorCode.BadUserInput, 'target'],
    ]);
    const unknown = await run(schema, db, '{ suggestedIntroductions(gap: ISOLATED, target: "co-99") { why } }');
    expect(unknown.errors?.map((e) => e.extensions.code)).toEqual([ErrorCode.NotFound]);
  });

  it("is served by the app's GraphQL endpoint", async () => {
    const app = await startApp(db);
    try {
      const r = await gql<{ networkMetrics: { organizations: number }; isolatedOrganizations: { total: number } }>(
        app.url,
        '{ networkMetrics { organizations } isolatedOrganizations { total } }',
      );
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ networkMetrics: { organizations: 16 }, isolatedOrganizations: { total: 4 } });
    } finally {
      await app.close();
    }
  });
});

describe('after an import', () => {
  // Each test adds, recomputes or hides GDS: each starts from the cluster with a current run.
  let metrics: MetricsRun;
  beforeEach(async () => {
    await loadCluster();
    metrics = await computeMetrics(db);
  });

  it('marks organisations added since the run as stale, and ensureMetrics recomputes only then', async () => {
    const lines: string[] = [];
    expect(await ensureMetrics(db, (l) => lines.push(l))).toBe('current');
    await db.write('load/organizations', {
      rows: [
        {
          ...gapsDataset().organizations[5],
          id: 'co-new',
          employees: 1,
          founded: 2020,
          sizeClass: 'micro',
          universityKind: null,
          society: null,
          topics: null,
          website: null,
          source: null,
          confidence: null,
        },
      ],
    });
    expect((await networkMetrics(db)).stale).toBe(1);
    expect(await ensureMetrics(db, (l) => lines.push(l))).toBe('computed');
    expect(await networkMetrics(db)).toMatchObject({ stale: 0, organizations: 17, components: 7 });
    expect(Date.parse((await networkMetrics(db)).computedAt!)).toBeGreaterThan(Date.parse(metrics.computedAt));
    expect(await ensureMetrics(db, (l) => lines.push(l), { force: true })).toBe('computed');
  });

  it('recomputes on demand with `npm run metrics` against a running Neo4j', async () => {
    const before = (await networkMetrics(db)).computedAt!;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/analysis/cli.ts'], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: 'neo4j', NEO4J_PASSWORD: inject('neo4jPassword') },
      timeout: 120_000,
    });
    expect(stdout).toMatch(/stored on 16 organisations at /);
    expect(Date.parse((await networkMetrics(db)).computedAt!)).toBeGreaterThan(Date.parse(before));
  }, 180_000);

  it('only warns when GDS is missing', async () => {
    overrideGdsAvailable(db, false);
    try {
      const lines: string[] = [];
      expect(await ensureMetrics(db, (l) => lines.push(l))).toBe('no-gds');
      expect(lines.join()).toContain('Graph Data Science');
    } finally {
      overrideGdsAvailable(db, null);
    }
  });
});
