// transferPartners and paths(k): the exact ranking and breakdown on a hand-made cluster
// (test/fixtures/partners.ts works them out), the plans Neo4j makes, and the planted cases of the
// demo data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../server/cypher.ts';
import type { Database } from '../../server/db.ts';
import { generate } from '../../seed/generate.ts';
import { loadDataset } from '../../seed/load.ts';
import {
  BROKER_ID,
  CUT_OFF_DISTRICT_ID,
  INSTITUTE_WITHOUT_INDUSTRY_ID,
  isolatedCompanyIds,
  WHITE_SPOT_COMPETENCE_ID,
} from '../../seed/planted.ts';
import { partnersDataset, partnersQuery, pathsQuery, type PathResult, type Result } from '../fixtures/partners.ts';
import { connect, freshDatabase, gql, loadDemo, planOperators, startApp, type RunningApp } from '../setup/db.ts';

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

async function partners(variables: Record<string, unknown>): Promise<Result> {
  const r = await gql<{ transferPartners: Result }>(app.url, partnersQuery, variables);
  expect(r.errors).toBeUndefined();
  return r.data!.transferPartners;
}
const errorOf = async (query: string, variables: Record<string, unknown>) => (await gql(app.url, query, variables)).errors?.[0];
const ids = (r: Result) => r.partners.map((p) => p.organization.id);
const scores = (r: Result) => Object.fromEntries(r.partners.map((p) => [p.organization.id, p.score]));

/** Structural truths of every answer: ranks, order, sums, coverage. */
function checkInvariants(r: Result): void {
  expect(r.partners).not.toHaveLength(0);
  r.partners.forEach((p, i) => {
    expect(p.rank).toBe(i + 1);
    const next = r.partners[i + 1];
    if (next)
      expect(
        p.score > next.score || (p.score === next.score && p.organization.id < next.organization.id),
        `${p.organization.id} before ${next.organization.id}`,
      ).toBe(true);
    const parts = Object.values(p.breakdown);
    for (const c of parts) expect(c.contribution).toBeCloseTo(c.weight * c.value, 4);
    expect(p.score).toBeCloseTo(
      parts.reduce((s, c) => s + c.contribution, 0),
      4,
    );
    const matches = p.breakdown.competence.coverage.map((c) => c.match);
    expect(matches, `${p.organization.id} covers a need`).not.toEqual(matches.map(() => 'none'));
    expect(p.coldStart).toBe(p.breakdown.proximity.distance === null);
    const reach = p.evidence.find((e) => e.kind !== 'track_record');
    expect(reach?.path.length ?? null).toBe(p.breakdown.proximity.distance);
  });
}

