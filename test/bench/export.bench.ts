// The network export, streamed, against building the whole graph in memory first (the network
// query's rows → a graphology Graph → graphology-gexf's writer, one string), both writing GEXF of
// the same network. Each run is a child process of its own, so its peak RSS is its own: the figure
// is the peak RSS growth over the process's baseline, per 1,000 elements (nodes + edges), and the
// ratio memory ÷ streamed beside it, for the demo data and a larger seeded graph. Not a test:
// `npm run bench:export` (BENCH_EXPORT_COMPANIES=2600,20000 by default; 100000 takes a while).
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { projectRoot } from '../../server/config.ts';
import { Database } from '../../server/db.ts';
import { parseExportQuery } from '../../server/graphql/exports/arguments.ts';
import { encoded } from '../../server/graphql/exports/route.ts';
import { network } from '../../server/graphql/network/network.ts';
import { startLocalNeo4j } from '../../server/neo4j/local.ts';
import { applySchema } from '../../server/schema.ts';
import { generate } from '../../seed/generate.ts';
import { loadDataset } from '../../seed/load.ts';
import { type Figure, figuresOf } from './figures.ts';
import { machine } from './machine.ts';
import { median } from './stats.ts';

type Mode = 'stream' | 'memory';
interface RunResult {
  ms: number;
  peakRssGrowthMb: number;
  bytes: number;
  elements: number;
}

const runs = Number(process.env.BENCH_RUNS ?? 3);
const log = (line: string) => console.log(`[bench] ${line}`);

/** In the child: one export, its time and the highest RSS above the baseline while it ran. */
async function child(mode: Mode, uri: string, password: string): Promise<RunResult> {
  const db = Database.connect(uri, 'neo4j', password, 'neo4j');
  globalThis.gc?.();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 2);
  const t0 = performance.now();
  let bytes = 0;
  let elements = 0;
  const sink = createWriteStream('/dev/null');
  if (mode === 'stream') {
    const request = parseExportQuery(new URLSearchParams());
    const meta = { name: 'bench', filter: '', exportedAt: new Date() };
    async function* counted() {
      for await (const piece of encoded('gexf', request, db, meta)) {
        bytes += piece.length;
        yield piece;
      }
    }
    await pipeline(Readable.from(counted()), sink);
  } else {
    const answer = await network(db, {});
    const text = writeGexf(Graph.from(answer.graph as never));
    bytes = Buffer.byteLength(text);
    elements = answer.nodeCount + answer.edgeCount;
    await pipeline(Readable.from([text]), sink);
  }
  const ms = performance.now() - t0;
  clearInterval(sampler);
  if (mode === 'stream') {
    // Counted after the measurement: only for the figures per element.
    const g = await network(db, {});
    elements = g.nodeCount + g.edgeCount;
  }
  await db.close();
  return { ms, peakRssGrowthMb: (peak - baseline) / 2 ** 20, bytes, elements };
}

function runChild(mode: Mode, uri: string, password: string): RunResult {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), 'child', mode, uri, password],
    {
      encoding: 'utf8',
      cwd: projectRoot,
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1)!) as RunResult;
}

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_EXPORT_COMPANIES ?? '2600,20000').split(',').map(Number);
  const rows: (Row & { runs: unknown })[] = [];
  for (const companies of sizes) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cluster-explorer-bench-export-'));
    const neo4j = await startLocalNeo4j({ dataDir, boltPort: 0, heap: '2g', pageCacheMb: 512, startTimeoutMs: 180_000 });
    try {
      const db = Database.connect(neo4j.uri, neo4j.user, neo4j.password, 'neo4j');
      await applySchema(db);
      await loadDataset(db, generate({ companies }), { layout: false });
      await db.close();
      log(`${companies} companies loaded`);
      const results: Record<Mode, RunResult[]> = { stream: [], memory: [] };
      runChild('stream', neo4j.uri, neo4j.password); // warm-up: plans and page cache
      for (let i = 0; i < runs; i++) {
        for (const mode of ['stream', 'memory'] as const) results[mode].push(runChild(mode, neo4j.uri, neo4j.password));
      }
      const m = (mode: Mode, k: 'ms' | 'peakRssGrowthMb') => median(results[mode].map((r) => r[k]));
      const elements = results.stream[0]!.elements;
      const row = {
        companies,
        elements,
        gexfMb: +(results.stream[0]!.bytes / 2 ** 20).toFixed(1),
        streamMs: Math.round(m('stream', 'ms')),
        memoryMs: Math.round(m('memory', 'ms')),
        timeRatio: +(m('memory', 'ms') / m('stream', 'ms')).toFixed(2),
        streamRssMbPer1k: +((m('stream', 'peakRssGrowthMb') / elements) * 1000).toFixed(2),
        memoryRssMbPer1k: +((m('memory', 'peakRssGrowthMb') / elements) * 1000).toFixed(2),
        rssRatio: +(m('memory', 'peakRssGrowthMb') / m('stream', 'peakRssGrowthMb')).toFixed(2),
        runs: results,
      };
      rows.push(row);
      const { runs: _runs, ...shown } = row;
      console.table([shown]);
    } finally {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  mkdirSync(path.join(projectRoot, 'test-results'), { recursive: true });
  const content = { when: new Date().toISOString(), machine: machine(), runs, sizes: rows, figures: rows.flatMap(exportFigures) };
  writeFileSync(path.join(projectRoot, 'test-results/bench-export.json'), `${JSON.stringify(content, null, 2)}\n`);
  log('written to test-results/bench-export.json');
}

interface Row {
  companies: number;
  elements: number;
  gexfMb: number;
  streamMs: number;
  memoryMs: number;
  timeRatio: number;
  streamRssMbPer1k: number;
  memoryRssMbPer1k: number;
  rssRatio: number;
}

/** Information only: the README states no goal for the export, only the comparison. */
function exportFigures(r: Row): Figure[] {
  const fig = figuresOf('export');
  const size = `${r.companies.toLocaleString('en')} firms (${r.elements.toLocaleString('en')} elements, ${r.gexfMb} MB GEXF)`;
  return [
    fig.info(`${size}: streamed`, r.streamMs / 1000, 's', {
      note: `in memory ${(r.memoryMs / 1000).toFixed(1)} s, ${r.timeRatio}× the streamed time`,
    }),
    fig.info(`${size}: peak RSS growth per 1,000 elements, streamed`, r.streamRssMbPer1k, 'MB', {
      note: `in memory ${r.memoryRssMbPer1k} MB, ${r.rssRatio}× the streamed`,
    }),
  ];
}

if (process.argv[2] === 'child') {
  const [, , , mode, uri, password] = process.argv;
  console.log(JSON.stringify(await child(mode as Mode, uri!, password!)));
} else {
  await main();
}
