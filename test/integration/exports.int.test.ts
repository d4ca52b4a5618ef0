// The network as files: every format downloads with its content type and file name, parses with
// the graphology ecosystem's parsers into the graph network(filter) answers, and a bad parameter
// is refused before anything runs.
import { unzipSync } from 'fflate';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../server/db.ts';
import { watchDatabase } from '../../server/db-watch.ts';
import { exportRoute } from '../../server/graphql/exports/index.ts';
import { silentLogger } from '../../server/log.ts';
import { connect, gql, loadDemo, type RunningApp, startApp, testApiLimits } from '../setup/db.ts';

interface WireGraph {
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

let db: Database;
let app: RunningApp;
const internal: unknown[] = [];

async function network(filter: Record<string, unknown> | null): Promise<{ nodeCount: number; edgeCount: number; graph: WireGraph }> {
  const res = await gql<{ network: { nodeCount: number; edgeCount: number; graph: WireGraph } }>(
    app.url,
    'query ($f: NetworkFilter) { network(filter: $f) { nodeCount edgeCount graph } }',
    { f: filter },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.network;
}

async function download(path: string): Promise<{ res: Response; body: Buffer }> {
  const res = await fetch(`${app.url}${path}`);
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

const day = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  db = connect();
  await loadDemo(db);
  app = await startApp(db, (e) => internal.push(e));
});

afterAll(async () => {
  await app?.close();
  await db?.close();
  expect(internal).toEqual([]);
});

describe('network exports', () => {
  it('downloads GEXF that graphology-gexf reads into the network’s nodes, edges and attributes', async () => {
    const { res, body } = await download('/export/network.gexf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/gexf+xml');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="cluster-metall-network-${day}.gexf"`);
    const graph = parseGexf(Graph, body.toString('utf8'));
    const expected = await network(null);
    expect(graph.order).toBe(expected.nodeCount);
    expect(graph.size).toBe(expected.edgeCount);
    const ipk = expected.graph.nodes.find((n) => n.key === 'fhg-ipk')!;
    const got = graph.getNodeAttributes('fhg-ipk');
    expect(got).toMatchObject({
      label: ipk.attributes.name,
      kind: 'research_institute',
      society: 'fraunhofer',
      degree: ipk.attributes.degree,
      synthetic: false,
      competences: (ipk.attributes.competences as string[]).join(';'),
    });
    expect(got.lat).toBeCloseTo(ipk.attributes.lat as number, 6);
    expect(typeof got.betweenness).toBe('number');
    const edge = expected.graph.edges.find((e) => e.attributes.kind === 'cooperation')!;
    expect(graph.getEdgeAttributes(edge.key)).toMatchObject({ kind: 'cooperation', since: edge.attributes.since });
  });

  it('downloads GraphML with typed keys that graphology-graphml reads into the network', async () => {
    const { res, body } = await download('/export/network.graphml');
    expect(res.headers.get('content-type')).toBe('application/graphml+xml');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="cluster-metall-network-${day}.graphml"`);
    const text = body.toString('utf8');
    expect(text).toContain('<key id="n_employees" for="node" attr.name="employees" attr.type="int">');
    expect(text).toContain(
      '<key id="n_competences" for="node" attr.name="competences" attr.type="string"><desc>competence ids, separated by &quot;;&quot;',
    );
    const graph = parseGraphml(Graph, text);
    const expected = await network(null);
    expect(graph.order).toBe(expected.nodeCount);
    expect(graph.size).toBe(expected.edgeCount);
    const company = expected.graph.nodes.find((n) => n.attributes.kind === 'company' && n.attributes.employees !== null)!;
    expect(graph.getNodeAttributes(company.key)).toMatchObject({
      name: company.attributes.name,
      employees: company.attributes.employees,
      district: company.attributes.district,
      degree: company.attributes.degree,
    });
    const participation = expected.graph.edges.find((e) => e.attributes.kind === 'participation')!;
    expect(graph.getEdgeAttributes(participation.source, participation.target)).toMatchObject({ role: participation.attributes.role });
  });

  it('downloads the CSV tables as a zip, UTF-8 with byte order mark, one row per node and edge', async () => {
    const { res, body } = await download('/export/network.csv.zip');
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="cluster-metall-network-${day}.csv.zip"`);
    const files = unzipSync(new Uint8Array(body));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'edges.csv', 'nodes.csv']);
    const expected = await network(null);
    const nodes = Buffer.from(files['nodes.csv']!);
    expect([...nodes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const nodeLines = nodes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(nodeLines[0]).toMatch(/^"id","nodeType","kind","name",/);
    expect(nodeLines).toHaveLength(expected.nodeCount + 1);
    const edgeLines = Buffer.from(files['edges.csv']!).toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(edgeLines[0]).toMatch(/^"id","source","target","kind",/);
    expect(edgeLines).toHaveLength(expected.edgeCount + 1);
    expect(Buffer.from(files['README.txt']!).toString('utf8')).toContain('betweenness (double)');
  });

  it('writes the CSV for German Excel with lang=de: semicolons and decimal commas', async () => {
    const { body } = await download('/export/network.csv.zip?lang=de&kinds=research_institute');
    const nodes = Buffer.from(unzipSync(new Uint8Array(body))['nodes.csv']!).toString('utf8');
    expect(nodes.split('\r\n')[0]).toMatch(/^\uFEFF"id";"nodeType";"kind"/);
    expect(nodes).toMatch(/"52,\d+"/);
  });

  it('downloads graphology JSON that Graph.from imports with the network’s nodes and edges', async () => {
    const { res, body } = await download('/export/network.json?includeMemberships=true');
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="cluster-metall-network-filtered-${day}.graphology.json"`);
    const graph = Graph.from(JSON.parse(body.toString('utf8')));
    const expected = await network({ includeMemberships: true });
    expect(graph.order).toBe(expected.nodeCount);
    expect(graph.size).toBe(expected.edgeCount);
    for (const n of expected.graph.nodes.slice(0, 50)) expect(graph.getNodeAttributes(n.key)).toMatchObject(n.attributes);
    for (const e of expected.graph.edges.slice(-50)) expect(graph.getEdgeAttributes(e.key)).toMatchObject(e.attributes);
  });

