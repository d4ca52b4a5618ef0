import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';
import { browserTestsGate } from './test/setup/browser-gate.ts';
import { pythonTestsGate } from './test/setup/python.ts';

const browserGate = browserTestsGate();
const pythonExclude = pythonTestsGate();

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for the libraries (Neo4j GraphQL, query complexity);
    // Vite would give our code the ESM build, and graphql refuses types from "another realm".
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Without a browser, a local run leaves the browser files out (browser-gate.ts says why and
    // prints one line); CI never does.
    // Likewise the networkx interoperability tests without Python 3 (test/setup/python.ts).
    exclude: [...configDefaults.exclude, ...browserGate.exclude, ...pythonExclude],
    // One real Neo4j for the run, started on a free port in a temporary folder.
    globalSetup: ['test/setup/neo4j.ts'],
    // Integration files share that Neo4j and each brings its own data: run files one by one.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    allowOnly: false,
  },
});
