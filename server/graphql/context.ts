// What every resolver gets: the database view, the request's identity and its root-field gate.
import type { MetricsRefresh, RefreshState } from '../analysis/refresh.ts';
import type { DatabaseWatch } from '../db-watch.ts';
import { claimsOf, publicViewer, type Viewer, type ViewerClaims } from '../auth/viewer.ts';
import type { Database } from '../db.ts';
import { requestGate, type Gate } from './guard/index.ts';

export interface GraphQLContext {
  /** The database with the API's transaction timeout. */
  db: Database;
  // Read by the Neo4j GraphQL Library: always name the database, and time out like our own reads.
  sessionConfig: { database: string };
  transaction?: { timeout: number };
  /** Who is asking (the client's address) and which request this is, for budgets and logs. */
  clientId: string;
  requestId: string;
  /** Bounds how many root fields of this request run at once. */
  gate: Gate;
  /** Who is signed in (server/auth/viewer.ts); the public when nobody is. */
  viewer: Viewer;
  // Read by the Neo4j GraphQL Library's @authentication / @authorization: the viewer's claims.
  jwt?: ViewerClaims;
  /** Called after a change landed: brings metrics and reports up to date in the background. */
  dataChanged?: () => void;
  /** Whether the metrics are being brought up to date: the UI says so while they are. */
  refreshState?: () => RefreshState;
}

export interface ContextOptions {
  /** Fails root fields at once while Neo4j does not answer. */
  watch?: DatabaseWatch | null;
  /** The generated API's transaction timeout; none: the server's. */
  generatedTimeoutMs?: number | null;
  /** Recomputes the network metrics after changes (server/analysis/refresh.ts). */
  refresh?: MetricsRefresh | null;
}

/** The context of one request; `db` is the API's view (Database.withTimeout) or a job's. */
export function requestContext(
  db: Database,
  who: { clientId: string; requestId: string; viewer?: Viewer },
  options: ContextOptions = {},
): GraphQLContext {
  const timeout = options.generatedTimeoutMs ?? null;
  const viewer = who.viewer ?? publicViewer;
  const jwt = claimsOf(viewer);
  return {
    db,
    sessionConfig: { database: db.database },
    ...(timeout === null ? {} : { transaction: { timeout } }),
    clientId: who.clientId,
    requestId: who.requestId,
    gate: requestGate(options.watch ?? null),
    viewer,
    ...(jwt ? { jwt } : {}),
    ...(options.refresh ? { dataChanged: () => options.refresh?.schedule(), refreshState: () => options.refresh?.state() ?? 'idle' } : {}),
  };
}
