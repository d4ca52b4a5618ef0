// Interoperability with the real tools: networkx reads the GraphML and the GEXF export, and
// Python's own zipfile and csv modules read the CSV export, with the database's counts and values.
// networkx is pinned and installed into a local virtual environment on first use (setup/python.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db.ts';
import { connect, loadDemo, type RunningApp, startApp } from '../setup/db.ts';
import { networkxPython } from '../setup/python.ts';

// Reads a file with networkx (or the CSV zip with the standard library) and prints what the test compares.
const reader = `
import csv, io, json, sys, zipfile
import networkx as nx
kind, file, probe = sys.argv[1], sys.argv[2], sys.argv[3]
if kind == "csv":
    z = zipfile.ZipFile(file)
    def rows(name):
        return list(csv.DictReader(io.TextIOWrapper(z.open(name), encoding="utf-8-sig", newline="")))
    nodes, edges = rows("nodes.csv"), rows("edges.csv")
    node = next(r for r in nodes if r["id"] == probe)
    print(json.dumps({"nodes": len(nodes), "edges": len(edges), "node": node}))
else:
    g = nx.read_graphml(file) if kind == "graphml" else nx.read_gexf(file)
    kinds = {}
    for _, d in g.nodes(data=True):
        kinds[d["nodeType"]] = kinds.get(d["nodeType"], 0) + 1
    node = {k: v for k, v in g.nodes[probe].items() if k != "viz"}
    types = {k: type(v).__name__ for k, v in node.items()}
    print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(), "kinds": kinds, "node": node, "types": types}))
`;

let db: Database;
let app: RunningApp;
let python: string;
let dir: string;

interface Read {
  nodes: number;
  edges: number;
  directed?: boolean;
  kinds?: Record<string, number>;
  node: Record<string, unknown>;
  types?: Record<string, string>;
}

async function readWithPython(kind: 'graphml' | 'gexf' | 'csv', urlPath: string, probe: string): Promise<Read> {
  const res = await fetch(`${app.url}${urlPath}`);
  expect(res.status).toBe(200);
  const file = path.join(dir, `network.${kind}`);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return JSON.parse(execFileSync(python, [path.join(dir, 'read.py'), kind, file, probe], { encoding: 'utf8' })) as Read;
}

/** The database's own answer: organisations, projects with a participant, and ties among them. */
async function counts(): Promise<{ organizations: number; projects: number; edges: number; ipk: Record<string, unknown> }> {
  const session = db.driver.session({ database: db.database });
  try {
    const r = await session.run(`
      MATCH (o:Organization)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(:District) WITH count(o) AS organizations
      CALL { MATCH (p:Project)<-[:PARTICIPATES_IN]-(:Organization) RETURN count(DISTINCT p) AS projects }
      CALL { MATCH (:Organization)-[r:PARTICIPATES_IN]->(:Project) RETURN count(r) AS participations }
      CALL { MATCH (:Organization)-[r:COOPERATES_WITH]->(:Organization) RETURN count(r) AS cooperations }
      MATCH (ipk:Organization {id: 'fhg-ipk'})
      RETURN organizations, projects, participations + cooperations AS edges,
             ipk {.name, .kind, .society, .betweenness, .communityId, .articulation} AS ipk`);
    const rec = r.records[0]!;
    const n = (k: string) => Number(rec.get(k));
    return {
      organizations: n('organizations'),
      projects: n('projects'),
      edges: n('edges'),
      ipk: rec.get('ipk') as Record<string, unknown>,
    };
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  python = networkxPython();
  dir = mkdtempSync(path.join(tmpdir(), 'cluster-explorer-networkx-'));
  writeFileSync(path.join(dir, 'read.py'), reader);
  db = connect();
  await loadDemo(db);
  app = await startApp(db);
}, 600_000);

afterAll(async () => {
  await app?.close();
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('networkx and Python read the exports', () => {
  it('networkx.read_graphml reads every organisation, project and tie of the database, with typed attributes', async () => {
    const expected = await counts();
    const got = await readWithPython('graphml', '/export/network.graphml', 'fhg-ipk');
    expect(got).toMatchObject({ directed: true, kinds: { organization: expected.organizations, project: expected.projects } });
    expect([got.nodes, got.edges]).toEqual([expected.organizations + expected.projects, expected.edges]);
    expect(got.node).toMatchObject({
      name: expected.ipk.name,
      kind: 'research_institute',
      society: 'fraunhofer',
      articulation: expected.ipk.articulation,
    });
    expect(got.node.betweenness).toBeCloseTo(expected.ipk.betweenness as number, 6);
    expect(got.types).toMatchObject({ betweenness: 'float', degree: 'int', synthetic: 'bool', communityId: 'int', competences: 'str' });
  });

  it('networkx.read_gexf reads the same graph from GEXF', async () => {
    const expected = await counts();
    const got = await readWithPython('gexf', '/export/network.gexf', 'fhg-ipk');
    expect([got.nodes, got.edges]).toEqual([expected.organizations + expected.projects, expected.edges]);
    expect(got.node).toMatchObject({ label: expected.ipk.name, kind: 'research_institute', communityId: expected.ipk.communityId });
    expect(got.types).toMatchObject({ betweenness: 'float', degree: 'int', synthetic: 'bool' });
  });

  it('Python’s csv module reads the zipped tables, BOM and all, with a row per node and edge', async () => {
    const expected = await counts();
    const got = await readWithPython('csv', '/export/network.csv.zip', 'fhg-ipk');
    expect([got.nodes, got.edges]).toEqual([expected.organizations + expected.projects, expected.edges]);
    expect(got.node).toMatchObject({ id: 'fhg-ipk', name: expected.ipk.name, kind: 'research_institute' });
  });
});