  it('exports exactly what network(filter) selects for the same filter', async () => {
    const filter = { kinds: ['company', 'university'], districts: ['cottbus', 'spree-neisse', 'oberspreewald-lausitz'], yearFrom: 2020 };
    const { res, body } = await download(
      '/export/network.json?kinds=company,university&districts=cottbus&districts=spree-neisse,oberspreewald-lausitz&yearFrom=2020',
    );
    expect(res.status).toBe(200);
    const expected = await network(filter);
    expect(expected.nodeCount).toBeGreaterThan(0);
    const graph = Graph.from(JSON.parse(body.toString('utf8')));
    expect([graph.order, graph.size]).toEqual([expected.nodeCount, expected.edgeCount]);
    for (const n of expected.graph.nodes) expect(graph.getNodeAttribute(n.key, 'degree')).toBe(n.attributes.degree);
  });

  it('answers a bad parameter with 400 naming the parameter, the value and what is allowed', async () => {
    const cases: [string, string, RegExp][] = [
      ['kinds=spaceship', 'kinds', /"spaceship" is not one of company, university/],
      ['minEmployees=many', 'minEmployees', /whole number, got "many"/],
      ['yearTo=3000', 'yearTo', /from 1900 to 2100, got 3000/],
      ['districts=a%20b', 'districts', /"a b" is not an id/],
      ['synthetic=yes', 'synthetic', /true or false/],
      ['colour=red', 'colour', /not a parameter of the network export; allowed: kinds/],
      ['lang=fr', 'lang', /"fr" is not one of en, de/],
    ];
    for (const [query, argument, message] of cases) {
      const res = await fetch(`${app.url}/export/network.gexf?${query}`);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(body.errors[0]!.message).toMatch(message);
      expect(body.errors[0]!.message).toMatch(new RegExp(`^Parameter "${argument}"`));
    }
    const unknown = await fetch(`${app.url}/export/network.pdf`);
    expect(unknown.status).toBe(404);
  });

