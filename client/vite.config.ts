import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  build: { outDir: path.join(here, '..', 'dist', 'client'), emptyOutDir: true },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
