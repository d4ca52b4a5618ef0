// `npm start`: config, Neo4j, schema, demo data when empty, client build, listen; drain on signals.
import type { Server } from 'node:http';
import { z } from 'zod';
import { generate } from '../seed/generate.ts';
import { loadDataset } from '../seed/load.ts';
import { ensureMetrics } from './analysis/ensure.ts';
import { buildApp } from './app.ts';
import { ensureAdmin, firstStartLines } from './auth/index.ts';
import { openDatabase, type OpenDatabase } from './bootstrap.ts';
import { buildClient, clientDist, clientIsBuilt } from './client-build.ts';
import { ConfigError, readConfig } from './config.ts';
import { createLogger } from './log.ts';
import { MissingToolError } from './neo4j/resolve.ts';

const t0 = performance.now();
const elapsed = () => ((performance.now() - t0) / 1000).toFixed(1);
const log = (line: string) => console.log(`[${elapsed().padStart(5)} s] ${line}`);

let opened: OpenDatabase | null = null;
let server: Server | null = null;
let stopping = false;

async function shutdown(signal: string, code = 0): Promise<never> {
  if (stopping) process.exit(code);
  stopping = true;
  log(`${signal}: stopping …`);
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await opened?.close().catch(() => {});
  log('stopped; Neo4j is down');
  process.exit(code);
}

process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGHUP', () => void shutdown('SIGHUP'));
// If whoever started us (npm, a shell, a test) dies without a signal, we are re-parented: stop too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown('parent exited');
}, 1000).unref();

const IsEmpty = z.object({ empty: z.boolean() });

async function main(): Promise<void> {
  const config = readConfig();
  opened = await openDatabase(config, log);
  const [state] = await opened.db.read('admin/is-empty', {}, IsEmpty);
  if (state?.empty === true && config.seedOnEmpty) {
    log('database is empty: generating and loading the demo data …');
    const summary = await loadDataset(opened.db, generate(), { log });
    log(`demo data loaded: ${summary.nodes} nodes, ${summary.relationships} relationships in ${summary.seconds.toFixed(1)} s`);
  }
  // After the schema (openDatabase applied it: the login is unique). Printed below the summary,
  // once: the next start finds the admin and prints nothing.
  const firstStart = firstStartLines(await ensureAdmin(opened.db, config.auth.adminPassword));
  // Missing or stale metrics only disable the metric-based reports: warn and serve the rest.
  await ensureMetrics(opened.db, log).catch((err: unknown) =>
    log(`network metrics failed: ${err instanceof Error ? err.message : String(err)}`),
  );
  if (!clientIsBuilt()) {
    log('building the web client …');
    await buildClient();
  }
  const local = opened.local;
  const app = await buildApp({
    db: opened.db,
    clientDir: clientDist,
    limits: config.limits,
    http: config.http,
    auth: config.auth,
    log: createLogger(config.logLevel),
    ...(local ? { neo4jStatus: () => local.state } : {}),
  });
  server = app.express.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server?.once('listening', resolve);
    server?.once('error', reject);
  });
  // PORT=0 asks the system for a free port: print the one it gave, not the 0 that was asked for.
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  console.log(
    [
      '',
      'Cluster Explorer is running',
      `  App:         ${base}/`,
      `  GraphQL:     ${base}/graphql`,
      `  Neo4j:       ${opened.uri}${opened.local ? ` (user ${opened.local.user}, password in ${opened.local.passwordFile})` : ''}`,
      `  Data folder: ${opened.dataDir ?? '(external Neo4j)'}`,
      `  Started in:  ${elapsed()} s`,
      '',
      ...firstStart,
    ].join('\n'),
  );
  app.warmUp().then(
    (s) => log(`query plans warmed up in ${s.toFixed(1)} s`),
    () => log('query warm-up skipped'),
  );
}

main().catch(async (err: unknown) => {
  if (err instanceof ConfigError || err instanceof MissingToolError) console.error(`\n${err.message}\n`);
  else console.error(err);
  await shutdown('error', 1);
});
