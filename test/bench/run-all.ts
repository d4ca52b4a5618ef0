// `npm run bench`: every benchmark of suite.ts one after another, each a child process of its own
// (its own process group, so a bound that runs out stops it and whatever it started), then
// test/bench/RESULTS.md from the figures each wrote into its JSON. A bench that fails or runs out
// of time is reported as such and the others still run.
//   npm run bench -- --only matching,import-files     npm run bench -- --skip gaps,partners
// The soak runs only when named (--only soak). --bound <seconds> caps every bench's time bound. Each run's output also goes to
// test-results/bench-logs/<name>.log; the whole run to test-results/bench-all.json.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { projectRoot } from '../../server/config.ts';
import { type Figure, figureSchema } from './figures.ts';
import { machine, round } from './machine.ts';
import { allFigures, type BenchOutcome, type BenchReport, resultsMarkdown } from './results-md.ts';
import { type BenchSpec, suite } from './suite.ts';

const resultsDir = path.join(projectRoot, 'test-results');
const resultsFile = path.join(projectRoot, 'test', 'bench', 'RESULTS.md');
const graceSeconds = 20; // after SIGTERM, before SIGKILL: the bench's Neo4j stops when its stdin closes
const log = (line: string) => console.log(`[bench:all] ${line}`);

function options(argv: string[]): { selected: Set<string>; cap: number } {
  const { values } = parseArgs({ args: argv, options: { only: { type: 'string' }, skip: { type: 'string' }, bound: { type: 'string' } } });
  const cap = values.bound === undefined ? Number.POSITIVE_INFINITY : Number(values.bound);
  if (!(cap > 0)) throw new Error(`--bound "${values.bound}" is not a number of seconds.`);
  const names = (list: string | undefined) => (list ?? '').split(',').filter(Boolean);
  const known = suite.map((s) => s.name);
  for (const name of [...names(values.only), ...names(values.skip)]) {
    if (!known.includes(name)) throw new Error(`No benchmark "${name}". Known: ${known.join(', ')}.`);
  }
  const only = names(values.only);
  const skip = new Set(names(values.skip));
  const selected = new Set(
    suite.filter((s) => (only.length ? only.includes(s.name) : s.byDefault) && !skip.has(s.name)).map((s) => s.name),
  );
  return { selected, cap };
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();

function commit(): { hash: string; dirty: boolean } {
  try {
    return { hash: git('rev-parse', '--short', 'HEAD'), dirty: git('status', '--porcelain', '--untracked-files=no') !== '' };
  } catch {
    return { hash: 'unknown (no git)', dirty: false };
  }
}

/** The knobs in effect: the caller's environment, else the suite's default. */
const knobsOf = (spec: BenchSpec): Record<string, string> =>
  Object.fromEntries(Object.entries(spec.defaults).map(([k, v]) => [k, process.env[k] ?? v]));

let running: number | undefined;
const killGroup = (pid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
};
// Ctrl-C reaches only our own process group; the bench's is its own.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (running !== undefined) killGroup(running, 'SIGTERM');
    process.exit(130);
  });
}

