// transferPartners and paths(k) three ways, in one run, on the demo data and on a 100,000-firm graph:
// GraphQL over HTTP (the app), a plain express JSON route calling the same resolver function (so
// the same named Cypher and scoring), and that function called in process (the Cypher through the
// driver, no HTTP). Each size has its own Neo4j, both run at once, and the timed requests go round
// robin over sizes and ways, so load from other processes on this shared machine hits all alike.
// Also PROFILE db hits of every statement, which do not vary between runs. Not a test: run it with
// `node --import tsx test/bench/transfer-partners.bench.ts`; figures go to test-results/bench-transfer.json.
import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../../server/app.ts';
import { projectRoot } from '../../server/config.ts';
import { Database } from '../../server/db.ts';
import type { PathsArgs } from '../../server/graphql/paths/arguments.ts';
import { diversePaths } from '../../server/graphql/paths/diverse-paths.ts';
import type { TransferPartnersArgs } from '../../server/graphql/partners/arguments.ts';
import { transferPartners } from '../../server/graphql/partners/index.ts';
import { startLocalNeo4j } from '../../server/neo4j/local.ts';
import { partnersFigures } from './partners-figures.ts';
import { dbHitsOf } from './profiled-db.ts';
import { applySchema } from '../../server/schema.ts';
import { generate } from '../../seed/generate.ts';
import { loadDataset } from '../../seed/load.ts';
import { brokerGroupIds, brokerId } from '../../seed/planted.ts';

// The demo size runs with the app's defaults (npm start), the big one with room for its 680k relationships.
const sizes = [
  { companies: 2600, heap: '2g', pageCacheMb: 512 },
  { companies: 100_000, heap: '4g', pageCacheMb: 1024 },
] as const;
const runs = { warmup: 15, timed: Number(process.env.BENCH_RUNS ?? 100) };
const log = (line: string) => console.log(`[bench] ${line}`);

const part = 'value weight contribution';
const org = 'id name shortName kind place district { id name } latitude longitude competences';
const pathFields = 'length nodeIds edgeKeys steps { from { id name kind nodeType } to { id name kind nodeType } relation role since year }';
// What the explorer's panel asks for: everything.
const partnersQuery = `query ($organizationId: ID, $competences: [ID!], $near: NearInput, $limit: Int) {
  transferPartners(organizationId: $organizationId, competences: $competences, near: $near, limit: $limit) {
    organization { ${org} } needs { id nameDe nameEn } kinds reference { latitude longitude label } coldStart candidates
    partners { rank score coldStart organization { ${org} }
      breakdown {
        competence { ${part} coverage { need { id nameDe } match via { id nameDe } weight } } proximity { ${part} distance }
        warmIntroductions { ${part} count introducers { ${org} } } trackRecord { ${part} similarFirms } geography { ${part} distanceKm scaleKm }
      }
      evidence { kind path { ${pathFields} } } } } }`;
const pathsQuery = `query ($from: ID!, $to: ID!, $k: Int) { paths(from: $from, to: $to, k: $k) { ${pathFields} } }`;

type Way = 'graphql' | 'plain' | 'direct';
interface Scenario {
  name: string;
  operation: 'transferPartners' | 'paths';
  args: Record<string, unknown>;
}
interface Figures {
  p50: number;
  p95: number;
}
interface ScenarioResult {
  scenario: string;
  args: Record<string, unknown>;
  ways: Record<Way, Figures>;
  dbHits: number;
  statements: Record<string, number>;
}

function scenarios(companies: number): Scenario[] {
  return [
    {
      name: 'firm (planted broker, its own competences)',
      operation: 'transferPartners',
      args: { organizationId: brokerId(companies), limit: 10 },
    },
    {
      name: 'need without firm: Leichtbau + Fügetechnik near Cottbus',
      operation: 'transferPartners',
      args: { competences: ['leichtbau', 'fuegetechnik'], near: { placeId: 'cottbus' }, limit: 10 },
    },
    {
      name: 'paths k=3: Fraunhofer IPK → broker group',
      operation: 'paths',
      args: { from: 'fhg-ipk', to: brokerGroupIds(companies)[0], k: 3 },
    },
  ];
}