describe('on a hand-made cluster', () => {
  beforeAll(async () => {
    await freshDatabase(db);
    await loadDataset(db, partnersDataset());
  });

  it('ranks the partners for a firm exactly as worked out by hand, leaving out its own partners and the chamber', async () => {
    const r = await partners({ organizationId: 'co-s', competences: ['leichtbau', 'fuegetechnik'] });
    checkInvariants(r);
    expect(ids(r)).toEqual(['ri-a', 'co-d', 'un-b', 'co-z', 'ri-c', 'co-e', 'co-f']);
    expect(scores(r)).toMatchObject({ 'ri-a': 0.7967, 'co-d': 0.58, 'co-z': 0.4375, 'ri-c': 0.325, 'co-e': 0.2425, 'co-f': 0.2125 });
    expect(scores(r)['un-b']).toBeCloseTo(0.458, 2);
    expect([r.coldStart, r.kinds, r.candidates]).toEqual([null, ['company', 'university', 'research_institute'], 7]);
  });

  it('explains the best partner: coverage, distance 2 through co-b, two named introducers, one similar firm, evidence with years', async () => {
    const [best] = (await partners({ organizationId: 'co-s', competences: ['leichtbau', 'fuegetechnik'], limit: 1 })).partners;
    expect(best?.breakdown).toEqual({
      competence: {
        value: 1,
        weight: 0.45,
        contribution: 0.45,
        coverage: [
          { need: { id: 'leichtbau' }, match: 'exact', via: { id: 'leichtbau', nameDe: 'Leichtbau' }, weight: 1 },
          { need: { id: 'fuegetechnik' }, match: 'exact', via: { id: 'fuegetechnik', nameDe: 'Füge- und Schweißtechnik' }, weight: 1 },
        ],
      },
      proximity: { value: 0.75, weight: 0.2, contribution: 0.15, distance: 2 },
      warmIntroductions: { value: 0.6667, weight: 0.1, contribution: 0.0667, count: 2, introducers: [{ id: 'co-b' }, { id: 'co-c' }] },
      trackRecord: { value: 0.2, weight: 0.15, contribution: 0.03, similarFirms: 1 },
      geography: { value: 1, weight: 0.1, contribution: 0.1, distanceKm: 0, scaleKm: 150 },
    });
    expect(best?.evidence.map((e) => [e.kind, e.path.nodeIds, e.path.edgeKeys])).toEqual([
      ['introduction', ['co-s', 'co-b', 'ri-a'], ['co-s~co-b', 'co-b~ri-a']],
      ['introduction', ['co-s', 'pr-1', 'co-c', 'pr-2', 'ri-a'], ['co-s>pr-1', 'co-c>pr-1', 'co-c>pr-2', 'ri-a>pr-2']],
      ['track_record', ['ri-a', 'co-b'], ['co-b~ri-a']],
    ]);
    expect(best?.evidence[1]?.path.steps.map((s) => [s.relation, s.role, s.year])).toEqual([
      ['participation', 'lead', 2021],
      ['participation', 'partner', 2021],
      ['participation', 'partner', 2022],
      ['participation', 'lead', 2022],
    ]);
  });

  it('shows known partners only when asked, with their own tie as evidence', async () => {
    const r = await partners({ organizationId: 'co-s', competences: ['leichtbau', 'fuegetechnik'], includeKnown: true });
    const known = r.partners.find((p) => p.organization.id === 'co-b');
    expect(known?.score).toBe(0.4125);
    expect(known?.breakdown.proximity.distance).toBe(1);
    expect(known?.evidence[0]).toMatchObject({ kind: 'direct', path: { nodeIds: ['co-s', 'co-b'], edgeKeys: ['co-s~co-b'] } });
  });

  it('serves a need without an organisation (cold start), equal scores ranked by id', async () => {
    const r = await partners({ competences: ['leichtbau', 'fuegetechnik'], near: { placeId: 'cottbus' } });
    checkInvariants(r);
    expect(ids(r)).toEqual(['co-d', 'ri-a', 'co-s', 'co-z', 'un-b', 'ri-c', 'co-b', 'co-e', 'co-f']);
    expect(scores(r)).toMatchObject({ 'co-d': 0.55, 'ri-a': 0.55, 'co-s': 0.4375, 'co-z': 0.4375, 'co-b': 0.2425, 'co-e': 0.2425 });
    expect(r.coldStart).toBe('no_organization');
    expect(
      r.partners.find((p) => p.organization.id === 'ri-c')?.breakdown.competence.coverage.map((c) => [c.match, c.via?.nameDe]),
    ).toEqual([
      ['related', 'Neue Werkstoffe und Materialien'],
      ['related', 'Neue Werkstoffe und Materialien'],
    ]);
    expect(
      r.partners.filter((p) => !p.coldStart || p.evidence.some((e) => e.kind !== 'track_record')).map((p) => p.organization.id),
    ).toEqual([]);
  });

  it('still finds partners for a firm with no tie, from its own competences, and says why the network is silent', async () => {
    const r = await partners({ organizationId: 'co-z' });
    checkInvariants(r);
    expect(r.needs).toEqual([{ id: 'leichtbau' }]);
    expect(ids(r)).toEqual(['co-d', 'ri-a', 'un-b', 'co-e', 'co-s', 'ri-c']);
    expect(r.coldStart).toBe('no_ties');
  });

  it('keeps to the kinds, the distance and the limit asked for', async () => {
    const research = await partners({
      organizationId: 'co-s',
      competences: ['leichtbau', 'fuegetechnik'],
      kinds: ['university', 'research_institute'],
    });
    expect(ids(research)).toEqual(['ri-a', 'un-b', 'ri-c']);
    const near = await partners({ organizationId: 'co-s', competences: ['leichtbau', 'fuegetechnik'], maxDistanceKm: 50, limit: 2 });
    expect([ids(near), near.candidates]).toEqual([['ri-a', 'co-d'], 6]);
    expect(near.partners[0]?.breakdown.geography.scaleKm).toBe(50);
  });

  it('gives up to k diverse paths, shortest first: each through someone new, or another project', async () => {
    const r = await gql<{ paths: PathResult[] }>(app.url, pathsQuery, { from: 'co-s', to: 'ri-a', k: 3 });
    expect(r.data?.paths.map((p) => p.nodeIds)).toEqual([
      ['co-s', 'co-b', 'ri-a'],
      ['co-s', 'pr-1', 'co-c', 'pr-2', 'ri-a'],
    ]);
    const one = await gql<{ paths: PathResult[] }>(app.url, pathsQuery, { from: 'co-s', to: 'ri-a', k: 1 });
    expect(one.data?.paths).toHaveLength(1);
    const direct = await gql<{ paths: PathResult[] }>(app.url, pathsQuery, { from: 'co-d', to: 'co-e' });
    expect(direct.data?.paths.map((p) => p.nodeIds)).toEqual([
      ['co-d', 'pr-3', 'co-e'],
      ['co-d', 'pr-4', 'co-e'],
    ]);
    expect((await gql<{ paths: PathResult[] }>(app.url, pathsQuery, { from: 'co-s', to: 'co-z' })).data?.paths).toEqual([]);
  });

  it('rejects bad arguments with BAD_USER_INPUT naming the argument, and unknown ids with NOT_FOUND', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{}, 'competences'],
      [{ competences: [] }, 'competences'],
      [{ competences: ['leichtbau'], kinds: ['chamber'] }, 'kinds'],
      [{ organizationId: 'co-s', limit: 0 }, 'limit'],
      [{ organizationId: 'co-s', limit: 51 }, 'limit'],
      [{ organizationId: 'co-s', maxDistanceKm: 0 }, 'maxDistanceKm'],
      [{ organizationId: 'co-s', maxDistanceKm: 1001 }, 'maxDistanceKm'],
      [{ competences: ['leichtbau'], near: { placeId: 'cottbus', latitude: 52 } }, 'near'],
      [{ competences: ['leichtbau'], near: { latitude: 95, longitude: 13 } }, 'near.latitude'],
      [{ competences: ['leichtbau'], kinds: ['company'] }, 'kinds'],
      [{ competences: ['leichtbau'], maxDistanceKm: 50 }, 'maxDistanceKm'],
    ];
    for (const [variables, argument] of bad)
      expect((await errorOf(partnersQuery, variables))?.extensions, JSON.stringify(variables)).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument,
      });
    const unknownCompetence = await errorOf(partnersQuery, { competences: ['leichtbau', 'alchemie'] });
    expect(unknownCompetence?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'competences', value: 'alchemie' });
    expect(unknownCompetence?.message).toMatch(/"alchemie" is not a competence id\. Valid: .*fuegetechnik.*giessereitechnik/);
    expect((await errorOf(partnersQuery, { organizationId: 'as-v' }))?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'competences',
    });
    for (const [variables, id] of [
      [{ organizationId: 'no-such-org' }, 'no-such-org'],
      [{ competences: ['leichtbau'], near: { placeId: 'atlantis' } }, 'atlantis'],
      [{ competences: ['leichtbau'], near: { districtId: 'nowhere' } }, 'nowhere'],
    ] as const) {
      expect((await errorOf(partnersQuery, variables))?.extensions).toMatchObject({ code: 'NOT_FOUND', id });
    }
    for (const [variables, code] of [
      [{ from: 'co-s', to: 'co-s' }, 'BAD_USER_INPUT'],
      [{ from: 'co-s', to: 'ri-a', k: 0 }, 'BAD_USER_INPUT'],
      [{ from: 'co-s', to: 'ri-a', k: 6 }, 'BAD_USER_INPUT'],
      [{ from: 'nobody', to: 'ri-a' }, 'NOT_FOUND'],
    ] as const) {
      expect((await errorOf(pathsQuery, variables))?.extensions?.code).toBe(code);
    }
  });

  describe('query plans', () => {
    // A CartesianProduct may appear with a one-row unique seek (one competence asked): harmless, not checked.
    const noScan = (ops: { name: string }[]) => ops.map((o) => o.name).filter((n) => /AllNodesScan|NodeByLabelScan/.test(n));
    const seeks = (ops: { name: string; details: string }[]) => ops.filter((o) => /Seek/.test(o.name)).map((o) => `${o.name} ${o.details}`);

    it('anchors every partner statement on index seeks and scans no label', async () => {
      const base = {
        source: 'co-s',
        candidates: ['ri-a', 'un-b'],
        fields: ['leichtbau', 'fuegetechnik', 'werkstoffe'],
        competences: ['leichtbau', 'fuegetechnik'],
        industries: [],
        tieCap: 200,
        trackCap: 10,
      };
      const candidates = await planOperators(db, cypher('partners/candidates'), {
        ...base,
        researchKinds: ['university'],
        firms: true,
        here: { latitude: 51.7, longitude: 14.3 },
        maxMeters: null,
        rings: [{ inner: 0, outer: 1000 }],
        firmCap: 100,
        networkCap: 100,
      });
      expect(seeks(candidates)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/NodeIndexSeek .*kind.*\$researchKinds/),
          expect.stringMatching(/NodeIndexSeekByRange POINT INDEX .*location/),
          expect.stringMatching(/NodeUniqueIndexSeek .*\$source/),
        ]),
      );
      expect(noScan(candidates)).toEqual([]);
      for (const name of ['partners/introductions', 'partners/track-record']) {
        const ops = await planOperators(db, cypher(name), base);
        expect(seeks(ops).length, name).toBeGreaterThan(0);
        expect(noScan(ops), name).toEqual([]);
      }
      const details = await planOperators(db, cypher('partners/details'), {
        ...base,
        partners: [{ id: 'ri-a', introducers: ['co-b'], direct: false }],
      });
      expect(seeks(details)).toEqual(
        expect.arrayContaining([expect.stringMatching(/partner\.id/), expect.stringMatching(/\$source/), expect.stringMatching(/xid/)]),
      );
      expect(noScan(details)).toEqual([]);
      const context = await planOperators(db, cypher('partners/context'), { organizationId: 'co-s', placeId: 'cottbus', districtId: null });
      expect(seeks(context)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/\$organizationId/),
          expect.stringMatching(/\$placeId/),
          expect.stringMatching(/\$districtId/),
        ]),
      );
      // The one scan: the competence vocabulary (a few dozen nodes) for the error message.
      expect(context.filter((o) => /Scan/.test(o.name)).map((o) => o.details)).toEqual([expect.stringMatching(/:Competence/)]);
    });

    it('runs each paths(k) search as one bidirectional StatefulShortestPath from two unique seeks, never the exhaustive fallback', async () => {
      const ops = await planOperators(db, cypher('paths/avoiding'), {
        from: 'co-s',
        to: 'ri-a',
        includeMemberships: false,
        exclusions: [{ index: 0, nodes: ['co-b'], direct: false }],
      });
      expect(seeks(ops)).toEqual(expect.arrayContaining([expect.stringMatching(/\$from/), expect.stringMatching(/\$to/)]));
      expect(ops.map((o) => o.name)).toContain('StatefulShortestPath(Into)');
      expect(
        ops.map((o) => o.name).filter((n) => /AntiConditionalApply|VarLengthExpand|Fallback|AllNodesScan|NodeByLabelScan/.test(n)),
      ).toEqual([]);
    });
  });
});

