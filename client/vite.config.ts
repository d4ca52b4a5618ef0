import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  build: {
    outDir: path.join(here, '..', 'dist', 'client'),
    emptyOutDir: true,
    // GraphiQL's editor, Monaco, is one 2.8 MB module (0.7 MB gzipped), loaded by the query IDE only.
    chunkSizeWarningLimit: 3000,
    // Two pages: the explorer and the query IDE (GraphiQL), which the server serves at /graphql.
    rolldownOptions: {
      input: { main: path.join(here, 'index.html'), graphiql: path.join(here, 'graphiql.html') },
      // GraphiQL's dependencies mark React server-component boundaries ("use client"), which mean
      // nothing in a browser bundle: one warning per file otherwise.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
