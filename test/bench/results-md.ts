// test/bench/RESULTS.md from what one `npm run bench` measured: the machine, the date, the commit,
// and per benchmark a table of every figure with its goal, whether it is met, and by how much and
// why not. A pure function of its input, so a unit test can read what it writes.
import { UnreachableCaseError } from '../../server/errors.ts';
import { type Figure, formatNumber } from './figures.ts';
import type { Machine } from './machine.ts';

/** How a benchmark's run ended. */
export type BenchOutcome =
  | { kind: 'done'; seconds: number }
  | { kind: 'failed'; seconds: number; exitCode: number | null; lastLines: string }
  | { kind: 'timed out'; seconds: number }
  | { kind: 'no figures'; seconds: number; reason: string }
  | { kind: 'not run'; reason: string };

export interface BenchReport {
  name: string;
  command: string;
  what: string;
  /** The knobs the run gave it (the caller's environment wins over the defaults). */
  knobs: Record<string, string>;
  loadAtStart?: number;
  outcome: BenchOutcome;
  figures: Figure[];
}

export interface RunReport {
  machine: Machine;
  started: Date;
  finished: Date;
  commit: { hash: string; dirty: boolean };
  benches: BenchReport[];
}

const cell = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
const minutes = (seconds: number) => (seconds < 120 ? `${Math.round(seconds)} s` : `${formatNumber(seconds / 60)} min`);
const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** A run that did not end well is a figure of its own, so the table says so where the figures would be. */
export function outcomeFigure(b: BenchReport): Figure | null {
  const row = (value: string, note?: string): Figure => ({
    bench: b.name,
    name: 'run',
    value,
    unit: '',
    goal: 'completes',
    met: false,
    ...(note ? { note } : {}),
  });
  const o = b.outcome;
  switch (o.kind) {
    case 'done':
    case 'not run':
      return null;
    case 'failed':
      return row(`failed after ${minutes(o.seconds)} (exit code ${o.exitCode ?? 'none'})`, o.lastLines);
    case 'timed out':
      return row(`timed out after ${Math.round(o.seconds)} s`, 'stopped by run-all at its time bound');
    case 'no figures':
      return row(`ended after ${minutes(o.seconds)} without figures`, o.reason);
    default:
      throw new UnreachableCaseError(o);
  }
}

function status(o: BenchOutcome): string {
  switch (o.kind) {
    case 'done':
      return `done in ${minutes(o.seconds)}`;
    case 'failed':
      return `**failed** after ${minutes(o.seconds)}`;
    case 'timed out':
      return `**timed out** after ${Math.round(o.seconds)} s`;
    case 'no figures':
      return `**no figures** after ${minutes(o.seconds)}`;
    case 'not run':
      return `not run (${o.reason})`;
    default:
      throw new UnreachableCaseError(o);
  }
}

const value = (f: Figure) => {
  const v = typeof f.value === 'number' ? formatNumber(f.value) : f.value;
  return f.unit ? `${v} ${f.unit}` : v;
};

const met = (f: Figure) => (f.met === null ? '–' : f.met ? 'yes' : '**no**');

function why(f: Figure): string {
  const parts = [f.missedBy ? `missed by ${f.missedBy}` : '', f.met === false ? (f.limit ?? '') : '', f.note ?? ''];
  return parts.filter(Boolean).join('; ');
}

function table(figures: readonly Figure[]): string[] {
  return [
    '| Figure | Value | Goal | Met | Missed by / what limits it |',
    '|---|---|---|---|---|',
    ...figures.map((f) => `| ${[f.name, value(f), f.goal || '–', met(f), why(f)].map(cell).join(' | ')} |`),
  ];
}

/** Every figure of a bench, its run's own row first when the run did not end well. */
export function allFigures(b: BenchReport): Figure[] {
  const own = outcomeFigure(b);
  return own ? [own, ...b.figures] : b.figures;
}

/** The benches that did not run, grouped by why: "explorer, gaps (left out by --only or --skip); soak (…)". */
function notRunList(benches: readonly BenchReport[]): string {
  const byReason = new Map<string, string[]>();
  for (const b of benches) {
    const reason = b.outcome.kind === 'not run' ? b.outcome.reason : '';
    byReason.set(reason, [...(byReason.get(reason) ?? []), b.name]);
  }
  return [...byReason].map(([reason, names]) => `${names.join(', ')} (${reason})`).join('; ');
}

export function resultsMarkdown(r: RunReport): string {
  const ran = r.benches.filter((b) => b.outcome.kind !== 'not run');
  const notRun = r.benches.filter((b) => b.outcome.kind === 'not run');
  const goals = ran.flatMap(allFigures).filter((f) => f.met !== null);
  const missed = goals.filter((f) => f.met === false);
  const m = r.machine;
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (\`test/bench/run-all.ts\`) on ${utc(r.finished)}; not edited by hand. What each figure`,
    'means and how it is measured: [README.md](README.md).',
    '',
    `Ran: ${ran.map((b) => b.name).join(', ') || 'none'}.${notRun.length ? ` Not run: ${notRunList(notRun)}.` : ''}`,
    '',
    `**Goals met: ${goals.length - missed.length} of ${goals.length}.**${missed.length ? ` Missed: ${missed.map((f) => `${f.bench} · ${f.name}`).join('; ')}.` : ''}`,
    '',
    '## Machine',
    '',
    '| | |',
    '|---|---|',
    `| CPU | ${cell(m.cpu)}, ${m.cores} cores |`,
    `| Memory | ${m.memoryGb} GB (${m.freeMemoryGb} GB free at the start) |`,
    `| Load average at the start | ${m.loadAverage.join(', ')} (1, 5, 15 min) |`,
    `| Node | ${m.node} |`,
    `| Java | ${cell(m.java)} |`,
    `| Chromium | ${cell(m.chromium)} |`,
    `| Neo4j | ${m.neo4j} |`,
    `| Commit | ${r.commit.hash}${r.commit.dirty ? ' with uncommitted changes' : ''} |`,
    `| Run | ${utc(r.started)} to ${utc(r.finished)} (${minutes((r.finished.getTime() - r.started.getTime()) / 1000)}) |`,
  ];
  for (const b of ran) {
    const knobs = Object.entries(b.knobs).map(([k, v]) => `${k}=${v}`);
    lines.push(
      '',
      `## ${b.name}: ${status(b.outcome)}`,
      '',
      `\`${b.command}\`${knobs.length ? ` with ${knobs.map((k) => `\`${k}\``).join(' ')}` : ''}: ${b.what}${b.loadAtStart === undefined ? '' : ` Load average at its start: ${b.loadAtStart}.`}`,
    );
    const figures = allFigures(b);
    if (figures.length > 0) lines.push('', ...table(figures));
  }
  return `${lines.join('\n')}\n`;
}
