// The one place that reads process.env: defaults, validation with clear messages, frozen.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export type Neo4jTarget =
  | { kind: 'local'; boltPort: number; dataDir: string; heap: string; pageCacheMb: number }
  | { kind: 'external'; uri: string; user: string; password: string };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: string;
  readonly neo4j: Neo4jTarget;
  readonly seedOnEmpty: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

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
  return Object.freeze({
    port: portFrom(env, 'PORT', 4000),
    host: env.HOST ?? '127.0.0.1',
    database: env.NEO4J_DATABASE ?? 'neo4j',
    neo4j: Object.freeze(neo4j),
    seedOnEmpty: seedRaw === 'true',
  });
}
