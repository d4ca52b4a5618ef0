// Helpers for integration tests: a Database on the run's Neo4j, the app in process, fixtures.
import { inject } from 'vitest';
import type { Server } from 'node:http';
import { ensureMetrics } from '../../server/analysis/ensure.ts';
import { buildApp, type App } from '../../server/app.ts';
import type { AuthConfig } from '../../server/auth/config.ts';
import { defaultApiLimits, type ApiLimits, type HttpConfig } from '../../server/config.ts';
import { silentLogger, type Logger } from '../../server/log.ts';
import { Database } from '../../server/db.ts';
import { applySchema } from '../../server/schema.ts';
import { generate } from '../../seed/generate.ts';
import { loadDataset, wipeAll } from '../../seed/load.ts';

export function connect(): Database {
  return Database.connect(inject('neo4jUri'), 'neo4j', inject('neo4jPassword'), 'neo4j');
}

/** A clean database with the schema applied. */
export async function freshDatabase(db: Database): Promise<void> {
  await wipeAll(db);
  await applySchema(db);
}

/** The demo data, loaded into a clean database with layout and network metrics, as `npm start` does. */
export async function loadDemo(db: Database): Promise<void> {
  await freshDatabase(db);
  await loadDataset(db, generate());
  await ensureMetrics(db, () => {}, { force: true });
}

export interface RunningApp {
  url: string;
  app: App;
  close(): Promise<void>;
}

/**
 * The limits of a test app: the production ones, except the statement time limit. Tests check
 * answers; on a busy 2-core CI machine, with test files running side by side, the whole demo
 * network right after loading can take longer than the production 5 s. Tests of the time limit
 * itself pass their own limits.
 */
export const testApiLimits: ApiLimits = Object.freeze({ ...defaultApiLimits, queryTimeoutMs: 60_000 });

/**
 * Builds the app in process and listens on a free port; `logError` receives each internal error
 * the app logs, `clientDir` serves a built client at /, `limits` replace `testApiLimits`.
 */
export async function startApp(
  db: Database,
  logError: (e: unknown) => void = () => {},
  options: { clientDir?: string; limits?: ApiLimits; auth?: AuthConfig; http?: HttpConfig } = {},
): Promise<RunningApp> {
  const log: Logger = { ...silentLogger, error: (_message, _fields, err) => logError(err) };
  const app = await buildApp({
    db,
    log,
    clientDir: options.clientDir,
    limits: options.limits ?? testApiLimits,
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.http ? { http: options.http } : {}),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      await app.stop();
    },
  };
}

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown }[];
  extensions?: Record<string, unknown>;
}

/** A GraphQL request over POST; `headers` sign it in (test/setup/auth.ts: signIn, apiTokenFor). */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse<T>;
}

export interface PlanOperator {
  name: string;
  details: string;
}

/**
 * The operators of a statement's plan (EXPLAIN: nothing runs), version suffixes dropped. Index
 * statistics are resampled and cached plans dropped first: the test files share one Neo4j, and
 * selectivities sampled on an earlier file's data would plan this file's small fixture.
 */
export async function planOperators(db: Database, statement: string, params: Record<string, unknown>): Promise<PlanOperator[]> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('CALL db.prepareForReplanning()');
    const { summary } = await session.run(`EXPLAIN ${statement}`, params);
    type Plan = { operatorType: string; arguments: Record<string, unknown>; children: Plan[] };
    const out: PlanOperator[] = [];
    const walk = (p: Plan) => {
      out.push({ name: p.operatorType.replace(/@.*$/, ''), details: String(p.arguments.Details ?? '') });
      p.children.forEach(walk);
    };
    walk(summary.plan as unknown as Plan);
    return out;
  } finally {
    await session.close();
  }
}
