// Writes a dataset through the one database module: validated first, then batched
// `UNWIND $rows … MERGE` statements. MERGE on constrained ids makes a second run change nothing.
import { z } from 'zod';
import { nameKeyFields } from '../server/curation/matching/name-keys.ts';
import type { Database, Params } from '../server/db.ts';
import type { Dataset, OrganizationRow } from './dataset.ts';
import { computeLayout } from './layout.ts';
import { validateDataset } from './validate.ts';

export interface LoadOptions {
  batchSize?: number;
  layout?: boolean;
  log?: (line: string) => void;
}

export interface LoadSummary {
  nodes: number;
  relationships: number;
  rows: number;
  seconds: number;
  layoutSeconds: number;
}

type Step = { name: string; params: Params };

// Optional fields must be null, not undefined, for SET to remove a stale value.
function organizationParams(o: OrganizationRow): Record<string, unknown> {
  return {
    employees: null,
    founded: null,
    sizeClass: null,
    universityKind: null,
    society: null,
    topics: null,
    website: null,
    source: null,
    confidence: null,
    ...o,
    // Matching of imports looks organisations up by their normalised name.
    ...nameKeyFields(o.name),
  };
}

function steps(d: Dataset, batchSize: number): Step[] {
  const out: Step[] = [];
  const add = (name: string, rows: readonly unknown[]) => {
    for (let i = 0; i < rows.length; i += batchSize) out.push({ name: `load/${name}`, params: { rows: rows.slice(i, i + batchSize) } });
  };
  // Order matters: every statement MATCHes what the earlier ones created.
  add('districts', d.districts);
  add('places', d.places);
  add('competences', d.competences);
  add('industries', d.industries);
  add('action-fields', d.actionFields);
  add('organizations', d.organizations.map(organizationParams));
  add('org-competences', d.orgCompetences);
  add('org-industries', d.orgIndustries);
  add('projects', d.projects);
  add('participations', d.participations);
  add('cooperations', d.cooperations);
  add('memberships', d.memberships);
  return out;
}

// Up to this many rows the whole load is one transaction: all or nothing.
const atomicLimit = 150_000;

const GraphCounts = z.object({ nodes: z.number().int(), relationships: z.number().int() });

export async function countGraph(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read('admin/counts', {}, GraphCounts);
  return row ?? { nodes: 0, relationships: 0 };
}

export async function loadDataset(db: Database, d: Dataset, options: LoadOptions = {}): Promise<LoadSummary> {
  const log = options.log ?? (() => {});
  const t0 = performance.now();
  validateDataset(d);
  const batchSize = options.batchSize ?? 5_000;
  const all = steps(d, batchSize);
  const rows = all.reduce((n, s) => n + (s.params.rows as unknown[]).length, 0);
  if (rows <= atomicLimit) {
    log(`loading ${rows.toLocaleString('en')} rows in one transaction …`);
    await db.writeAll(all);
  } else {
    // Too big for one transaction on a 2 GB heap: batch by batch, each idempotent, so a rerun completes a broken load.
    let done = 0;
    for (const step of all) {
      await db.writeAll([step]);
      done += (step.params.rows as unknown[]).length;
      log(`loaded ${done.toLocaleString('en')} / ${rows.toLocaleString('en')} rows (${step.name.slice(5)})`);
    }
  }
  let layoutSeconds = 0;
  if (options.layout ?? true) {
    const tl = performance.now();
    log('computing the network layout (ForceAtlas2) …');
    const layout = computeLayout(d);
    layoutSeconds = (performance.now() - tl) / 1000;
    const writes: Step[] = [];
    for (let i = 0; i < layout.organizations.length; i += batchSize) {
      writes.push({ name: 'load/positions-organizations', params: { rows: layout.organizations.slice(i, i + batchSize) } });
    }
    for (let i = 0; i < layout.projects.length; i += batchSize) {
      writes.push({ name: 'load/positions-projects', params: { rows: layout.projects.slice(i, i + batchSize) } });
    }
    for (const w of writes) await db.writeAll([w]);
  }
  const counts = await countGraph(db);
  return { ...counts, rows, seconds: (performance.now() - t0) / 1000, layoutSeconds };
}

/** Deletes the graph data and keeps the accounts, sessions, API tokens and column mappings (cypher/load/wipe). */
export async function wipe(db: Database): Promise<void> {
  await db.autoCommit('load/wipe');
}

/** Deletes everything, accounts included: a clean database for tests. */
export async function wipeAll(db: Database): Promise<void> {
  await db.autoCommit('load/wipe-all');
}
