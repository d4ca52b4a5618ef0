// Vitest globalSetup: a real Neo4j (the project's own launcher) in a temporary folder on a free
// port, handed to the tests with provide/inject and stopped at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j/local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jPassword: string; // of the user neo4j: the local Neo4j requires authentication
  }
}

let neo4j: LocalNeo4j | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  dataDir = mkdtempSync(path.join(tmpdir(), 'cluster-explorer-test-'));
  const t0 = performance.now();
  neo4j = await startLocalNeo4j({ dataDir, boltPort: 0, heap: '2g', pageCacheMb: 256, startTimeoutMs: 180_000 });
  console.log(`[test setup] Neo4j at ${neo4j.uri} in ${((performance.now() - t0) / 1000).toFixed(1)} s (${dataDir})`);
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jPassword', neo4j.password);
}

export async function teardown(): Promise<void> {
  await neo4j?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