describe('on the demo data', () => {
  let edges: Map<string, { source: string; target: string; attributes: Record<string, unknown> }>;
  let startYear: Map<string, unknown>;

  beforeAll(async () => {
    await loadDemo(db);
    const r = await gql<{
      network: {
        graph: {
          nodes: { key: string; attributes: Record<string, unknown> }[];
          edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
        };
      };
    }>(app.url, '{ network(filter: { includeMemberships: true }) { graph } }');
    edges = new Map(r.data!.network.graph.edges.map((e) => [e.key, e]));
    startYear = new Map(r.data!.network.graph.nodes.map((n) => [n.key, n.attributes.startYear]));
  });

  /** Every step is an edge of the network between the step's ends, dated like the database. */
  function expectInDatabase(p: PathResult): void {
    expect(p.edgeKeys).toHaveLength(p.length);
    p.steps.forEach((s, i) => {
      const e = edges.get(p.edgeKeys[i] ?? '');
      expect(e, p.edgeKeys[i]).toBeDefined();
      expect([e!.source, e!.target].sort()).toEqual([s.from.id, s.to.id].sort());
      expect([p.nodeIds[i], p.nodeIds[i + 1]]).toEqual([s.from.id, s.to.id]);
      if (s.relation === 'participation') expect(s.year).toBe(startYear.get(e!.target));
      else expect(s.since).toBe(e!.attributes.since);
    });
  }

  it('recommends partners for the planted broker that cover a need, in score order, with evidence that exists', async () => {
    for (const variables of [
      { organizationId: BROKER_ID, limit: 25 },
      { competences: ['leichtbau', 'fuegetechnik'], near: { placeId: 'cottbus' }, limit: 25 },
    ]) {
      const r = await partners(variables);
      checkInvariants(r);
      expect(r.partners).toHaveLength(25);
      for (const p of r.partners) p.evidence.forEach((e) => expectInDatabase(e.path));
    }
  });

  it('finds partners for a firm without any tie, explained as a cold start', async () => {
    const isolated = isolatedCompanyIds(generate())[0]!;
    const r = await partners({ organizationId: isolated });
    checkInvariants(r);
    expect(r.coldStart).toBe('no_ties');
    expect(r.partners.length).toBeGreaterThan(0);
  });

  it('recommends the institute without industry partners for its competences, with no track record', async () => {
    const r = await partners({
      competences: ['werkstoffe', 'mikroelektronik'],
      kinds: ['research_institute'],
      near: { placeId: 'berlin' },
      limit: 50,
    });
    const ikz = r.partners.find((p) => p.organization.id === INSTITUTE_WITHOUT_INDUSTRY_ID);
    expect(ikz?.breakdown.competence.value).toBe(1);
    expect(ikz?.breakdown.trackRecord.similarFirms).toBe(0);
    expect(ikz?.evidence).toEqual([]);
  });

  it('gives research partners for the white spot only through related fields, none with a track record in it', async () => {
    const r = await partners({ competences: [WHITE_SPOT_COMPETENCE_ID], kinds: ['university', 'research_institute'], limit: 50 });
    expect(r.partners.length).toBeGreaterThan(0);
    for (const p of r.partners) {
      expect(p.breakdown.competence.coverage).toEqual([expect.objectContaining({ match: 'related', weight: 0.5 })]);
      expect(['umformtechnik', 'werkstoffe', 'werkzeugbau']).toContain(p.breakdown.competence.coverage[0]?.via?.id);
      expect(p.breakdown.trackRecord.similarFirms).toBe(0);
    }
  });

  it('gives every firm of the cut-off district research partners it has no tie to, and a cold start where none is within reach', async () => {
    const session = db.driver.session({ database: db.database });
    const firms = (
      await session.run(
        `MATCH (:District {id: $d})<-[:IN_DISTRICT]-(:Place)<-[:LOCATED_IN]-(f:Company)
      RETURN f.id AS id, COUNT { (f)-[:PARTICIPATES_IN|COOPERATES_WITH]-() } AS ties,
        COUNT { MATCH (f)(()-[:PARTICIPATES_IN|COOPERATES_WITH]-()){1,4}(x) WHERE x:University OR x:ResearchInstitute } AS researchWithin4
      ORDER BY ties DESC, id LIMIT 20`,
        { d: CUT_OFF_DISTRICT_ID },
      )
    ).records.map((x) => x.toObject() as { id: string; ties: number; researchWithin4: number });
    await session.close();
    let unreachable = 0;
    const tied = firms.filter((f) => f.ties > 0);
    expect(tied.length).toBeGreaterThan(0);
    for (const firm of tied) {
      const r = await partners({ organizationId: firm.id, kinds: ['university', 'research_institute'], includeKnown: true });
      expect(r.partners.length, firm.id).toBeGreaterThan(0);
      expect(
        r.partners.filter((p) => p.evidence.some((e) => e.kind === 'direct')).map((p) => p.organization.id),
        firm.id,
      ).toEqual([]);
      if (firm.researchWithin4 === 0) {
        unreachable++;
        expect([firm.id, r.coldStart]).toEqual([firm.id, 'no_path']);
      }
    }
    expect(unreachable).toBeGreaterThan(0);
  });

  it('gives diverse paths from Fraunhofer IPK into the broker group, all through the broker, that exist', async () => {
    const r = await gql<{ paths: PathResult[] }>(app.url, pathsQuery, { from: 'fhg-ipk', to: 'co-0002', k: 3 });
    const found = r.data!.paths;
    expect(found).toHaveLength(3);
    expect(found.map((p) => p.length)).toEqual([...found.map((p) => p.length)].sort((a, b) => a - b));
    for (const p of found) {
      expect(p.nodeIds).toContain(BROKER_ID);
      expectInDatabase(p);
    }
    expect(new Set(found.map((p) => p.nodeIds.join()))).toHaveProperty('size', 3);
  });
});
