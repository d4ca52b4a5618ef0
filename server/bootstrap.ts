// Opens the graph database for the app and the seed command: starts the project's own Neo4j
// unless NEO4J_URI points elsewhere, connects, waits until it answers and applies the schema.
import type { Config } from './config.ts';
import { Database } from './db.ts';
import { startLocalNeo4j, type LocalNeo4j } from './neo4j/local.ts';
import { refreshNameKeys } from './curation/matching/name-keys.ts';
import { applySchema } from './schema.ts';

export interface OpenDatabase {
  db: Database;
  uri: string;
  dataDir: string | null;
  local: LocalNeo4j | null;
  close(): Promise<void>;
}

async function waitForAnswer(db: Database, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await db.ping();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

export async function openDatabase(config: Config, log: (line: string) => void): Promise<OpenDatabase> {
  let local: LocalNeo4j | null = null;
  let uri: string;
  let db: Database;
  if (config.neo4j.kind === 'local') {
    local = await startLocalNeo4j({ ...config.neo4j, log });
    uri = local.uri;
    db = Database.connect(uri, local.user, local.password, config.database);
  } else {
    uri = config.neo4j.uri;
    log(`using the Neo4j at ${uri} (NEO4J_URI); nothing is started`);
    db = Database.connect(uri, config.neo4j.user, config.neo4j.password, config.database);
  }
  try {
    await waitForAnswer(db, 60_000);
    log('applying schema (constraints and indexes) …');
    const n = await applySchema(db);
    log(`schema applied (${n} statements)`);
    // Organisations written before matching existed, or under older rules, get their name key.
    const keyed = await refreshNameKeys(db);
    if (keyed > 0) log(`normalised names stored for ${keyed} organisations`);
  } catch (err) {
    await db.close();
    await local?.stop();
    throw err;
  }
  return {
    db,
    uri,
    dataDir: local?.dataDir ?? null,
    local,
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}
