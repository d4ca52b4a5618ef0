// The gaps planted in the demo data (seed/planted.ts) are found, and no report contradicts a count
// made another way: from the generated rows in TypeScript, or by a direct Cypher query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeMetrics, type MetricsRun } from '../../server/analysis/metrics.ts';
import type { Database, Row } from '../../server/db.ts';
import { brokers } from '../../server/graphql/gaps/brokers.ts';
import { suggestedIntroductions } from '../../server/graphql/gaps/introductions.ts';
import { gapLens, type GapLensArgs } from '../../server/graphql/gaps/lens.ts';
import * as reports from '../../server/graphql/gaps/reports.ts';
import type { Dataset } from '../../seed/dataset.ts';
import { generate } from '../../seed/generate.ts';
import { loadDataset } from '../../seed/load.ts';
import {
  BROKER_GROUP_IDS,
  BROKER_ID,
  CUT_OFF_DISTRICT_ID,
  INSTITUTE_WITHOUT_INDUSTRY_ID,
  RESEARCH_KINDS,
  WHITE_SPOT_COMPETENCE_ID,
  isolatedCompanyIds,
  whiteSpotHolderCount,
} from '../../seed/planted.ts';
import { tiePairs } from '../fixtures/gaps.ts';
import { connect, freshDatabase } from '../setup/db.ts';

let db: Database;
let demo: Dataset;
let metrics: MetricsRun;

/** An introduction as a failure message reads it: who is introduced to whom, and of what kind. */
const pair = (i: { from: { id: string }; to: { id: string; kind: string } }): string => `${i.from.id} → ${i.to.id} (${i.to.kind})`;

async function count(query: string): Promise<number> {
  const session = db.driver.session({ database: db.database });
  try {
    return Number((await session.run(query)).records[0]?.get(0));
  } finally {
    await session.close();
  }
}

