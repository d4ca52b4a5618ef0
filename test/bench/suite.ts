// Every benchmark `npm run bench` runs, in this order, each with a time bound and defaults that keep
// the whole run within about an hour on the shared 2-core machine (what each takes with them is
// noted beside it). A knob set in the caller's environment wins over the default here.
export interface BenchSpec {
  /** Used by --only and --skip, and by `npm run bench:<name>`. */
  name: string;
  script: string;
  args?: string[];
  nodeFlags?: string[];
  /** Where the bench writes its JSON (with its `figures`), under test-results/. */
  output: string;
  defaults: Record<string, string>;
  boundSeconds: number;
  byDefault: boolean;
  what: string;
}

const minutes = (n: number) => n * 60;

export const suite: readonly BenchSpec[] = [
  {
    name: 'explorer',
    script: 'explorer.bench.ts',
    output: 'bench-explorer.json',
    defaults: {},
    boundSeconds: minutes(15), // about 5 min
    byDefault: true,
    what: 'the explorer in Chromium against a naive Cytoscape page and the browser’s own frame rate; the network query over GraphQL against building it directly.',
  },
  {
    name: 'large',
    script: 'large-graph.bench.ts',
    output: 'bench-large-graph.json',
    defaults: {},
    boundSeconds: minutes(30), // about 15 min, most of it loading 100,000 firms
    byDefault: true,
    what: 'the explorer at 2,600 and 100,000 firms: first view, JS heap, pan/zoom, and each interaction at 100,000 (p95).',
  },
  {
    name: 'bound',
    script: 'whole-bound.bench.ts',
    output: 'bench-whole-bound.json',
    defaults: {},
    boundSeconds: minutes(30), // about 15 min: four sizes, each loaded and measured in turn
    byDefault: true,
    what: 'up to what size the explorer draws the whole network with every interaction within 200 ms (p95), at four sizes of the demo.',
  },
  {
    name: 'partners',
    script: 'transfer-partners.bench.ts',
    output: 'bench-transfer.json',
    defaults: { BENCH_RUNS: '30' }, // 100 by default; loading the 100,000-firm graph takes most of the time
    boundSeconds: minutes(20),
    byDefault: true,
    what: 'transferPartners and paths over GraphQL, a plain route and the direct call, at 2,600 and 100,000 firms.',
  },
  {
    name: 'gaps',
    script: 'gaps.bench.ts',
    output: 'bench-gaps.json',
    defaults: { BENCH_RUNS: '3', BENCH_METRICS_RUNS: '2' }, // 5 and 3 by default: about 20 min
    boundSeconds: minutes(25),
    byDefault: true,
    what: 'the network metrics job and every gap report at 2,600 and 100,000 firms, as ratios big ÷ small.',
  },
  {
    name: 'export',
    script: 'export.bench.ts',
    output: 'bench-export.json',
    defaults: { BENCH_EXPORT_COMPANIES: '2600,20000', BENCH_RUNS: '2' },
    boundSeconds: minutes(15), // 8.6 min at a load average of 12
    byDefault: true,
    what: 'the streamed GEXF export against the whole graph in memory first: time and peak memory per 1,000 elements.',
  },
  {
    name: 'matching',
    script: 'matching.bench.ts',
    output: 'bench-matching.json',
    defaults: { BENCH_MATCH_ROWS: '5000' },
    boundSeconds: minutes(5),
    byDefault: true,
    what: 'precision and recall of matching on the labelled and held-out name pairs, and the throughput of a larger import.',
  },
  {
    name: 'load',
    script: 'load.bench.ts',
    output: 'bench-load.json',
    defaults: { LOAD_SECONDS: '10', LOAD_ROUNDS: '3' },
    boundSeconds: minutes(12), // about 5 min
    byDefault: true,
    what: 'the typical mix under autocannon against a plain express + neo4j-driver baseline, and beside an abusive client.',
  },
  {
    name: 'import-files',
    script: 'import-files.bench.ts',
    nodeFlags: ['--expose-gc'],
    output: 'bench-import-files.json',
    defaults: { BENCH_IMPORT_ROWS: '10000,100000' },
    boundSeconds: minutes(10),
    byDefault: true,
    what: 'reading and checking an organisations file (dry run) in five forms: rows per second and memory.',
  },
  {
    name: 'import',
    script: 'import.bench.ts',
    nodeFlags: ['--expose-gc'],
    output: 'bench-import.json',
    // 100,000 rows and a 900 s naive run by default: about 25 min. The naive rate does not depend
    // on how many rows came before, so its first rows suffice.
    defaults: { BENCH_IMPORT_ROWS: '20000', BENCH_NAIVE_ROWS: '3000', BENCH_NAIVE_SECONDS: '60' },
    boundSeconds: minutes(15), // 9.2 min at a load average of 12
    byDefault: true,
    what: 'an organisations import (check and apply pass) against a naive loader, a MERGE per row and transaction.',
  },
  {
    name: 'sources',
    script: 'sources.bench.ts',
    output: 'bench-sources.json',
    defaults: { BENCH_SOURCES_PROJECTS: '3000', BENCH_NAIVE_SECONDS: '60' }, // 15,000 by default: over 15 min
    boundSeconds: minutes(12),
    byDefault: true,
    what: 'a seeded CORDIS package read and imported (dry run, apply, re-import) against a naive loader.',
  },
  {
    name: 'soak',
    script: 'load.bench.ts',
    args: ['--soak'],
    output: 'bench-soak.json',
    defaults: { SOAK_SECONDS: '600' },
    boundSeconds: minutes(15),
    byDefault: false,
    what: 'the typical mix for ten minutes at a moderate rate, the app’s heap after each full collection.',
  },
];
