// Builds the express app from its dependencies; never listens (main.ts does, tests use port 0).
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './db.ts';
import { formatError } from './graphql/format-error.ts';
import { buildSchema, type GraphQLContext } from './graphql/schema.ts';
import { schemaReady } from './schema.ts';

export interface AppOptions {
  db: Database;
  clientDir?: string; // the built client, served at /
  logError?: (e: unknown) => void;
}

export interface App {
  express: Express;
  stop(): Promise<void>;
}

export async function buildApp(options: AppOptions): Promise<App> {
  const { db } = options;
  const apollo = new ApolloServer<GraphQLContext>({
    schema: await buildSchema(db),
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, options.logError),
    introspection: true, // a public, documented API: researchers explore it
    plugins: [ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false })],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await db.ping();
      if (!(await schemaReady(db))) {
        res.status(503).json({ status: 'not ready', reason: 'schema not applied: constraints or search index missing or not online' });
        return;
      }
      res.json({ status: 'ready' });
    } catch (err) {
      res.status(503).json({ status: 'not ready', reason: err instanceof Error ? err.message : 'database check failed' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async () => ({ db, sessionConfig: { database: db.database } }),
    }),
  );
  if (options.clientDir && existsSync(options.clientDir)) {
    app.use(express.static(options.clientDir, { index: 'index.html', maxAge: '1h' }));
    app.get('/{*rest}', (_req, res) => res.sendFile(path.join(options.clientDir as string, 'index.html')));
  }
  return { express: app, stop: () => apollo.stop() };
}
