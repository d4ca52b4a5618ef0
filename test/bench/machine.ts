// What every benchmark says about the machine it ran on (figures of a shared 2-core machine mean
// little without its load), and the rounding of its figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism, cpus, freemem, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../server/config.ts';
import { findBrowser, thisMachine } from '../setup/find-browser.ts';

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

const gb = (bytes: number) => round(bytes / 2 ** 30);

/** The first line a command prints, on stdout or stderr (`java -version` writes to stderr), or why there is none. */
function firstLine(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
  if (r.error) return `not found (${command})`;
  return `${r.stdout}\n${r.stderr}`.trim().split('\n')[0] || '?';
}

// Versions do not change during a run, and each costs a process start: asked once.
let versions: { java: string; chromium: string; neo4j: string } | undefined;

function versionsOnce() {
  versions ??= {
    java: firstLine('java', ['-version']),
    chromium: (() => {
      const lookup = findBrowser(thisMachine());
      return lookup.kind === 'found' ? firstLine(lookup.executable, ['--version']) : 'none found';
    })(),
    // The jar the project's launcher runs (server/neo4j/target/lib), not what a pom asks for.
    neo4j: (() => {
      try {
        const jar = readdirSync(path.join(projectRoot, 'server/neo4j/target/lib')).find((f) => /^neo4j-\d+\.\d+\.\d+\.jar$/.test(f));
        return jar ? jar.slice('neo4j-'.length, -'.jar'.length) : '?';
      } catch {
        return 'not resolved (npm run neo4j:resolve)';
      }
    })(),
  };
  return versions;
}

export const machine = () => ({
  cores: availableParallelism(),
  cpu: cpus()[0]?.model ?? '?',
  memoryGb: gb(totalmem()),
  freeMemoryGb: gb(freemem()),
  loadAverage: loadavg().map((x) => round(x, 2)),
  node: process.version,
  ...versionsOnce(),
});

export type Machine = ReturnType<typeof machine>;
