// networkOverview and networkUpTo: the network in aggregate by district, counted exactly on a
// hand-made cluster and against the demo dataset itself; the network sent whole only up to a size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db.ts';
import type { DistrictOverview, NetworkOverview } from '../../server/graphql/overview/index.ts';
import { generate } from '../../seed/generate.ts';
import type { Dataset } from '../../seed/dataset.ts';
import { loadDataset } from '../../seed/load.ts';
import { tinyDataset } from '../fixtures/tiny.ts';
import { connect, freshDatabase, gql, loadDemo, startApp, type RunningApp } from '../setup/db.ts';

const overviewQuery = `{ networkOverview { computedAt organizations
  districts { id name organizations companies research synthetic projects researchLinkedCompanies internalTies places }
  ties { source target ties cooperations } } }`;

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

async function overview(): Promise<NetworkOverview> {
  const r = await gql<{ networkOverview: NetworkOverview }>(app.url, overviewQuery);
  expect(r.errors).toBeUndefined();
  return r.data!.networkOverview;
}

// The tiny cluster plus a cross-district cooperation (Fraunhofer IPK in Berlin ~ Testfräserei in
// Cottbus), a project of IPK with both Cottbus firms, and a second town in Cottbus (Sielow) where
// the second firm is.
function crossDistrictDataset(): Dataset {
  const d = tinyDataset();
  const sielow = { ...(d.places[1] as Dataset['places'][number]), id: 'sielow', name: 'Sielow', lat: 51.8, lon: 14.3 };
  return {
    ...d,
    places: [...d.places, sielow],
    organizations: d.organizations.map((o) => (o.id === 'co-2' ? { ...o, placeId: 'sielow' } : o)),
    projects: [...d.projects, { ...(d.projects[0] as Dataset['projects'][number]), id: 'pr-2', title: 'Fügetechnik-Testprojekt' }],
    participations: [
      ...d.participations,
      { orgId: 'fhg-ipk', projectId: 'pr-2', role: 'lead' },
      { orgId: 'co-1', projectId: 'pr-2', role: 'partner' },
      { orgId: 'co-2', projectId: 'pr-2', role: 'partner' },
    ],
    cooperations: [...d.cooperations, { fromId: 'fhg-ipk', toId: 'co-2', since: 2021, kind: 'research', synthetic: true }],
  };
}