/** Runs one bench to its end or its bound; its output goes to the terminal and its log. */
async function run(spec: BenchSpec): Promise<{ exitCode: number | null; timedOut: boolean; seconds: number; tail: string }> {
  mkdirSync(path.join(resultsDir, 'bench-logs'), { recursive: true });
  const logFile = createWriteStream(path.join(resultsDir, 'bench-logs', `${spec.name}.log`));
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...(spec.nodeFlags ?? []), '--import', 'tsx', path.join('test', 'bench', spec.script), ...(spec.args ?? [])],
    { cwd: projectRoot, env: { ...process.env, ...knobsOf(spec) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running = child.pid;
  let tail = '';
  const keep = (chunk: Buffer) => {
    process.stdout.write(chunk);
    logFile.write(chunk);
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let timedOut = false;
  let kill: NodeJS.Timeout | undefined;
  const bound = setTimeout(() => {
    timedOut = true;
    log(`${spec.name}: bound of ${spec.boundSeconds} s reached, stopping it`);
    if (child.pid === undefined) return;
    killGroup(child.pid, 'SIGTERM');
    kill = setTimeout(() => child.pid !== undefined && killGroup(child.pid, 'SIGKILL'), graceSeconds * 1000);
  }, spec.boundSeconds * 1000);
  const exitCode = await new Promise<number | null>((resolve) => {
    child.on('error', (err) => {
      tail += `\n${err.message}`;
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
  clearTimeout(bound);
  clearTimeout(kill);
  running = undefined;
  await new Promise<void>((resolve) => logFile.end(resolve));
  return { exitCode, timedOut, seconds: (performance.now() - started) / 1000, tail };
}

const lastLines = (text: string, n = 3) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-n)
    .join(' / ')
    .slice(0, 600);

/** The figures of a JSON the bench wrote after `since`; a reason when there are none. */
function figuresOf(spec: BenchSpec, since: number): Figure[] | string {
  const file = path.join(resultsDir, spec.output);
  if (!existsSync(file) || statSync(file).mtimeMs < since) return `it wrote no test-results/${spec.output}`;
  const parsed = z.object({ figures: z.array(figureSchema) }).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data.figures : `test-results/${spec.output} has no valid figures: ${parsed.error.message.slice(0, 300)}`;
}

async function report(spec: BenchSpec, selected: Set<string>): Promise<BenchReport> {
  const base = { name: spec.name, command: `npm run bench:${spec.name}`, what: spec.what, knobs: knobsOf(spec) };
  if (!selected.has(spec.name)) {
    const reason = spec.byDefault ? 'left out by --only or --skip' : 'only when named: --only soak';
    return { ...base, outcome: { kind: 'not run', reason }, figures: [] };
  }
  const loadAtStart = round(loadavg()[0] ?? 0, 2);
  log(`${spec.name}: starting (load average ${loadAtStart}, bound ${spec.boundSeconds} s) …`);
  const since = Date.now();
  const r = await run(spec);
  const found = figuresOf(spec, since);
  const figures = typeof found === 'string' ? [] : found;
  const seconds = round(r.seconds);
  const outcome: BenchOutcome = r.timedOut
    ? { kind: 'timed out', seconds: spec.boundSeconds }
    : r.exitCode !== 0
      ? { kind: 'failed', seconds, exitCode: r.exitCode, lastLines: lastLines(r.tail) }
      : typeof found === 'string'
        ? { kind: 'no figures', seconds, reason: found }
        : { kind: 'done', seconds };
  log(`${spec.name}: ${outcome.kind} after ${seconds} s, ${figures.length} figures`);
  return { ...base, loadAtStart, outcome, figures };
}

async function main(): Promise<void> {
  const { selected, cap } = options(process.argv.slice(2));
  const started = new Date();
  // The code that runs is the tree at the start; what changes during the run is not measured.
  const tree = commit();
  const machineAtStart = machine();
  log(`machine: ${JSON.stringify(machineAtStart)}`);
  const benches: BenchReport[] = [];
  for (const spec of suite) benches.push(await report({ ...spec, boundSeconds: Math.min(spec.boundSeconds, cap) }, selected));
  const run = { machine: machineAtStart, started, finished: new Date(), commit: tree, benches };
  writeFileSync(resultsFile, resultsMarkdown(run));
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, 'bench-all.json'), `${JSON.stringify(run, null, 2)}\n`);
  log(`written ${path.relative(projectRoot, resultsFile)}`);
  const ran = benches.filter((b) => b.outcome.kind !== 'not run');
  for (const b of ran) {
    const goals = allFigures(b).filter((f) => f.met !== null);
    log(`  ${b.name.padEnd(13)} ${b.outcome.kind.padEnd(10)} goals met ${goals.filter((f) => f.met).length} of ${goals.length}`);
  }
  // Missed goals are findings, not failures; a bench that did not finish is.
  if (ran.some((b) => b.outcome.kind !== 'done')) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