/** Components of the tie graph from the generated rows, by union–find: sizes, largest first. */
function componentSizes(d: Dataset): number[] {
  const parent = new Map(d.organizations.map((o) => [o.id, o.id]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const [a, b] of tiePairs(d)) parent.set(find(a), find(b));
  const sizes = new Map<string, number>();
  for (const id of parent.keys()) sizes.set(find(id), (sizes.get(find(id)) ?? 0) + 1);
  return [...sizes.values()].sort((a, b) => b - a);
}

/** Companies with a research organisation within one and within two ties, from the generated rows. */
function researchReachOf(d: Dataset): { direct: number; withinTwo: number } {
  const kind = new Map(d.organizations.map((o) => [o.id, o.kind]));
  const partners = new Map<string, string[]>();
  for (const [a, b] of tiePairs(d)) {
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }
  const research = (id: string) => RESEARCH_KINDS.includes(kind.get(id)!);
  const direct = (id: string) => (partners.get(id) ?? []).some(research);
  const companies = d.organizations.filter((o) => o.kind === 'company').map((o) => o.id);
  return {
    direct: companies.filter(direct).length,
    withinTwo: companies.filter((c) => direct(c) || (partners.get(c) ?? []).some(direct)).length,
  };
}

beforeAll(async () => {
  db = connect();
  demo = generate();
  await freshDatabase(db);
  await loadDataset(db, demo, { layout: false });
  metrics = await computeMetrics(db);
});
afterAll(async () => db.close());

describe('the planted gaps of the demo data', () => {
  it('finds Gießereitechnik as the only white spot, with all its holders', async () => {
    const rows = await reports.competenceWhiteSpots(db);
    const spots = rows.filter((r) => r.whiteSpot);
    expect(spots.map((r) => (r.competence as Row).id)).toEqual([WHITE_SPOT_COMPETENCE_ID]);
    expect(spots[0]?.companies).toBe(whiteSpotHolderCount(2600));
  });

  it('finds the Prignitz as the only district cut off from research', async () => {
    const r = await reports.districtConnectivity(db);
    const cutOff = (r.districts as Row[]).filter((d) => d.cutOffFromResearch);
    expect(cutOff.map((d) => (d.district as Row).id)).toEqual([CUT_OFF_DISTRICT_ID]);
    expect(cutOff[0]?.companies).toBe(
      await count("MATCH (:District {id: 'prignitz'})<-[:IN_DISTRICT]-(:Place)<-[:LOCATED_IN]-(c:Company) RETURN count(c)"),
    );
  });

  it('finds the institute without industry partners', async () => {
    const r = await reports.researchWithoutIndustry(db, {});
    expect(r.map((x) => (x.organization as Row).id)).toContain(INSTITUTE_WITHOUT_INDUSTRY_ID);
  });

  it('finds the broker as an articulation point that cuts its group off the network and off research', async () => {
    const report = await brokers(db, { limit: 200, cutOffLimit: 100 });
    const broker = report.brokers.find((b) => (b.organization as Row).id === BROKER_ID);
    expect(broker).toMatchObject({ articulation: true });
    expect((broker?.cutOff as Row[]).map((o) => o.id)).toEqual(expect.arrayContaining([...BROKER_GROUP_IDS]));
    expect(Number(broker?.researchCutOff)).toBeGreaterThanOrEqual(BROKER_GROUP_IDS.length);
  });

  it('lists exactly the isolated companies of the generator', async () => {
    const expected = isolatedCompanyIds(demo);
    const r = await reports.isolatedOrganizations(db, { kinds: ['company'], limit: 500 });
    expect(r.total).toBe(expected.length);
    expect(r.organizations).not.toHaveLength(0);
    expect((r.organizations as Row[]).map((o) => String(o.id)).filter((id) => !expected.includes(id))).toEqual([]);
    expect(await count('MATCH (c:Company) WHERE c.metricDegree = 0 RETURN count(c)')).toBe(expected.length);
  });
});

describe('the reports agree with counts made another way', () => {
  it('counts companies without research within one and two ties as the generated rows and a direct Cypher count do', async () => {
    const r = await reports.researchReach(db, {});
    const fromRows = researchReachOf(demo);
    expect([r.companies, r.withoutDirectTie, r.withoutTieWithinTwo]).toEqual([2600, 2600 - fromRows.direct, 2600 - fromRows.withinTwo]);
    const tiedToResearch = await count(`
      MATCH (r:Organization) WHERE r:University OR r:ResearchInstitute
      CALL (r) {
        MATCH (r)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(c:Company) RETURN c
        UNION MATCH (r)-[:COOPERATES_WITH]-(c:Company) RETURN c
      }
      RETURN count(DISTINCT c)`);
    expect(r.withoutDirectTie).toBe(2600 - tiedToResearch);
  });

  it('stores components and degrees as the generated rows and the degree field count them', async () => {
    const sizes = componentSizes(demo);
    expect([metrics.components, metrics.largestComponent, metrics.ties]).toEqual([sizes.length, sizes[0], tiePairs(demo).length]);
    const degreeStatement =
      'CALL (o) { MATCH (o)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(x:Organization) RETURN x UNION MATCH (o)-[:COOPERATES_WITH]-(x:Organization) RETURN x }';
    expect(
      await count(`MATCH (o:Organization) ${degreeStatement} WITH o, count(DISTINCT x) AS d WHERE d <> o.metricDegree RETURN count(o)`),
    ).toBe(0);
    // GDS's articulation points and the cut-impact search agree on who splits something.
    expect(await count('MATCH (o:Organization) WHERE o.articulation <> (o.splitOff > 0) RETURN count(o)')).toBe(0);
  });

  it('counts every tie once as new in its first year', async () => {
    const years = await reports.networkKpis(db, { fromYear: 1900, toYear: 2100 });
    expect(years.reduce((s, y) => s + Number(y.newTies), 0)).toBe(metrics.ties);
    const byLevelSum = (y: Row) => (y.activeProjectsByLevel as { count: number }[]).reduce((s, l) => s + l.count, 0);
    expect(
      years
        .filter((y) => byLevelSum(y) !== y.activeProjects)
        .map((y) => `${y.year}: ${byLevelSum(y)} by level, ${y.activeProjects} active`),
    ).toEqual([]);
  });
});

describe('suggested introductions for the planted gaps', () => {
  it('pairs Gießerei firms with research, Prignitz firms with research, and IKZ with firms', async () => {
    const [white, prignitz, ikz] = await Promise.all([
      suggestedIntroductions(db, { gap: 'WHITE_SPOT', limit: 6 }),
      suggestedIntroductions(db, { gap: 'CUT_OFF_DISTRICT', target: CUT_OFF_DISTRICT_ID, limit: 6 }),
      suggestedIntroductions(db, { gap: 'RESEARCH_WITHOUT_INDUSTRY', target: INSTITUTE_WITHOUT_INDUSTRY_ID, limit: 4 }),
    ]);
    expect(white.length).toBeGreaterThan(0);
    expect(
      white.filter((i) => !(i.from.competences.includes(WHITE_SPOT_COMPETENCE_ID) && RESEARCH_KINDS.includes(i.to.kind))).map(pair),
    ).toEqual([]);
    expect(prignitz.length).toBeGreaterThan(0);
    expect(prignitz.filter((i) => !(i.from.district === CUT_OFF_DISTRICT_ID && RESEARCH_KINDS.includes(i.to.kind))).map(pair)).toEqual([]);
    expect(ikz.length).toBeGreaterThan(0);
    expect(
      ikz.filter((i) => !(i.from.id === INSTITUTE_WITHOUT_INDUSTRY_ID && i.to.kind === 'company' && i.partner !== null)).map(pair),
    ).toEqual([]);
  });

  it("gives the broker's group links that do not run through the broker", async () => {
    const r = await suggestedIntroductions(db, { gap: 'BROKER', target: BROKER_ID, limit: 8 });
    expect(r.length).toBeGreaterThan(0);
    const group = new Set([BROKER_ID, ...BROKER_GROUP_IDS]);
    expect(r.filter((i) => !(BROKER_GROUP_IDS.includes(i.from.id) && !group.has(i.to.id))).map(pair)).toEqual([]);
  });
});

describe('the gap lens colours what the reports count', () => {
  const lens = async (args: GapLensArgs) => Object.fromEntries((await gapLens(db, args)).map((g) => [g.key, g.ids]));

  it('classes every company by research reach exactly as the report counts it', async () => {
    const [groups, report] = await Promise.all([lens({ lens: 'RESEARCH_REACH' }), reports.researchReach(db, {})]);
    const direct = groups.direct?.length ?? 0;
    const withinTwo = groups.within_two?.length ?? 0;
    const none = groups.none?.length ?? 0;
    expect(direct + withinTwo + none).toBe(report.companies);
    expect([withinTwo + none, none]).toEqual([report.withoutDirectTie, report.withoutTieWithinTwo]);
    expect(groups.research).toHaveLength(await count('MATCH (r:Organization) WHERE r:University OR r:ResearchInstitute RETURN count(r)'));
  });

  it("marks the isolated organisations of the report, and the generator's isolated companies among them", async () => {
    const [groups, report] = await Promise.all([lens({ lens: 'ISOLATED' }), reports.isolatedOrganizations(db, { limit: 0 })]);
    expect(groups.isolated).toHaveLength(Number(report.total));
    expect(groups.isolated).toEqual(expect.arrayContaining(isolatedCompanyIds(demo)));
  });

  it("shows the white spot's holders, none linked to research, and no research holder", async () => {
    const groups = await lens({ lens: 'WHITE_SPOT', target: WHITE_SPOT_COMPETENCE_ID });
    expect(Object.keys(groups)).toEqual(['unlinked']);
    expect(groups.unlinked).toHaveLength(whiteSpotHolderCount(2600));
  });

  it('puts the planted institute among research without industry, and the Prignitz among cut-off districts', async () => {
    const [lonely, districts] = await Promise.all([
      lens({ lens: 'RESEARCH_WITHOUT_INDUSTRY' }),
      lens({ lens: 'DISTRICTS', target: CUT_OFF_DISTRICT_ID }),
    ]);
    expect(lonely.without_industry).toContain(INSTITUTE_WITHOUT_INDUSTRY_ID);
    expect(new Set(districts.cut_off)).toEqual(new Set(districts.district));
  });

  it('shows the broker and the group it alone holds, and the largest communities', async () => {
    const [b, c] = await Promise.all([lens({ lens: 'BROKERS', target: BROKER_ID }), lens({ lens: 'COMMUNITIES', communities: 3 })]);
    expect(b.broker).toEqual([BROKER_ID]);
    expect(b.cut_off).toEqual(expect.arrayContaining([...BROKER_GROUP_IDS]));
    expect(b.articulation).toContain(BROKER_ID);
    expect(Object.keys(c)).toEqual(['c1', 'c2', 'c3']);
    expect(c.c1!.length).toBeGreaterThanOrEqual(c.c2!.length);
    const communityOfBroker = await count(`MATCH (o:Organization {id: '${BROKER_ID}'}) RETURN o.communityId`);
    expect(Object.keys(await lens({ lens: 'COMMUNITIES', communities: 1, target: String(communityOfBroker) }))).toEqual(
      communityOfBroker === 1 ? ['c1'] : ['c1', `c${communityOfBroker}`],
    );
    await expect(gapLens(db, { lens: 'COMMUNITIES', target: 'co-0001' })).rejects.toThrow('must be a community number');
  });

  it('names a target that does not exist, and asks for the competence of a white spot', async () => {
    await expect(gapLens(db, { lens: 'WHITE_SPOT', target: 'no-such-field' })).rejects.toThrow('No competence with id "no-such-field".');
    await expect(gapLens(db, { lens: 'WHITE_SPOT' })).rejects.toThrow(/target.*competence id/);
    await expect(gapLens(db, { lens: 'DISTRICTS', target: 'atlantis' })).rejects.toThrow('No district with id "atlantis".');
  });
});
