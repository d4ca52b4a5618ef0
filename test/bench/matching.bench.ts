// Matching figures for the closing note: precision of automatic merges and recall with the review
// queue on the labelled set (test/fixtures/matching-pairs.csv), pure (the candidate index built
// from the generated demo data) and through Neo4j (the index loaded from a graph holding it), and
// the throughput of loading the index, candidate retrieval and matching for a larger import. Not a test: `node --import tsx test/bench/matching.bench.ts`
// (BENCH_MATCH_ROWS=5000 rows for the throughput by default). Starts its own Neo4j; figures go to
// test-results/bench-matching.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../server/config.ts';
import { CandidateIndex } from '../../server/curation/matching/candidate-index.ts';
import { CERTAIN_CONFIDENCE, CERTAIN_MARGIN, REVIEW_CONFIDENCE } from '../../server/curation/matching/match.ts';
import { Database } from '../../server/db.ts';
import { matchAll } from '../../server/curation/matching/resolve.ts';
import { startLocalNeo4j } from '../../server/neo4j/local.ts';
import { applySchema } from '../../server/schema.ts';
import { generate } from '../../seed/generate.ts';
import { loadDataset } from '../../seed/load.ts';
import { demoCandidates, demoGraphAsReal } from '../fixtures/matching-candidates.ts';
import { describeFigures, figures, labelledPairs, type MatchFigures } from '../fixtures/matching-set.ts';
import { type Figure, figuresOf } from './figures.ts';
import { machine } from './machine.ts';

const importRows = Number(process.env.BENCH_MATCH_ROWS ?? 5_000);
const log = (line: string) => console.log(`[bench] ${line}`);

const sets = ['matching-pairs.csv', 'matching-pairs-holdout.csv'] as const;
// The goals the matching tests hold (test/unit/matching.test.ts, test/integration/matching.int.test.ts).
const goals = { precision: 0.98, recall: 0.95 };
const fig = figuresOf('matching');

type Way = 'pure' | 'neo4j';
const measured: { sets: Record<string, Omit<MatchFigures, 'failures'> & { failures: number }>; throughput?: Record<string, unknown> } = {
  sets: {},
};
const list: Figure[] = [];

function keep(file: string, way: Way, f: MatchFigures): void {
  const { failures, ...rest } = f;
  measured.sets[`${file} ${way}`] = { ...rest, failures: failures.length };
  const label = `${file === 'matching-pairs.csv' ? 'labelled set' : 'held-out set'}, ${way === 'pure' ? 'index from the demo data' : 'index from Neo4j'}`;
  // The first rows that went wrong say what limits a missed figure.
  const first = (prefix: string) =>
    failures
      .filter((x) => x.startsWith(prefix))
      .slice(0, 2)
      .join(' / ');
  const wrong = first('WRONG MERGE');
  const missed = first('MISSED');
  list.push(
    fig.atLeast(`${label}: precision of automatic merges`, f.precision * 100, '%', goals.precision * 100, {
      note: `${f.automatic - f.wrongAutomatic} of ${f.automatic}`,
      ...(wrong ? { limit: wrong } : {}),
    }),
    fig.atLeast(`${label}: recall with the review queue`, f.recall * 100, '%', goals.recall * 100, {
      note: `${f.review} rows to review; ${f.newRight} of ${f.newRows} new ones recognised`,
      ...(missed ? { limit: missed } : {}),
    }),
  );
}

function pure(): void {
  const index = CandidateIndex.of(demoCandidates());
  for (const file of sets) {
    const pairs = labelledPairs(file);
    const t0 = performance.now();
    const results = matchAll(
      index,
      pairs.map((p) => ({ id: p.id, name: p.name, city: p.city })),
    );
    const ms = performance.now() - t0;
    const f = figures(pairs, results);
    console.log(describeFigures(`${file}, pure (the index built from the demo data)`, f));
    keep(file, 'pure', f);
    log(`pure matching: ${(ms / pairs.length).toFixed(2)} ms per row`);
  }
}

/** An import as a cluster would bring it: the demo firms' names with the legal form left out, in upper case, and some new. */
function importOf(n: number): { name: string; city: string | null }[] {
  const d = generate();
  const placeName = new Map(d.places.map((p) => [p.id, p.name]));
  return Array.from({ length: n }, (_, i) => {
    const o = d.organizations[i % d.organizations.length];
    if (!o) throw new Error('no organisations');
    const city = placeName.get(o.placeId) ?? null;
    if (i % 10 === 9) return { name: `Neue Firma ${i} Metalltechnik GmbH`, city };
    return { name: i % 2 ? o.name.toUpperCase() : o.name.replace(/ (GmbH|KG|AG|e\.K\.)$/, ''), city };
  });
}

async function throughNeo4j(db: Database): Promise<void> {
  const loaded = await CandidateIndex.load(db);
  for (const file of sets) {
    const pairs = labelledPairs(file);
    const rows = pairs.map((p) => ({ id: p.id, name: p.name, city: p.city }));
    const f = figures(pairs, matchAll(loaded, rows));
    console.log(describeFigures(`${file}, through Neo4j (the index loaded from the demo data, loaded as real)`, f));
    keep(file, 'neo4j', f);
  }

  const incoming = importOf(importRows);
  const t0 = performance.now();
  const decided = matchAll(await CandidateIndex.load(db), incoming);
  const ms = performance.now() - t0;
  const decisions = new Map<string, number>();
  for (const r of decided) decisions.set(r.decision, (decisions.get(r.decision) ?? 0) + 1);
  const perSecond = Math.round((incoming.length / ms) * 1000).toLocaleString('en');
  log(
    `${incoming.length.toLocaleString('en')} rows matched in ${(ms / 1000).toFixed(1)} s (${perSecond} rows/s: loading the index, candidates and matching)`,
  );
  log(`decisions: ${[...decisions].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const rowsPerSecond = Math.round((incoming.length / ms) * 1000);
  measured.throughput = { rows: incoming.length, seconds: ms / 1000, rowsPerSecond, decisions: Object.fromEntries(decisions) };
  list.push(
    fig.info(`${incoming.length.toLocaleString('en')} rows: loading the index, candidates and matching`, rowsPerSecond, 'rows/s', {
      note: [...decisions].map(([k, v]) => `${k} ${v}`).join(', '),
    }),
  );
}

async function main(): Promise<void> {
  log(`thresholds: certain ≥ ${CERTAIN_CONFIDENCE} with a lead of ${CERTAIN_MARGIN}, review ≥ ${REVIEW_CONFIDENCE}`);
  pure();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cluster-explorer-bench-matching-'));
  const neo4j = await startLocalNeo4j({ dataDir, boltPort: 0, heap: '1g', pageCacheMb: 256, startTimeoutMs: 180_000 });
  const db = Database.connect(neo4j.uri, neo4j.user, neo4j.password, 'neo4j');
  try {
    await applySchema(db);
    await loadDataset(db, demoGraphAsReal(), { layout: false });
    await throughNeo4j(db);
    mkdirSync(path.join(projectRoot, 'test-results'), { recursive: true });
    const thresholds = { certain: CERTAIN_CONFIDENCE, margin: CERTAIN_MARGIN, review: REVIEW_CONFIDENCE };
    writeFileSync(
      path.join(projectRoot, 'test-results', 'bench-matching.json'),
      `${JSON.stringify({ when: new Date().toISOString(), machine: machine(), thresholds, goals, ...measured, figures: list }, null, 2)}\n`,
    );
    log('written to test-results/bench-matching.json');
  } finally {
    await db.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
