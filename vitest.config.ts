import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for the libraries (Neo4j GraphQL, query complexity);
    // Vite would give our code the ESM build, and graphql refuses types from "another realm".
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // One real Neo4j for the run, started on a free port in a temporary folder.
    globalSetup: ['test/setup/neo4j.ts'],
    // Integration files share that Neo4j and each brings its own data: run files one by one.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    allowOnly: false,
  },
});
