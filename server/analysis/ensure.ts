// What the server does at start and the seed command after loading: compute the metrics when some
// organisation lacks the latest run's numbers (a new database, new organisations) or when asked to
// (force: after a load or an import changed ties), skip when they are current, and only warn
// without GDS, because everything else works without it.
import type { Database } from '../db.ts';
import { gdsAvailable, gdsMissingMessage } from './gds.ts';
import { computeMetrics, type MetricsOptions } from './metrics.ts';
import { MetricsStatusRow } from './rows.ts';

export type MetricsOutcome = 'computed' | 'current' | 'no-gds' | 'empty';

export async function ensureMetrics(
  db: Database,
  log: (line: string) => void,
  options: MetricsOptions & { force?: boolean } = {},
): Promise<MetricsOutcome> {
  if (!(await gdsAvailable(db))) {
    log(`network metrics skipped: ${gdsMissingMessage}`);
    return 'no-gds';
  }
  const [row] = await db.read('gaps/metrics-status', {}, MetricsStatusRow);
  const organizations = row?.organizations ?? 0;
  if (organizations === 0) return 'empty';
  if (!options.force && row?.current === organizations) return 'current';
  log('computing the network metrics (GDS) …');
  await computeMetrics(db, { log, ...options });
  return 'computed';
}
