// The metrics job: projects the tie graph into GDS, runs degree, betweenness, weakly connected
// components, Leiden communities, articulation points, bridges and triangle counts, adds what
// hangs on each organisation (cut-impact.ts), and stores it all on the organisations with the
// time of the run, then the explorer's district overview (overview.ts). Called after seeding,
// after imports, and on demand (analysis/cli.ts).
import { randomUUID } from 'node:crypto';
import type { Database } from '../db.ts';
import { requireGds } from './gds.ts';
import { computeOverview } from './overview.ts';
import { metricRows, type MetricRow } from './metric-rows.ts';
import { LeidenRow, NodeValuesRow, ProjectedRow, TiedSubgraphRow, TiePairRow } from './rows.ts';

export interface MetricsOptions {
  /** Exact betweenness up to this many organisations with ties; above, it is estimated from sampled sources. */
  exactBetweennessUpTo?: number;
  /** Tied organisations sampled as sources for the estimate (scaled by tied organisations / samplingSize). */
  samplingSize?: number;
  batchSize?: number;
  log?: (line: string) => void;
}

export interface MetricsRun {
  computedAt: string;
  organizations: number;
  /** Organisations with at least one tie: the graph betweenness runs on. */
  tiedOrganizations: number;
  ties: number;
  components: number;
  largestComponent: number;
  communities: number;
  modularity: number;
  articulationPoints: number;
  bridges: number;
  betweenness: { exact: boolean; samplingSize: number | null };
  /** Milliseconds per step, in order: project, algorithms, read, write, total. */
  millis: Record<string, number>;
}

// Measured on the 100,000-firm graph (54,000 tied organisations, 2 cores; test/bench/gaps.bench.ts
// --accuracy): exact betweenness does not finish within Neo4j's 10-minute transaction limit; 2,000
// sampled sources take about 15–25 s. Up to 10,000 tied organisations exact takes seconds.
export const defaultMetricsOptions = { exactBetweennessUpTo: 10_000, samplingSize: 2_000, batchSize: 10_000 } as const;

const pairs = (rows: readonly { a: string; b: string }[]): [string, string][] => rows.map((r) => [r.a, r.b]);

export async function computeMetrics(db: Database, options: MetricsOptions = {}): Promise<MetricsRun> {
  await requireGds(db);
  const o = { ...defaultMetricsOptions, ...options };
  const log = options.log ?? (() => {});
  const millis: Record<string, number> = {};
  let t = performance.now();
  const lap = (step: string) => {
    const now = performance.now();
    millis[step] = Math.round(now - t);
    t = now;
  };
  const t0 = t;
  const computedAt = new Date().toISOString();
  // A name per run: two runs at once (a start and the CLI) never share a projection. All steps
  // go through write sessions, so in a cluster they reach the one member holding the projection.
  const graph = `cluster-ties-${randomUUID()}`;
  const subgraph = `${graph}-tied`;
  try {
    const [projected] = await db.write('metrics/project', { graph }, ProjectedRow);
    const organizations = projected?.nodes ?? 0;
    const ties = projected?.ties ?? 0;
    lap('project');
    log(`metrics: projected ${organizations} organisations, ${ties} ties`);
    await db.write('metrics/degree', { graph });
    const [tied] = await db.write('metrics/tied-subgraph', { graph, subgraph }, TiedSubgraphRow);
    const tiedOrganizations = tied?.nodeCount ?? 0;
    const exact = tiedOrganizations <= o.exactBetweennessUpTo;
    const samplingSize = exact ? null : Math.min(o.samplingSize, tiedOrganizations);
    await db.write('metrics/betweenness', { subgraph, samplingSize, samplingSeed: 20260 });
    lap('betweenness');
    await db.write('metrics/components', { graph });
    const [leiden] = await db.write('metrics/communities', { graph }, LeidenRow);
    await db.write('metrics/articulation-points', { graph });
    await db.write('metrics/triangles', { graph });
    lap('algorithms');
    const nodes = await db.write('metrics/node-values', { graph, subgraph }, NodeValuesRow);
    const tiePairs = pairs(await db.write('metrics/tie-pairs', { graph }, TiePairRow));
    const bridges = pairs(await db.write('metrics/bridges', { graph }, TiePairRow));
    lap('read');
    // GDS leaves a sampled score unscaled: multiplied up, it estimates the exact one.
    const rows = metricRows(nodes, tiePairs, bridges, samplingSize === null ? 1 : tiedOrganizations / samplingSize);
    lap('impact');
    await writeRows(db, rows, computedAt, o.batchSize);
    lap('write');
    await computeOverview(db, computedAt);
    lap('overview');
    millis.total = Math.round(performance.now() - t0);
    const run = {
      ...summarise(rows, { computedAt, organizations, ties, bridges: bridges.length, exact, samplingSize, millis }),
      tiedOrganizations,
    };
    log(
      `metrics: ${run.components} components, ${run.communities} communities, ${run.articulationPoints} articulation points in ${millis.total} ms`,
    );
    return { ...run, modularity: leiden?.modularity ?? 0 };
  } finally {
    await db.write('metrics/drop', { graph: subgraph }).catch(() => {});
    // A projection left behind only costs GDS memory until Neo4j restarts: say so, do not fail the run.
    await db
      .write('metrics/drop', { graph })
      .catch((err: unknown) => log(`metrics: could not drop the projection ${graph}: ${String(err)}`));
  }
}

async function writeRows(db: Database, rows: MetricRow[], at: string, batchSize: number): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await db.write('metrics/write', { rows: rows.slice(i, i + batchSize), at });
  }
}

function summarise(
  rows: MetricRow[],
  r: {
    computedAt: string;
    organizations: number;
    ties: number;
    bridges: number;
    exact: boolean;
    samplingSize: number | null;
    millis: Record<string, number>;
  },
): Omit<MetricsRun, 'modularity' | 'tiedOrganizations'> {
  let components = 0;
  let communities = 0;
  let largestComponent = 0;
  let articulationPoints = 0;
  for (const row of rows) {
    components = Math.max(components, row.componentId);
    communities = Math.max(communities, row.communityId ?? 0);
    if (row.componentId === 1) largestComponent = row.componentSize;
    if (row.articulation) articulationPoints += 1;
  }
  return {
    computedAt: r.computedAt,
    organizations: r.organizations,
    ties: r.ties,
    components,
    largestComponent,
    communities,
    articulationPoints,
    bridges: r.bridges,
    betweenness: { exact: r.exact, samplingSize: r.samplingSize },
    millis: r.millis,
  };
}
