// Builds the express app from its dependencies; never listens (main.ts does, tests use port 0).
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  type AuthConfig,
  authRoutes,
  defaultAuthConfig,
  loginThrottle,
  oidcRoutes,
  resolveViewer,
  useMutationGuard,
  viewerOf,
} from './auth/index.ts';
import { defaultApiLimits, defaultHttpConfig, type ApiLimits, type HttpConfig } from './config.ts';
import type { Database } from './db.ts';
import { watchDatabase } from './db-watch.ts';
import { metricsRefresh } from './analysis/refresh.ts';
import { exportRoute } from './graphql/exports/index.ts';
import { formatError } from './graphql/format-error.ts';
import { armor, BudgetSpent, ClientBudget, parseOptions, useCostLimit, usePageNote } from './graphql/guard/index.ts';
import { buildSchema, entityTypeNames, requestContext, type GraphQLContext } from './graphql/schema.ts';
import { useErrorLog } from './graphql/use-error-log.ts';
import { jsonErrors, notFound } from './http/errors.ts';
import { importRoutes } from './http/imports.ts';
import { inFlightPerClient } from './http/in-flight.ts';
import { queryIde, queryIdePaths } from './http/query-ide.ts';
import { refuseSpentClients } from './http/spent-budget.ts';
import { requestId, requestIdOf } from './http/request-id.ts';
import { apiCors, appHeaders, queryIdeHeaders } from './http/security.ts';
import { createLogger, type Logger } from './log.ts';
import { schemaReady } from './schema.ts';
import { warmUp } from './warm-up.ts';

export interface AppOptions {
  db: Database;
  clientDir?: string; // the built client, served at /
  log?: Logger;
  limits?: ApiLimits;
  http?: HttpConfig;
  /** Sessions, login throttling, OpenID Connect; default: defaultAuthConfig (no OIDC). */
  auth?: AuthConfig;
  /** How long the metrics refresh waits for more changes before it runs (tests: 0). */
  refreshDelayMs?: number;
  /** What /healthz says about the local Neo4j, when the app started one. */
  neo4jStatus?: () => string;
}

export interface App {
  express: Express;
  /** Plans the explorer's heaviest queries ahead of its users (warm-up.ts); seconds taken. */
  warmUp(): Promise<number>;
  stop(): Promise<void>;
}

/** /readyz answers within this, even when Neo4j hangs. */
const readinessBudgetMs = 800;

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(what)), ms);
    }),
  ]);
}

export async function buildApp(options: AppOptions): Promise<App> {
  const log = options.log ?? createLogger();
  const limits = options.limits ?? defaultApiLimits;
  const http = options.http ?? defaultHttpConfig;
  const auth = options.auth ?? defaultAuthConfig;
  // The API's view of the database: every statement under the public time limit.
  const db = options.db.withTimeout(limits.queryTimeoutMs);
  const watch = watchDatabase(options.db, log);
  // After edits and imports the metrics and gap reports are computed again in the background.
  const refresh = metricsRefresh(options.db, (line) => log.info(line), options.refreshDelayMs ?? 5_000);
  const schema = await buildSchema(db);
  const { plugins: armorPlugins, validationRules } = armor();
  const budget = new ClientBudget(limits.costPerMinute);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    formatError,
    introspection: true, // a public, documented API: researchers explore it
    parseOptions,
    validationRules,
    allowBatchedHttpRequests: false,
    plugins: [
      ...armorPlugins,
      useCostLimit<GraphQLContext>(schema, entityTypeNames, limits, budget),
      usePageNote<GraphQLContext>(entityTypeNames),
      useMutationGuard<GraphQLContext>(),
      useErrorLog<GraphQLContext>(log),
      // Browsers get GraphiQL from our own build (query-ide.ts); Apollo's pages load from its CDN.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', http.trustProxy);
  app.use(requestId);
  app.use((req, res, next) => (queryIdePaths.has(req.path) ? queryIdeHeaders : appHeaders)(req, res, next));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', database: watch.state().kind, ...(options.neo4jStatus ? { localNeo4j: options.neo4jStatus() } : {}) });
  });
  app.get('/readyz', async (_req, res) => {
    const state = watch.state();
    if (state.kind === 'down') {
      res.status(503).json({ status: 'not ready', reason: 'The graph database is not reachable right now.' });
      return;
    }
    try {
      await within(
        (async () => {
          await options.db.probe();
          if (!(await schemaReady(db))) throw new Error('schema not applied: constraints or search index missing or not online');
        })(),
        readinessBudgetMs,
        'The graph database did not answer in time.',
      );
      res.json({ status: 'ready' });
    } catch (err) {
      res.status(503).json({ status: 'not ready', reason: err instanceof Error ? err.message : 'database check failed' });
    }
  });
  app.get(['/graphql', '/graphiql'], queryIde(options.clientDir));
  // Sign-in (server/auth): the accounts' own database view, without the API's query time limit.
  app.use(authRoutes(options.db, auth, loginThrottle(auth.throttle)));
  if (auth.oidc) app.use(oidcRoutes(options.db, auth, auth.oidc, log));
  // Imports write without the API's statement limit: a batch of 500 rows may take longer.
  app.use(importRoutes(options.db, auth.sessionIdleMinutes, () => refresh.schedule()));
  // One count per client for GraphQL requests and exports together.
  const inFlight = inFlightPerClient(limits.requestsInFlight);
  app.get(
    '/export/:file',
    apiCors(http),
    refuseSpentClients(budget),
    inFlight,
    exportRoute({
      db: options.db.withTimeout(limits.exportTimeoutMs),
      charge: (client, points) =>
        budget.charge(client, points).then(
          () => null,
          (err: unknown) => {
            if (err instanceof BudgetSpent) return { retryAfterSeconds: err.retryAfterSeconds, perMinute: budget.perMinute };
            throw err;
          },
        ),
      watch,
      log,
      timeoutMs: limits.exportTimeoutMs,
      atOnce: limits.exportsAtOnce,
    }),
  );
  app.use(
    '/graphql',
    apiCors(http),
    refuseSpentClients(budget),
    inFlight,
    resolveViewer(options.db, auth.sessionIdleMinutes),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        requestContext(
          db,
          { clientId: req.ip ?? 'unknown', requestId: requestIdOf(res), viewer: viewerOf(res) },
          { watch, generatedTimeoutMs: limits.generatedQueryTimeoutMs, refresh },
        ),
    }),
  );
  const clientDir = options.clientDir;
  if (clientDir && existsSync(clientDir)) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    // Deep links are the explorer's: a page a browser asks for is the client; anything else is a 404.
    app.get('/{*rest}', (req, res, next) =>
      req.accepts('html') && !path.extname(req.path) ? res.sendFile(path.join(clientDir, 'index.html')) : next(),
    );
  }
  app.use(notFound);
  app.use(jsonErrors(log));
  return {
    express: app,
    warmUp: () => warmUp(schema, options.db),
    async stop() {
      watch.stop();
      refresh.stop();
      await apollo.stop();
    },
  };
}
