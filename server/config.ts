// The one place that reads process.env: defaults, validation with clear messages, frozen.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AuthConfig, readAuthConfig } from './auth/config.ts';
import { ConfigError } from './config-error.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export type Neo4jTarget =
  | { kind: 'local'; boltPort: number; dataDir: string; heap: string; pageCacheMb: number }
  | { kind: 'external'; uri: string; user: string; password: string };

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';
export const logLevels: readonly LogLevel[] = ['error', 'warn', 'info', 'debug'];

/** What one client may ask of the public API; see server/graphql/guard/. */
export interface ApiLimits {
  /** Transaction timeout of the custom fields' Cypher (traversals, analyses); jobs run without one. */
  readonly queryTimeoutMs: number;
  /**
   * Transaction timeout of the generated entity API. Neo4j counts planning against it, and it
   * plans the interface unions the library generates for 5–25 s on two busy cores before it
   * caches the plan; a timeout that stops planning means the plan is never cached.
   */
  readonly generatedQueryTimeoutMs: number;
  /** The most one operation may cost (server/graphql/guard/cost.ts). */
  readonly maxCost: number;
  /** Cost one client (by IP) may spend per minute. */
  readonly costPerMinute: number;
  /** GraphQL requests one client may have running at once; more get 429. */
  readonly requestsInFlight: number;
  /** Time limit of one network export (GEXF, GraphML, CSV, JSON), its statements and its sending. */
  readonly exportTimeoutMs: number;
  /** Network exports running at once, across all clients; more get 429. */
  readonly exportsAtOnce: number;
}

export const defaultApiLimits: ApiLimits = Object.freeze({
  queryTimeoutMs: 5_000,
  generatedQueryTimeoutMs: 30_000,
  maxCost: 20_000,
  costPerMinute: 300_000,
  requestsInFlight: 8,
  exportTimeoutMs: 120_000,
  exportsAtOnce: 2,
});

export interface HttpConfig {
  /** Origins allowed by CORS; empty: same origin only; ['*']: any. */
  readonly corsOrigins: readonly string[];
  /** Express's `trust proxy`: false, or the hops / addresses of the proxies in front. */
  readonly trustProxy: boolean | number | string;
}

export const defaultHttpConfig: HttpConfig = Object.freeze({ corsOrigins: Object.freeze([]), trustProxy: false });

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: string;
  readonly neo4j: Neo4jTarget;
  readonly seedOnEmpty: boolean;
  readonly limits: ApiLimits;
  readonly http: HttpConfig;
  readonly logLevel: LogLevel;
  readonly auth: AuthConfig;
}

export { ConfigError } from './config-error.ts';

function portFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(`${name} "${raw}" is not a port number (0–65535).`);
  }
  return n;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`${name} "${raw}" is not a positive whole number.`);
  return n;
}

function corsOrigins(env: NodeJS.ProcessEnv): string[] {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw) return [];
  const origins = raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const o of origins) {
    if (o === '*') continue;
    let url: URL;
    try {
      url = new URL(o);
    } catch {
      throw new ConfigError(`CORS_ORIGINS: "${o}" is not an origin (expected e.g. https://example.org, or *).`);
    }
    if (url.origin !== o) throw new ConfigError(`CORS_ORIGINS: "${o}" is not an origin; did you mean ${url.origin}?`);
  }
  return origins;
}

function trustProxy(env: NodeJS.ProcessEnv): boolean | number | string {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw; // addresses or subnets, comma-separated, as express reads them
}

const neo4jSchemes = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim();
  let neo4j: Neo4jTarget;
  if (uri) {
    let scheme: string;
    try {
      scheme = new URL(uri).protocol;
    } catch {
      throw new ConfigError(`NEO4J_URI "${uri}" is not a URI (expected e.g. neo4j+s://xxxx.databases.neo4j.io).`);
    }
    if (!neo4jSchemes.includes(scheme)) {
      throw new ConfigError(`NEO4J_URI "${uri}" has scheme ${scheme}; allowed: ${neo4jSchemes.join(' ')}`);
    }
    neo4j = { kind: 'external', uri, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD ?? '' };
  } else {
    const heap = env.NEO4J_HEAP ?? '2g';
    if (!/^\d+[mg]$/.test(heap)) throw new ConfigError(`NEO4J_HEAP "${heap}" must look like 512m or 2g.`);
    neo4j = {
      kind: 'local',
      boltPort: portFrom(env, 'NEO4J_BOLT_PORT', 7687),
      dataDir: path.resolve(projectRoot, env.NEO4J_DATA_DIR ?? '.data/neo4j'),
      heap,
      pageCacheMb: positiveInt(env, 'NEO4J_PAGECACHE_MB', 512),
    };
  }
  const seedRaw = env.SEED_ON_EMPTY ?? 'true';
  if (seedRaw !== 'true' && seedRaw !== 'false') {
    throw new ConfigError(`SEED_ON_EMPTY "${seedRaw}" must be true or false.`);
  }
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!logLevels.includes(logLevel as LogLevel)) throw new ConfigError(`LOG_LEVEL "${logLevel}" must be one of ${logLevels.join(', ')}.`);
  return Object.freeze({
    port: portFrom(env, 'PORT', 4000),
    host: env.HOST ?? '127.0.0.1',
    database: env.NEO4J_DATABASE ?? 'neo4j',
    neo4j: Object.freeze(neo4j),
    seedOnEmpty: seedRaw === 'true',
    limits: Object.freeze({
      queryTimeoutMs: positiveInt(env, 'QUERY_TIMEOUT_MS', defaultApiLimits.queryTimeoutMs),
      generatedQueryTimeoutMs: positiveInt(env, 'GENERATED_QUERY_TIMEOUT_MS', defaultApiLimits.generatedQueryTimeoutMs),
      maxCost: positiveInt(env, 'MAX_QUERY_COST', defaultApiLimits.maxCost),
      costPerMinute: positiveInt(env, 'RATE_LIMIT_COST_PER_MINUTE', defaultApiLimits.costPerMinute),
      requestsInFlight: positiveInt(env, 'REQUESTS_IN_FLIGHT', defaultApiLimits.requestsInFlight),
      exportTimeoutMs: positiveInt(env, 'EXPORT_TIMEOUT_MS', defaultApiLimits.exportTimeoutMs),
      exportsAtOnce: positiveInt(env, 'EXPORTS_AT_ONCE', defaultApiLimits.exportsAtOnce),
    }),
    http: Object.freeze({ corsOrigins: Object.freeze(corsOrigins(env)), trustProxy: trustProxy(env) }),
    logLevel: logLevel as LogLevel,
    auth: readAuthConfig(env),
  });
}
