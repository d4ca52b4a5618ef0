import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../seed/dataset.ts';
import { generate } from '../../seed/generate.ts';
import { validateDataset } from '../../seed/validate.ts';
import {
  BROKER_DISTRICT_ID,
  BROKER_ID,
  BROKER_GROUP_IDS,
  BROKER_NAME,
  CUT_OFF_DISTRICT_ID,
  INSTITUTE_WITHOUT_INDUSTRY_ID,
  RESEARCH_KINDS,
  WHITE_SPOT_COMPETENCE_ID,
  WHITE_SPOT_PROJECT_TITLE,
  brokerGroupIds,
  brokerId,
  isolatedCompanyIds,
  whiteSpotHolderCount,
} from '../../seed/planted.ts';

const demo = generate();
const companiesOf = (d: Dataset) => d.organizations.filter((o) => o.kind === 'company');
const districtOf = (d: Dataset) => {
  const placeDistrict = new Map(d.places.map((p) => [p.id, p.districtId]));
  return new Map(d.organizations.map((o) => [o.id, placeDistrict.get(o.placeId)]));
};
const researchIds = (d: Dataset) => new Set(d.organizations.filter((o) => RESEARCH_KINDS.includes(o.kind)).map((o) => o.id));
const companyIds = (d: Dataset) => new Set(companiesOf(d).map((o) => o.id));

// Everyone an organisation shares a project or a cooperation with.
function partners(d: Dataset): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    const set = out.get(a) ?? new Set<string>();
    set.add(b);
    out.set(a, set);
  };
  const members = new Map<string, string[]>();
  for (const p of d.participations) members.set(p.projectId, [...(members.get(p.projectId) ?? []), p.orgId]);
  for (const list of members.values()) for (const a of list) for (const b of list) link(a, b);
  for (const c of d.cooperations) {
    link(c.fromId, c.toId);
    link(c.toId, c.fromId);
  }
  return out;
}