describe('the overview of a hand-made cluster', () => {
  beforeAll(async () => {
    await freshDatabase(db);
    await loadDataset(db, crossDistrictDataset(), { layout: false });
  });

  it('counts each district, computed on the first question when the metrics never ran', async () => {
    const o = await overview();
    expect(o.organizations).toBe(5);
    expect(o.districts).toEqual([
      // IPK: one project (pr-2); no company, so nobody linked to research.
      {
        id: 'berlin',
        name: 'Berlin',
        organizations: 1,
        companies: 0,
        research: 1,
        synthetic: 0,
        projects: 1,
        researchLinkedCompanies: 0,
        internalTies: 0,
        places: 1,
      },
      // BTU, two firms and the chamber; pr-1 (BTU, co-1), co-1 ~ co-2 and pr-2's pair (co-1, co-2) are three ties within;
      // both firms have a research tie (co-1 with BTU in pr-1, co-2 with IPK).
      {
        id: 'cottbus',
        name: 'Cottbus',
        organizations: 4,
        companies: 2,
        research: 1,
        synthetic: 2,
        projects: 2,
        researchLinkedCompanies: 2,
        internalTies: 3,
        // Cottbus and Sielow
        places: 2,
      },
    ]);
    // IPK ~ co-2, and pr-2's pairs (IPK, co-1) and (IPK, co-2).
    expect(o.ties).toEqual([{ source: 'berlin', target: 'cottbus', ties: 3, cooperations: 1 }]);
    expect(Date.parse(o.computedAt)).not.toBeNaN();
  });

  it('sends the network whole up to the size asked, and null above it', async () => {
    const q = `query ($max: Int!, $filter: NetworkFilter) { networkUpTo(maxOrganizations: $max, filter: $filter) { nodeCount } }`;
    const upTo = async (max: number, filter?: unknown) =>
      (await gql<{ networkUpTo: { nodeCount: number } | null }>(app.url, q, { max, filter })).data?.networkUpTo;
    expect(await upTo(5)).toEqual({ nodeCount: 7 }); // 5 organisations, 2 projects
    expect(await upTo(4)).toBeNull();
    expect(await upTo(4, { districts: ['cottbus'] })).toEqual({ nodeCount: 6 });
    expect(await upTo(3, { districts: ['cottbus'] })).toBeNull();
  });

  it('gives named organisations with the projects and ties among them', async () => {
    const q = `query ($ids: [ID!]) { network(filter: { organizations: $ids }) { graph } }`;
    const r = await gql<{ network: { graph: { nodes: { key: string }[]; edges: { key: string }[] } } }>(app.url, q, {
      ids: ['fhg-ipk', 'co-2'],
    });
    expect(r.errors).toBeUndefined();
    const g = r.data!.network.graph;
    expect(g.nodes.map((n) => n.key).sort()).toEqual(['co-2', 'fhg-ipk', 'pr-2']);
    expect(g.edges.map((e) => e.key).sort()).toEqual(['co-2>pr-2', 'fhg-ipk>pr-2', 'fhg-ipk~co-2']);
  });

  it('leaves out the projects with fewer participants among the organisations returned than asked', async () => {
    const q = `query ($filter: NetworkFilter) { network(filter: $filter) { graph } }`;
    const projects = async (filter: Record<string, unknown>) => {
      const r = await gql<{ network: { graph: { nodes: { key: string; attributes: { nodeType: string } }[] } } }>(app.url, q, { filter });
      expect(r.errors).toBeUndefined();
      return r
        .data!.network.graph.nodes.filter((n) => n.attributes.nodeType === 'project')
        .map((n) => n.key)
        .sort();
    };
    // In Berlin only Fraunhofer IPK takes part in pr-2: alone there, it ties nothing.
    expect(await projects({ districts: ['berlin'] })).toEqual(['pr-2']);
    expect(await projects({ districts: ['berlin'], minParticipants: 2 })).toEqual([]);
    expect(await projects({ districts: ['cottbus'], minParticipants: 2 })).toEqual(['pr-1', 'pr-2']);
    // pr-2's third participant is in Berlin: counted only when Berlin is asked for too.
    expect(await projects({ districts: ['cottbus'], minParticipants: 3 })).toEqual([]);
    expect(await projects({ districts: ['berlin', 'cottbus'], minParticipants: 3 })).toEqual(['pr-2']);
    const bad = await gql(app.url, q, { filter: { minParticipants: 0 } });
    expect(bad.errors?.[0]?.message).toMatch(/filter\.minParticipants.*from 1 to 1000, got 0/);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts one district by town, with the ties between its towns and none to other districts', async () => {
    const q = `query ($d: ID!) { districtOverview(district: $d) { district
      places { id name lat lon organizations companies research synthetic researchLinkedCompanies internalTies }
      ties { source target ties cooperations } } }`;
    const r = await gql<{ districtOverview: DistrictOverview | null }>(app.url, q, { d: 'cottbus' });
    expect(r.errors).toBeUndefined();
    expect(r.data?.districtOverview).toEqual({
      district: 'cottbus',
      places: [
        // BTU, the chamber and Testfräserei 1, tied within the town by pr-1.
        {
          id: 'cottbus',
          name: 'Cottbus',
          lat: 51.76,
          lon: 14.334,
          organizations: 3,
          companies: 1,
          research: 1,
          synthetic: 1,
          researchLinkedCompanies: 1,
          internalTies: 1,
        },
        // Testfräserei 2: tied to Fraunhofer IPK in Berlin by a cooperation and pr-2.
        {
          id: 'sielow',
          name: 'Sielow',
          lat: 51.8,
          lon: 14.3,
          organizations: 1,
          companies: 1,
          research: 0,
          synthetic: 1,
          researchLinkedCompanies: 1,
          internalTies: 0,
        },
      ],
      // The firms' cooperation and pr-2; IPK's ties to Sielow lie outside the district.
      ties: [{ source: 'cottbus', target: 'sielow', ties: 2, cooperations: 1 }],
    });
    expect((await gql(app.url, q, { d: 'atlantis' })).data).toEqual({ districtOverview: null });
    const bad = await gql(app.url, q, { d: 'no such id!' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives the network of one town of a district', async () => {
    const q = `query ($filter: NetworkFilter) { network(filter: $filter) { graph } }`;
    const r = await gql<{ network: { graph: { nodes: { key: string }[] } } }>(app.url, q, {
      filter: { districts: ['cottbus'], places: ['sielow'], includeProjects: false },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.network.graph.nodes.map((n) => n.key)).toEqual(['co-2']);
  });

  it('refuses more than 1,000 named organisations, saying how many it got', async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => `co-${i}`);
    const r = await gql(app.url, `query ($ids: [ID!]) { network(filter: { organizations: $ids }) { nodeCount } }`, { ids });
    expect(r.errors?.[0]?.message).toMatch(/at most 1000 organisations, got 1001/);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

/** The overview counted from the dataset itself, as the Cypher is meant to count it. */
function expectedOverview(d: Dataset) {
  const districtOf = new Map(d.places.map((p) => [p.id, p.districtId]));
  const org = new Map(d.organizations.map((o) => [o.id, { kind: o.kind, district: districtOf.get(o.placeId) as string }]));
  const research = (id: string) => ['university', 'research_institute'].includes(org.get(id)?.kind ?? '');
  const members = new Map<string, string[]>();
  for (const p of d.participations) members.set(p.projectId, [...(members.get(p.projectId) ?? []), p.orgId]);
  const pairs: [string, string, boolean][] = d.cooperations.map((c) => [c.fromId, c.toId, true]);
  for (const ms of members.values())
    for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) pairs.push([ms[i]!, ms[j]!, false]);
  const ties = new Map<string, { ties: number; cooperations: number }>();
  const linked = new Set<string>();
  for (const [a, b, cooperation] of pairs) {
    const [x, y] = [org.get(a)!.district, org.get(b)!.district].sort() as [string, string];
    const t = ties.get(`${x}|${y}`) ?? { ties: 0, cooperations: 0 };
    t.ties++;
    if (cooperation) t.cooperations++;
    ties.set(`${x}|${y}`, t);
    if (org.get(a)!.kind === 'company' && research(b)) linked.add(a);
    if (org.get(b)!.kind === 'company' && research(a)) linked.add(b);
  }
  const projects = new Map<string, Set<string>>();
  for (const p of d.participations) {
    const district = org.get(p.orgId)!.district;
    projects.set(district, (projects.get(district) ?? new Set()).add(p.projectId));
  }
  const districts = d.districts.map((dist) => {
    const inside = [...org.entries()].filter(([, o]) => o.district === dist.id);
    return {
      id: dist.id,
      organizations: inside.length,
      companies: inside.filter(([, o]) => o.kind === 'company').length,
      research: inside.filter(([id]) => research(id)).length,
      projects: projects.get(dist.id)?.size ?? 0,
      researchLinkedCompanies: inside.filter(([id]) => linked.has(id)).length,
      internalTies: ties.get(`${dist.id}|${dist.id}`)?.ties ?? 0,
      places: new Set(d.organizations.map((o) => o.placeId).filter((p) => districtOf.get(p) === dist.id)).size,
    };
  });
  const between = [...ties.entries()]
    .map(([key, t]) => ({ source: key.split('|')[0] as string, target: key.split('|')[1] as string, ...t }))
    .filter((t) => t.source !== t.target)
    .sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  return { districts: districts.sort((a, b) => a.id.localeCompare(b.id)), ties: between };
}

describe('the overview of the demo cluster', () => {
  beforeAll(async () => {
    await loadDemo(db);
  });

  it('is stored by the metrics job and counts what the dataset holds, district by district and tie by tie', async () => {
    const o = await overview();
    const expected = expectedOverview(generate());
    expect(o.districts.map(({ name: _n, synthetic: _s, ...counts }) => counts)).toEqual(expected.districts);
    expect(o.ties).toEqual(expected.ties);
    expect(o.organizations).toBe(generate().organizations.length);
  });
});
