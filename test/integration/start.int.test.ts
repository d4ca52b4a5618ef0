// `npm start` as a user runs it: a real process with its own Neo4j, demo data, and clean stops.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'cluster-explorer-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function javaProcessesFor(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.includes('cluster.Launcher') && cmd.includes(dir)) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function untilGone(dir: string, ms: number): Promise<number[]> {
  const until = Date.now() + ms;
  while (javaProcessesFor(dir).length > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
  return javaProcessesFor(dir);
}

interface Started {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  url: string;
}

async function start(): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HEAP: '1g' },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no summary within 200 s:\n${out}`)), 200_000);
    const check = () => {
      if (out.includes('Started in:')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${out}`)));
  });
  return { child, output: () => out, url: `http://127.0.0.1:${port}` };
}

async function stats(url: string): Promise<{ companies: number; employees: number }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ clusterStats { companies employees } }' }),
  });
  return ((await res.json()) as { data: { clusterStats: { companies: number; employees: number } } }).data.clusterStats;
}

describe('npm start', () => {
  it('starts Neo4j, loads the demo data into an empty database, serves the app and prints one summary', async () => {
    const s = await start();
    try {
      expect(s.output()).toMatch(/starting Neo4j/);
      expect(s.output()).toMatch(/applying schema/);
      expect(s.output()).toMatch(/demo data loaded/);
      for (const line of ['App:', 'GraphQL:', 'Neo4j:', 'Data folder:', 'Started in:']) expect(s.output()).toContain(line);
      expect(await stats(s.url)).toEqual({ companies: 2600, employees: 38200 });
      const page = await fetch(`${s.url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Cluster Explorer');
    } finally {
      s.child.kill('SIGTERM');
    }
    await new Promise((r) => s.child.once('exit', r));
    expect(await untilGone(dataDir, 30_000)).toEqual([]);
  }, 300_000);

  it('keeps the data across restarts, and leaves no Java process when the parent is killed outright', async () => {
    const s = await start();
    expect(s.output()).not.toMatch(/demo data loaded/);
    expect(await stats(s.url)).toEqual({ companies: 2600, employees: 38200 });
    expect(javaProcessesFor(dataDir)).toHaveLength(1);
    // SIGKILL gives Node no chance to clean up: the launcher sees its stdin close and exits.
    s.child.kill('SIGKILL');
    expect(await untilGone(dataDir, 60_000)).toEqual([]);
  }, 300_000);
});
