// networkMetrics: can the metrics be computed here (GDS), when were they, and what did they find.
// The metric-based reports start with requireMetrics, so they fail with a message that says what
// to do rather than answering from numbers that are not there.
import { GraphQLError } from 'graphql';
import { gdsAvailable, gdsMissingMessage, requireGds } from '../../analysis/gds.ts';
import { MetricsStatusRow } from '../../analysis/rows.ts';
import type { Database } from '../../db.ts';
import { ErrorCode } from '../../errors.ts';
import { MetricsComputedAtRow } from './rows.ts';

export interface MetricsStatus {
  gdsAvailable: boolean;
  hint: string | null;
  computedAt: string | null;
  organizations: number;
  stale: number;
  components: number | null;
  largestComponent: number | null;
  communities: number | null;
  articulationPoints: number | null;
}

/** Neo4j writes a datetime without trailing zeros of the milliseconds (…44.97Z): one ISO form for the API. */
const iso = (v: string | null | undefined): string | null => (typeof v === 'string' ? new Date(v).toISOString() : null);

export async function networkMetrics(db: Database): Promise<MetricsStatus> {
  const [gds, [row]] = await Promise.all([gdsAvailable(db), db.read('gaps/metrics-status', {}, MetricsStatusRow)]);
  const computedAt = iso(row?.computedAt);
  const organizations = row?.organizations ?? 0;
  return {
    gdsAvailable: gds,
    hint: gds ? null : gdsMissingMessage,
    computedAt,
    organizations,
    stale: organizations - (row?.current ?? 0),
    components: computedAt ? (row?.components ?? null) : null,
    largestComponent: computedAt ? (row?.largestComponent ?? null) : null,
    communities: computedAt ? (row?.communities ?? null) : null,
    articulationPoints: computedAt ? (row?.articulationPoints ?? null) : null,
  };
}

export function metricsNotComputedError(): GraphQLError {
  return new GraphQLError(
    'The network metrics have not been computed for this database yet. The server computes them after loading the demo ' +
      'data; after an import, run `node --import tsx server/analysis/cli.ts`.',
    { extensions: { code: ErrorCode.FeatureUnavailable, missing: 'network-metrics' } },
  );
}

/** GDS is loaded and the metrics were computed: returns when (ISO 8601). */
export async function requireMetrics(db: Database): Promise<string> {
  await requireGds(db);
  const [row] = await db.read('gaps/metrics-computed-at', {}, MetricsComputedAtRow);
  const computedAt = iso(row?.computedAt);
  if (computedAt === null) throw metricsNotComputedError();
  return computedAt;
}