const call = (db: Database, s: Scenario): Promise<unknown> =>
  s.operation === 'paths' ? diversePaths(db, s.args as unknown as PathsArgs) : transferPartners(db, s.args as TransferPartnersArgs);

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
}

/** The same pipeline with every statement PROFILEd: db hits per statement name. */
async function dbHits(db: Database, s: Scenario): Promise<Record<string, number>> {
  return dbHitsOf(db, (profiled) => call(profiled, s));
}

interface Target {
  companies: number;
  db: Database;
  url: string;
  scenario: Scenario;
}

/** Timed requests, round robin over targets (sizes) and ways; warm-up rounds are discarded. */
async function measure(targets: readonly Target[]): Promise<Record<Way, Figures>[]> {
  const post = async (url: string, route: string, body: unknown): Promise<void> => {
    const res = await fetch(`${url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { errors?: unknown };
    if (!res.ok || json.errors) throw new Error(`${route}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
  };
  const ways = (t: Target): Record<Way, () => Promise<unknown>> => ({
    graphql: () =>
      post(t.url, '/graphql', { query: t.scenario.operation === 'paths' ? pathsQuery : partnersQuery, variables: t.scenario.args }),
    plain: () => post(t.url, `/plain/${t.scenario.operation}`, t.scenario.args),
    direct: () => call(t.db, t.scenario),
  });
  const times = targets.map((): Record<Way, number[]> => ({ graphql: [], plain: [], direct: [] }));
  for (let i = 0; i < runs.warmup + runs.timed; i++) {
    for (const [k, t] of targets.entries()) {
      for (const [way, run] of Object.entries(ways(t)) as [Way, () => Promise<unknown>][]) {
        const t0 = performance.now();
        await run();
        if (i >= runs.warmup) times[k]![way].push(performance.now() - t0);
      }
    }
  }
  const fig = (xs: number[]): Figures => ({ p50: percentile(xs, 50), p95: percentile(xs, 95) });
  return times.map((t) => ({ graphql: fig(t.graphql), plain: fig(t.plain), direct: fig(t.direct) }));
}

async function listen(db: Database): Promise<{ url: string; close(): Promise<void> }> {
  const app = await buildApp({ db });
  const outer = express();
  // The plain route: the same resolver function, its result as JSON; no GraphQL.
  outer.post('/plain/:operation', express.json(), async (req, res) => {
    try {
      const s: Scenario = {
        name: 'plain',
        operation: req.params.operation === 'paths' ? 'paths' : 'transferPartners',
        args: req.body as Record<string, unknown>,
      };
      res.json(await call(db, s));
    } catch (err) {
      res.status(400).json({ errors: [String(err)] });
    }
  });
  outer.use(app.express);
  const server: Server = await new Promise((resolve) => {
    const s = outer.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await app.stop();
    },
  };
}

const fmt = (f: Figures) => `p50 ${f.p50.toFixed(1).padStart(6)} ms  p95 ${f.p95.toFixed(1).padStart(6)} ms`;

async function main(): Promise<void> {
  const cleanup: (() => Promise<unknown> | void)[] = [];
  const results: Record<number, ScenarioResult[]> = {};
  const loads: Record<number, unknown> = {};
  try {
    const envs: { companies: number; db: Database; url: string }[] = [];
    for (const size of sizes) {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'cluster-explorer-bench-transfer-'));
      cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
      log(`starting Neo4j for ${size.companies.toLocaleString('en')} firms (heap ${size.heap}, page cache ${size.pageCacheMb} MB) …`);
      const neo4j = await startLocalNeo4j({
        dataDir,
        boltPort: 0,
        heap: size.heap,
        pageCacheMb: size.pageCacheMb,
        startTimeoutMs: 180_000,
      });
      cleanup.push(() => neo4j.stop());
      const db = Database.connect(neo4j.uri, neo4j.user, neo4j.password, 'neo4j');
      cleanup.push(() => db.close());
      await applySchema(db);
      log('generating and loading (no layout; a few minutes for 100,000) …');
      const summary = await loadDataset(db, generate({ companies: size.companies }), { layout: false });
      loads[size.companies] = summary;
      log(
        `loaded ${summary.nodes.toLocaleString('en')} nodes, ${summary.relationships.toLocaleString('en')} relationships in ${summary.seconds.toFixed(0)} s`,
      );
      const server = await listen(db);
      cleanup.push(() => server.close());
      envs.push({ companies: size.companies, db, url: server.url });
      results[size.companies] = [];
    }
    const count = scenarios(2600).length;
    for (let i = 0; i < count; i++) {
      const targets = envs.map((e) => ({ ...e, scenario: scenarios(e.companies)[i] as Scenario }));
      const statements = await Promise.all(targets.map((t) => dbHits(t.db, t.scenario)));
      const figures = await measure(targets);
      targets.forEach((t, k) => {
        const ways = figures[k] as Record<Way, Figures>;
        const hits = Object.values(statements[k] ?? {}).reduce((a, b) => a + b, 0);
        results[t.companies]!.push({
          scenario: t.scenario.name,
          args: t.scenario.args,
          ways,
          dbHits: hits,
          statements: statements[k] ?? {},
        });
        log(`${t.companies} firms · ${t.scenario.name}`);
        for (const way of ['graphql', 'plain', 'direct'] as const) log(`    ${way.padEnd(8)} ${fmt(ways[way])}`);
        log(
          `    GraphQL/plain p50 ${(ways.graphql.p50 / ways.plain.p50).toFixed(2)} p95 ${(ways.graphql.p95 / ways.plain.p95).toFixed(2)} · GraphQL/direct p50 ${(ways.graphql.p50 / ways.direct.p50).toFixed(2)} p95 ${(ways.graphql.p95 / ways.direct.p95).toFixed(2)} · ${hits.toLocaleString('en')} db hits`,
        );
      });
    }
  } finally {
    for (const f of cleanup.reverse()) await f();
  }

  const [small, big] = sizes.map((size) => results[size.companies] ?? []) as [ScenarioResult[], ScenarioResult[]];
  const checks = small.map((s, i) => {
    const b = big[i] as ScenarioResult;
    // GraphQL over the two other ways, at p50 and p95, at both sizes: the goal holds for the worst.
    const over = (other: 'plain' | 'direct') =>
      [s, b].flatMap((r) => [r.ways.graphql.p50 / r.ways[other].p50, r.ways.graphql.p95 / r.ways[other].p95]);
    const ratio = {
      graphqlOverPlain: { p50: over('plain')[0], p95: over('plain')[1], p50At100k: over('plain')[2], p95At100k: over('plain')[3] },
      graphqlOverDirect: { p50: over('direct')[0], p95: over('direct')[1], p50At100k: over('direct')[2], p95At100k: over('direct')[3] },
      p50At100kOver2600: b.ways.graphql.p50 / s.ways.graphql.p50,
      p95At100kOver2600: b.ways.graphql.p95 / s.ways.graphql.p95,
      dbHitsAt100kOver2600: b.dbHits / s.dbHits,
    };
    const goals = {
      graphqlWithin1_2xPlain: Math.max(...over('plain')) <= 1.2,
      graphqlWithin1_5xDirect: Math.max(...over('direct')) <= 1.5,
      p95At100kWithin3x: ratio.p95At100kOver2600 <= 3,
    };
    log(
      `${s.scenario}: 100k/2.6k p95 ${ratio.p95At100kOver2600.toFixed(2)}×, db hits ${ratio.dbHitsAt100kOver2600.toFixed(2)}× · goals ${JSON.stringify(goals)}`,
    );
    return { scenario: s.scenario, ratio, goals };
  });
  const out = path.join(projectRoot, 'test-results');
  mkdirSync(out, { recursive: true });
  const file = path.join(out, 'bench-transfer.json');
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        when: new Date().toISOString(),
        machine: { cpus: cpus().length, loadAverage: loadavg() },
        sizes,
        runs,
        loads,
        results,
        checks,
        figures: partnersFigures(checks, small, big),
      },
      null,
      2,
    )}\n`,
  );
  log(`written ${path.relative(projectRoot, file)}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
