import { describe, expect, it } from 'vitest';
import { figuresOf } from '../bench/figures.ts';
import type { Machine } from '../bench/machine.ts';
import { type BenchReport, resultsMarkdown, type RunReport } from '../bench/results-md.ts';

const machine: Machine = {
  cores: 2,
  cpu: 'AMD EPYC 7B13',
  memoryGb: 23.5,
  freeMemoryGb: 17,
  loadAverage: [1.5, 2, 3.25],
  node: 'v20.19.0',
  java: 'openjdk version "17.0.15" 2025-04-15',
  chromium: 'Chromium 156.0.8078.114',
  neo4j: '5.26.19',
};

const bench = (name: string, over: Partial<BenchReport>): BenchReport => ({
  name,
  command: `npm run bench:${name}`,
  what: `the ${name} bench.`,
  knobs: {},
  outcome: { kind: 'done', seconds: 42 },
  figures: [],
  ...over,
});

const run = (benches: BenchReport[]): RunReport => ({
  machine,
  started: new Date('2026-12-02T07:40:00Z'),
  finished: new Date('2026-12-02T08:20:00Z'),
  commit: { hash: 'fb6c515', dirty: true },
  benches,
});

/** The table row of a figure, by its name. */
const rowOf = (markdown: string, name: string) => markdown.split('\n').find((l) => l.startsWith(`| ${name} |`));

describe('figure builders', () => {
  const fig = figuresOf('import');

  it('meet an upper bound at or below it and say by how much one above it misses', () => {
    expect(fig.atMost('ratio', 0.3, '×', 0.3).met).toBe(true);
    const missed = fig.atMost('ratio', 0.39, '×', 0.3);
    expect(missed).toMatchObject({ met: false, goal: '<= 0.3 ×', missedBy: '30 %' });
  });

  it('say how far a lower bound is missed relative to the bound', () => {
    expect(fig.atLeast('ours ÷ naive', 4.8, '×', 20)).toMatchObject({ met: false, goal: '>= 20 ×', missedBy: '76 %' });
    expect(fig.atLeast('ours ÷ naive', 21, '×', 20).missedBy).toBeUndefined();
  });

  it('give the distance in units when the bound is zero', () => {
    expect(fig.atMost('re-import changes', 3, 'changes', 0)).toMatchObject({ met: false, missedBy: '3 changes' });
  });

  it('never meet a goal with a value that is not finite', () => {
    expect(fig.atMost('p99 ratio', Number.POSITIVE_INFINITY, '×', 2)).toMatchObject({ met: false, missedBy: 'no finite value' });
  });
});

describe('RESULTS.md', () => {
  const fig = figuresOf('import');
  const figures = [
    fig.atLeast('ours ÷ naive loader', 4.8, '×', 20, { limit: 'one commit per row is cheap on this disk' }),
    fig.atMost('peak heap', 120, 'MB', 512),
    fig.info('check pass', 710, 'rows/s', { note: '141 s' }),
  ];
  const markdown = resultsMarkdown(
    run([
      bench('import', { figures, knobs: { BENCH_IMPORT_ROWS: '20000' }, loadAtStart: 1.8 }),
      bench('gaps', { outcome: { kind: 'timed out', seconds: 1500 } }),
      bench('soak', { outcome: { kind: 'not run', reason: 'only when named: --only soak' } }),
    ]),
  );

  it('describes the machine, the commit and the date', () => {
    expect(markdown).toContain('| CPU | AMD EPYC 7B13, 2 cores |');
    expect(markdown).toContain('| Memory | 23.5 GB (17 GB free at the start) |');
    expect(markdown).toContain('| Java | openjdk version "17.0.15" 2025-04-15 |');
    expect(markdown).toContain('| Chromium | Chromium 156.0.8078.114 |');
    expect(markdown).toContain('| Commit | fb6c515 with uncommitted changes |');
    expect(markdown).toContain('2026-12-02 08:20 UTC');
  });

  it('shows a missed goal with how much it missed by and what limits it', () => {
    expect(rowOf(markdown, 'ours ÷ naive loader')).toBe(
      '| ours ÷ naive loader | 4.8 × | >= 20 × | **no** | missed by 76 %; one commit per row is cheap on this disk |',
    );
  });

  it('shows a met goal and an information row without a verdict', () => {
    expect(rowOf(markdown, 'peak heap')).toBe('| peak heap | 120 MB | <= 512 MB | yes |  |');
    expect(rowOf(markdown, 'check pass')).toBe('| check pass | 710 rows/s | – | – | 141 s |');
  });

  it('gives a bench that timed out a row of its own that misses its goal', () => {
    expect(markdown).toContain('## gaps: **timed out** after 1500 s');
    expect(rowOf(markdown, 'run')).toMatch(/^\| run \| timed out after 1500 s \| completes \| \*\*no\*\* \|/);
  });

  it('counts goals over the benches that ran and names the missed ones', () => {
    expect(markdown).toContain('Ran: import, gaps. Not run: soak (only when named: --only soak).');
    expect(markdown).not.toContain('## soak');
    expect(markdown).toContain('**Goals met: 1 of 3.** Missed: import · ours ÷ naive loader; gaps · run.');
  });

  it('names the knobs a bench ran with and the load at its start', () => {
    expect(markdown).toContain('`npm run bench:import` with `BENCH_IMPORT_ROWS=20000`: the import bench. Load average at its start: 1.8.');
  });

  it('keeps a pipe in a value from breaking the table', () => {
    const piped = resultsMarkdown(run([bench('load', { figures: [figuresOf('load').info('codes', '200 | 429', '')] })]));
    expect(rowOf(piped, 'codes')).toBe('| codes | 200 \\| 429 | – | – |  |');
  });
});