  it('gives the same link from GraphQL: networkExport checks the filter and names the file', async () => {
    const res = await gql<{ networkExport: { url: string; fileName: string; contentType: string; format: string } }>(
      app.url,
      '{ networkExport(format: csv, lang: de, filter: { kinds: [company], minEmployees: 50 }) { url fileName contentType format } }',
    );
    expect(res.data?.networkExport).toEqual({
      url: '/export/network.csv.zip?kinds=company&minEmployees=50&lang=de',
      fileName: `cluster-metall-network-filtered-${day}.csv.zip`,
      contentType: 'application/zip',
      format: 'csv',
    });
    const bad = await gql(app.url, '{ networkExport(format: gexf, filter: { yearFrom: 1200 }) { url } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.yearFrom' });
  });

  it('stops the export’s statements when the client goes away', async () => {
    const abort = new AbortController();
    const res = await fetch(`${app.url}/export/network.graphml`, { signal: abort.signal });
    const reader = res.body!.getReader();
    await reader.read();
    abort.abort();
    await vi.waitFor(
      async () => {
        const session = db.driver.session({ database: db.database });
        try {
          const running = await session.run(
            "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'UNWIND $ids' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
          );
          expect(running.records[0]!.get('n')).toBe(0);
        } finally {
          await session.close();
        }
      },
      { timeout: 10_000, interval: 100 },
    );
  });

  it('charges the client’s minute budget like the network query: past it, 429 with Retry-After', async () => {
    const tight = await startApp(db, () => {}, { limits: { ...testApiLimits, costPerMinute: 6_000 } });
    try {
      const first = await fetch(`${tight.url}/export/network.graphml?kinds=ministry`);
      expect(first.status).toBe(200);
      expect((await first.text()).endsWith('</graphml>\n')).toBe(true);
      const refused = await fetch(`${tight.url}/export/network.graphml?kinds=ministry`);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('RATE_LIMITED');
    } finally {
      await tight.close();
    }
  });

  it('answers QUERY_TIMEOUT as JSON when the export runs past its time limit before its first byte', async () => {
    const strict = await startApp(db, () => {}, { limits: { ...testApiLimits, exportTimeoutMs: 1 } });
    try {
      const res = await fetch(`${strict.url}/export/network.gexf`);
      expect(res.status).toBe(504);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('QUERY_TIMEOUT');
    } finally {
      await strict.close();
    }
  });

  it('runs at most EXPORTS_AT_ONCE exports: one more meanwhile gets 429 RATE_LIMITED, and the slot is free again after', async () => {
    // The first export is held where it waits for its budget, so it surely runs while the second
    // arrives; the route is the app's, on the run's Neo4j, with the budget as the only stand-in.
    let release: (paid: null) => void = () => {};
    const held = new Promise<null>((resolve) => (release = resolve));
    let firstArrived: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (firstArrived = resolve));
    let charges = 0;
    const watch = watchDatabase(db, silentLogger);
    const route = exportRoute({
      db,
      watch,
      log: silentLogger,
      timeoutMs: 60_000,
      atOnce: 1,
      charge: () => {
        charges += 1;
        if (charges > 1) return Promise.resolve(null);
        firstArrived();
        return held;
      },
    });
    const server = express().get('/export/:file', route).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/export/network.json`;
    try {
      const first = fetch(url);
      await arrived;
      const second = await fetch(url);
      expect(second.status).toBe(429);
      expect(second.headers.get('retry-after')).toBe('10');
      const refused = (await second.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(refused.errors[0]).toMatchObject({
        message: '1 network exports are running; try again in a few seconds.',
        extensions: { code: 'RATE_LIMITED' },
      });
      expect(charges).toBe(1); // refused before it was charged
      release(null);
      const done = await first;
      expect(done.status).toBe(200);
      expect(Graph.from((await done.json()) as never).order).toBeGreaterThan(2600);
      expect((await fetch(url)).status).toBe(200);
    } finally {
      watch.stop();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
