// brokers: who holds the network together, from the stored metrics (analysis/metrics.ts).
import type { Database } from '../../db.ts';
import { UnreachableCaseError } from '../../errors.ts';
import { intInRange } from '../arguments.ts';
import { BrokerRow } from './rows.ts';
import { requireMetrics } from './status.ts';

export type BrokerOrder = 'SPLIT_OFF' | 'RESEARCH_CUT_OFF' | 'BETWEENNESS';

export interface BrokersArgs {
  orderBy?: BrokerOrder | null;
  limit?: number | null;
  cutOffLimit?: number | null;
}

// The statement orders by the stored property these name: a closed set, never the caller's text.
function property(order: BrokerOrder): string {
  switch (order) {
    case 'SPLIT_OFF':
      return 'splitOff';
    case 'RESEARCH_CUT_OFF':
      return 'researchCutOff';
    case 'BETWEENNESS':
      return 'betweenness';
    default:
      throw new UnreachableCaseError(order);
  }
}

export async function brokers(db: Database, args: BrokersArgs): Promise<{ computedAt: string; brokers: BrokerRow[] }> {
  const limit = intInRange('limit', args.limit ?? 25, 1, 200);
  const cutOffLimit = intInRange('cutOffLimit', args.cutOffLimit ?? 20, 0, 100);
  const computedAt = await requireMetrics(db);
  const rows = await db.read('gaps/brokers', { id: null, orderBy: property(args.orderBy ?? 'SPLIT_OFF'), limit, cutOffLimit }, BrokerRow);
  return { computedAt, brokers: rows };
}