// Organisations reachable from `start` over projects and cooperations, without `removed`.
function reachable(d: Dataset, start: string, removed: string): Set<string> {
  const graph = partners(d);
  const seen = new Set([start]);
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of graph.get(id) ?? []) {
      if (next === removed || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

function expectPlantedGaps(d: Dataset, companies: number): void {
  const research = researchIds(d);
  const firms = companyIds(d);
  const graph = partners(d);
  const districts = districtOf(d);

  // 1. White spot.
  const holders = new Set(d.orgCompetences.filter((c) => c.competenceId === WHITE_SPOT_COMPETENCE_ID).map((c) => c.orgId));
  expect(holders.size).toBe(whiteSpotHolderCount(companies));
  expect([...holders].filter((id) => !firms.has(id))).toEqual([]);
  const whiteProjects = new Set(d.projects.filter((p) => p.competenceIds.includes(WHITE_SPOT_COMPETENCE_ID)).map((p) => p.id));
  expect(whiteProjects.size).toBeGreaterThan(0);
  expect(d.participations.filter((p) => whiteProjects.has(p.projectId) && research.has(p.orgId))).toEqual([]);
  for (const id of holders)
    expect(
      [...(graph.get(id) ?? [])].filter((p) => research.has(p)),
      id,
    ).toEqual([]);

  expect(d.projects.map((p) => p.title)).toContain(WHITE_SPOT_PROJECT_TITLE);

  // 2. District cut off from research.
  const cutOff = d.organizations.filter((o) => districts.get(o.id) === CUT_OFF_DISTRICT_ID);
  expect(cutOff.length).toBeGreaterThan(0);
  expect(cutOff.filter((o) => o.kind !== 'company').map((o) => `${o.id} (${o.kind})`)).toEqual([]);
  for (const o of cutOff)
    expect(
      [...(graph.get(o.id) ?? [])].filter((p) => research.has(p)),
      o.id,
    ).toEqual([]);
  const inside = new Set(cutOff.map((o) => o.id));
  const coops = d.cooperations.filter((c) => inside.has(c.fromId) || inside.has(c.toId));
  expect(
    coops.filter((c) => inside.has(c.fromId) && inside.has(c.toId)),
    'a cooperation within the district',
  ).not.toHaveLength(0);
  expect(
    coops.filter((c) => firms.has(c.fromId) && firms.has(c.toId) && inside.has(c.fromId) !== inside.has(c.toId)),
    'a cooperation with a firm outside',
  ).not.toHaveLength(0);

  // 3. Institute without industry partners, but with research partners.
  const institutePartners = [...(graph.get(INSTITUTE_WITHOUT_INDUSTRY_ID) ?? [])];
  expect(institutePartners.length).toBeGreaterThan(0);
  expect(institutePartners.filter((p) => !research.has(p))).toEqual([]);

  // 4. Broker: the group reaches the rest only through it.
  const broker = brokerId(companies);
  const group = brokerGroupIds(companies);
  const withBroker = reachable(d, group[0] ?? '', '');
  expect(withBroker.size).toBeGreaterThan(group.length + 100);
  const withoutBroker = reachable(d, group[0] ?? '', broker);
  expect([...withoutBroker].sort()).toEqual([...group].sort());
  const outside = [...(graph.get(broker) ?? [])].filter((p) => !group.includes(p));
  expect(Math.max(...outside.map((p) => reachable(d, p, broker).size))).toBeGreaterThan(100);
}

describe('seed: synthetic companies', () => {
  it('makes exactly 2,600 companies with 38,200 employees', () => {
    const companies = companiesOf(demo);
    expect(companies).toHaveLength(2600);
    expect(companies.reduce((sum, c) => sum + (c.employees ?? 0), 0)).toBe(38200);
    expect(companies.filter((c) => !c.synthetic || !/^co-\d{4}$/.test(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('gives every company a Brandenburg place outside Berlin, a competence and an industry', () => {
    const districts = districtOf(demo);
    const withCompetence = new Set(demo.orgCompetences.map((c) => c.orgId));
    const withIndustry = new Set(demo.orgIndustries.map((i) => i.orgId));
    const companies = companiesOf(demo);
    expect(companies).not.toHaveLength(0);
    expect(
      companies.filter((c) => [undefined, 'berlin'].includes(districts.get(c.id))).map((c) => `${c.id} in ${districts.get(c.id)}`),
    ).toEqual([]);
    expect(companies.filter((c) => !withCompetence.has(c.id)).map((c) => c.id)).toEqual([]);
    expect(companies.filter((c) => !withIndustry.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('keeps head counts heavy-tailed: mostly under 50, a handful of 250 or more, none under 1', () => {
    const heads = companiesOf(demo).map((c) => c.employees ?? 0);
    expect(Math.min(...heads)).toBeGreaterThanOrEqual(1);
    expect(heads.filter((h) => h < 50).length / heads.length).toBeGreaterThan(0.85);
    const large = heads.filter((h) => h >= 250).length;
    expect(large).toBeGreaterThanOrEqual(3);
    expect(large).toBeLessThanOrEqual(30);
    const sizeOf = (h: number) => (h < 10 ? 'micro' : h < 50 ? 'small' : h < 250 ? 'medium' : 'large');
    expect(
      companiesOf(demo)
        .filter((c) => c.sizeClass !== sizeOf(c.employees ?? 0))
        .map((c) => `${c.id}: ${c.employees} as ${c.sizeClass}`),
    ).toEqual([]);
  });

  it('names every company uniquely and gives it one to four competences and one to three industries', () => {
    const companies = companiesOf(demo);
    expect(companies).not.toHaveLength(0);
    expect(new Set(companies.map((c) => c.name)).size).toBe(companies.length);
    const count = (rows: { orgId: string }[]) => {
      const m = new Map<string, number>();
      for (const r of rows) m.set(r.orgId, (m.get(r.orgId) ?? 0) + 1);
      return m;
    };
    const outside = (rows: { orgId: string }[], min: number, max: number) => {
      const m = count(rows);
      return companies.filter((c) => (m.get(c.id) ?? 0) < min || (m.get(c.id) ?? 0) > max).map((c) => `${c.id}: ${m.get(c.id) ?? 0}`);
    };
    expect(outside(demo.orgCompetences, 1, 4)).toEqual([]);
    expect(outside(demo.orgIndustries, 1, 3)).toEqual([]);
  });
});

describe('seed: real facts', () => {
  it('reads the 117 institutions by kind and society', () => {
    const unis = demo.organizations.filter((o) => o.kind === 'university');
    const institutes = demo.organizations.filter((o) => o.kind === 'research_institute');
    const tally = (values: (string | undefined)[]) =>
      Object.fromEntries([...new Set(values)].map((v) => [v, values.filter((x) => x === v).length]));
    expect(tally(unis.map((u) => u.universityKind))).toEqual({ university: 6, university_applied: 12, art_college: 5, private: 32 });
    expect(tally(institutes.map((i) => i.society))).toEqual({ leibniz: 30, fraunhofer: 13, max_planck: 9, other: 10 });
    expect([...unis, ...institutes].filter((o) => o.synthetic || !o.source || !o.confidence || !o.topics).map((o) => o.id)).toEqual([]);
  });

  it('has the 14 Landkreise, 4 kreisfreie Städte and Berlin, and places for every institution city', () => {
    const kinds = demo.districts.map((d) => d.kind);
    expect(kinds.filter((k) => k === 'landkreis')).toHaveLength(14);
    expect(kinds.filter((k) => k === 'kreisfreie_stadt')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'land')).toHaveLength(1);
    const places = new Map(demo.places.map((p) => [p.id, p]));
    expect(places.get('berlin')?.kind).toBe('metropolis');
    expect(places.get('stechlin-neuglobsow')?.districtId).toBe('oberhavel');
    expect(places.get('wustermark-elstal')?.districtId).toBe('havelland');
    expect(demo.places).toHaveLength(67 + 3);
  });

  it('includes the chambers, agency, ministry, associations and the cluster as real actors', () => {
    const actors = demo.organizations.filter((o) => !['company', 'university', 'research_institute'].includes(o.kind));
    const tally = Object.fromEntries(
      ['chamber', 'agency', 'ministry', 'association', 'network'].map((k) => [k, actors.filter((a) => a.kind === k).length]),
    );
    expect(tally).toEqual({ chamber: 6, agency: 1, ministry: 1, association: 3, network: 1 });
    expect(actors.filter((a) => a.synthetic || !a.source).map((a) => a.id)).toEqual([]);
  });

  it('never maps an institution to the white-spot competence', () => {
    const research = researchIds(demo);
    expect(demo.orgCompetences.filter((c) => research.has(c.orgId) && c.competenceId === WHITE_SPOT_COMPETENCE_ID)).toEqual([]);
  });
});

describe('seed: determinism and integrity', () => {
  it('gives deep-equal data for the same seed and different data for another seed', () => {
    expect(generate({ companies: 300, seed: 7 })).toEqual(generate({ companies: 300, seed: 7 }));
    expect(generate({ companies: 300, seed: 8 })).not.toEqual(generate({ companies: 300, seed: 7 }));
    expect(generate()).toEqual(demo);
  });

  it('uses unique ids in every table and refers only to ids that exist', () => {
    for (const table of ['districts', 'places', 'competences', 'industries', 'actionFields', 'organizations', 'projects'] as const) {
      const ids = demo[table].map((r) => r.id);
      expect(ids.length, table).toBeGreaterThan(0);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        table,
      ).toEqual([]);
    }
    expect(() => validateDataset(demo)).not.toThrow();
  });

  it('gives every project exactly one lead and 2 to 15 distinct participants', () => {
    const byProject = new Map<string, { orgId: string; role: string }[]>();
    for (const p of demo.participations) byProject.set(p.projectId, [...(byProject.get(p.projectId) ?? []), p]);
    expect(demo.projects).not.toHaveLength(0);
    for (const project of demo.projects) {
      const list = byProject.get(project.id) ?? [];
      expect(
        list.filter((p) => p.role === 'lead'),
        project.id,
      ).toHaveLength(1);
      expect(list.length, project.id).toBeGreaterThanOrEqual(2);
      expect(list.length, project.id).toBeLessThanOrEqual(15);
      expect(new Set(list.map((p) => p.orgId)).size, project.id).toBe(list.length);
    }
  });

  it('dates projects from 2012 to 2025 for one to four years with one to three competences', () => {
    expect(demo.projects).not.toHaveLength(0);
    for (const p of demo.projects) {
      const start = Number(p.start.slice(0, 4));
      expect(start, p.id).toBeGreaterThanOrEqual(2012);
      expect(start, p.id).toBeLessThanOrEqual(2025);
      const years = Number(p.end.slice(0, 4)) - start;
      expect(years, p.id).toBeGreaterThanOrEqual(0);
      expect(years, p.id).toBeLessThanOrEqual(4);
      expect(p.competenceIds.length, p.id).toBeGreaterThanOrEqual(1);
      expect(p.competenceIds.length, p.id).toBeLessThanOrEqual(3);
    }
  });

  it('never lets an organisation cooperate with itself or a pair cooperate twice', () => {
    const pairs = demo.cooperations.map((c) => [c.fromId, c.toId].sort().join('|'));
    expect(demo.cooperations.filter((c) => c.fromId === c.toId)).toEqual([]);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('has about 350 projects and 1,100 cooperations, and leaves 35–50 % of companies without ties', () => {
    expect(demo.projects).toHaveLength(350);
    expect(demo.cooperations.length).toBeGreaterThanOrEqual(1000);
    expect(demo.cooperations.length).toBeLessThanOrEqual(1200);
    const share = isolatedCompanyIds(demo).length / 2600;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.5);
  });
});

describe('seed: planted gaps', () => {
  it('plants the white spot, the cut-off district, the lone institute and the broker', () => {
    expectPlantedGaps(demo, 2600);
  });

  it('makes Gießereitechnik the only competence that meets all three white-spot conditions', () => {
    const research = researchIds(demo);
    const graph = partners(demo);
    const holdersOf = (c: string) => demo.orgCompetences.filter((r) => r.competenceId === c).map((r) => r.orgId);
    const researchInProject = new Set(demo.participations.filter((p) => research.has(p.orgId)).map((p) => p.projectId));
    const whiteSpots = demo.competences
      .map((c) => c.id)
      .filter((c) => {
        const holders = holdersOf(c);
        return (
          holders.length > 0 &&
          holders.every((h) => !research.has(h)) &&
          demo.projects.every((p) => !p.competenceIds.includes(c) || !researchInProject.has(p.id)) &&
          holders.every((h) => [...(graph.get(h) ?? [])].every((x) => !research.has(x)))
        );
      });
    expect(whiteSpots).toEqual([WHITE_SPOT_COMPETENCE_ID]);
  });

  it('names the broker as documented and puts it and its group in the Uckermark', () => {
    const byId = new Map(demo.organizations.map((o) => [o.id, o]));
    const districts = districtOf(demo);
    expect(byId.get(BROKER_ID)?.name).toBe(BROKER_NAME);
    for (const id of [BROKER_ID, ...BROKER_GROUP_IDS]) expect(districts.get(id)).toBe(BROKER_DISTRICT_ID);
    expect(demo.participations.filter((p) => BROKER_GROUP_IDS.includes(p.orgId)).map((p) => p.projectId)).toHaveLength(5);
  });

  it('keeps the planted gaps for other seeds', () => {
    for (const seed of [1, 2]) expectPlantedGaps(generate({ companies: 2600, seed }), 2600);
  });
});

describe('seed: scaling', () => {
  it('scales to 10,000 companies with 146,923 employees, keeping the planted gaps, in well under ten seconds', () => {
    const started = performance.now();
    const big = generate({ companies: 10000 });
    expect(performance.now() - started).toBeLessThan(10_000);
    const companies = companiesOf(big);
    expect(companies).toHaveLength(10000);
    expect(companies.reduce((sum, c) => sum + (c.employees ?? 0), 0)).toBe(Math.round((38200 * 10000) / 2600));
    expect(companies[0]?.id).toBe('co-00001');
    expectPlantedGaps(big, 10000);
  });

  it('refuses a company count too small for the planted gaps', () => {
    expect(() => generate({ companies: 10 })).toThrow(RangeError);
  });
});
