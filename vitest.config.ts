import { defineConfig } from 'vitest/config';

export default defineConfig({
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
