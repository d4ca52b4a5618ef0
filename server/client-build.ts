// `npm start` serves the built client and builds it first when it is missing or stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './config.ts';

export const clientSrc = path.join(projectRoot, 'client');
export const clientDist = path.join(projectRoot, 'dist', 'client');
/** The query IDE's tabs are built in from here (client/src/graphiql). */
const exampleQueries = path.join(projectRoot, 'docs', 'queries');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function clientIsBuilt(): boolean {
  const index = path.join(clientDist, 'index.html');
  return existsSync(index) && statSync(index).mtimeMs >= Math.max(newest(clientSrc), newest(exampleQueries));
}

/** `minify: false` keeps function names, for readable performance traces (the benchmark's BENCH_TRACE). */
export async function buildClient(o: { minify?: boolean } = {}): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.join(clientSrc, 'vite.config.ts'), logLevel: 'warn', build: { minify: o.minify ?? true } });
}
