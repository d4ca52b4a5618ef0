// The load benchmark's arithmetic and its table: figure, ours, baseline, ratio, goal, met.
import { type Figure, figuresOf } from '../figures.ts';
import { median } from '../stats.ts';
import type { Outcome } from './cannon.ts';
import type { Latencies } from './one-at-a-time.ts';

export type TableRow = [figure: string, ours: string, baseline: string, ratio: string, goal: string, met: string];

export function printTable(rows: readonly TableRow[]): void {
  const all: readonly (readonly string[])[] = [['figure', 'ours', 'baseline', 'ratio', 'goal', 'met'], ...rows];
  const widths = all[0]!.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  for (const row of all)
    console.log(
      row
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd(),
    );
}

export const met = (pass: boolean): string => (pass ? 'yes' : 'NO');
export const ms = (x: number): string => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
export const times = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '∞');

/** Answered, but not with data: GraphQL errors, 4xx, 5xx, and connection errors and timeouts. */
export const failed = (o: Outcome): number => o.responses - o.answers.ok + o.errors;

export const codeList = (codes: Record<string, number>): string =>
  Object.entries(codes)
    .sort(([, a], [, b]) => b - a)
    .map(([k, v]) => `${k} ×${v}`)
    .join(', ');

export const sumCodes = (outcomes: readonly Outcome[]): Record<string, number> => {
  const sum: Record<string, number> = {};
  for (const o of outcomes) for (const [k, v] of Object.entries(o.codes)) sum[k] = (sum[k] ?? 0) + v;
  return sum;
};

/** One run in one line of the log. */
export const line = (o: Outcome): string =>
  `${o.okPerSecond.toFixed(1).padStart(6)} ok/s  p50 ${ms(o.latencyMs.p50).padStart(7)}  p99 ${ms(o.latencyMs.p99).padStart(7)}  failed ${failed(o)}  unanswered ${o.unanswered}  client cpu ${o.clientCpuShare.toFixed(2)}` +
  (Object.keys(o.codes).length ? `  (${codeList(o.codes)})` : '');

/** Least-squares slope and intercept of y over x. */
export function fitLine(points: readonly { x: number; y: number }[]): { slope: number; intercept: number } {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

/**
 * p99 over every request a fixed-rate run meant to send: one not answered with data (failed, timed
 * out, never answered, never sent) counts as slower than any that was, so more than 1 % of them
 * make it infinite. A stalled app then fails the goal instead of showing the few answers it gave.
 */
export function p99OverAll(o: Outcome, intended: number): { p99: number; failedShare: number } {
  const failedShare = Math.max(0, intended - o.answers.ok) / intended;
  return { p99: failedShare > 0.01 ? Number.POSITIVE_INFINITY : o.latencyMs.p99, failedShare };
}

export interface Round {
  app: Outcome;
  baseline: Outcome;
}
export interface Pair {
  intended: number;
  alone: Outcome;
  withAbuser: Outcome;
  abuser: Outcome;
}

export interface LoadSetup {
  connections: number;
  abuseConnections: number;
  abuserAddress: string;
  typicalRate: number;
  typicalTimeoutSeconds: number;
  goals: { throughputRatio: number; abuseP99Ratio: number };
}

export function loadTable(
  s: LoadSetup,
  rounds: readonly Round[],
  pairs: readonly Pair[],
  same: readonly { same: boolean }[],
  oneByOne: Latencies,
): { rows: TableRow[]; figures: Record<string, unknown>; list: Figure[] } {
  const med = (side: keyof Round, f: (o: Outcome) => number) => median(rounds.map((r) => f(r[side])));
  const both = (f: (o: Outcome) => number) => ({ app: med('app', f), baseline: med('baseline', f) });
  const rps = both((o) => o.okPerSecond);
  const p50 = both((o) => o.latencyMs.p50);
  const p99 = both((o) => o.latencyMs.p99);
  // Each round's ratio is taken side by side; their median is the figure.
  const throughputRatio = median(rounds.map((r) => r.app.okPerSecond / r.baseline.okPerSecond));
  const count = (side: keyof Round, f: (o: Outcome) => number) => rounds.reduce((n, r) => n + f(r[side]), 0);

  const over = (p: Pair, o: 'alone' | 'withAbuser') => p99OverAll(p[o], p.intended);
  const pmed = (f: (p: Pair) => number) => median(pairs.map(f));
  const typical = (o: 'alone' | 'withAbuser') => ({
    p99: pmed((p) => over(p, o).p99),
    p50: pmed((p) => p[o].latencyMs.p50),
    failedShare: pmed((p) => over(p, o).failedShare),
    withoutData: pairs.reduce((n, p) => n + p.intended - p[o].answers.ok, 0),
  });
  const abused = typical('withAbuser');
  const alone = typical('alone');
  const intended = pairs.reduce((n, p) => n + p.intended, 0);
  const ratioOf = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) ? a / b : Number.POSITIVE_INFINITY);
  const abuseP99Ratio = pmed((p) => ratioOf(over(p, 'withAbuser').p99, over(p, 'alone').p99));
  const abuseP50Ratio = pmed((p) => p.withAbuser.latencyMs.p50 / p.alone.latencyMs.p50);
  const abuser = {
    sent: pairs.reduce((n, p) => n + p.abuser.sent, 0),
    clientCpuShare: pmed((p) => p.abuser.clientCpuShare),
    timeouts: pairs.reduce((n, p) => n + p.abuser.timeouts, 0),
    answers: Object.fromEntries(
      Object.keys(pairs[0]?.abuser.answers ?? {}).map((k) => [
        k,
        pairs.reduce((n, p) => n + p.abuser.answers[k as keyof Outcome['answers']], 0),
      ]),
    ) as Record<keyof Outcome['answers'], number>,
  };
  const codes = {
    app: sumCodes(rounds.map((r) => r.app)),
    typicalAlone: sumCodes(pairs.map((p) => p.alone)),
    typicalAbused: sumCodes(pairs.map((p) => p.withAbuser)),
    abuser: sumCodes(pairs.map((p) => p.abuser)),
  };
  const sameCount = same.filter((x) => x.same).length;
  const shown = (x: { p99: number; failedShare: number }) =>
    Number.isFinite(x.p99) ? ms(x.p99) : `> ${s.typicalTimeoutSeconds} s (${(x.failedShare * 100).toFixed(0)} % without data)`;
  const a = abuser.answers;
  const info = (figure: string, ours: string, baseline = '', ratio = ''): TableRow => [figure, ours, baseline, ratio, '', ''];

  const rows: TableRow[] = [
    [
      `throughput, typical mix (${s.connections} users, closed loop)`,
      `${rps.app.toFixed(1)} req/s`,
      `${rps.baseline.toFixed(1)} req/s`,
      times(throughputRatio),
      `>= ${s.goals.throughputRatio}`,
      met(throughputRatio >= s.goals.throughputRatio),
    ],
    info('  latency p50', ms(p50.app), ms(p50.baseline), times(p50.app / p50.baseline)),
    info('  latency p99', ms(p99.app), ms(p99.baseline), times(p99.app / p99.baseline)),
    info(
      '  answers without data',
      `${count('app', failed)} of ${count('app', (o) => o.sent)}`,
      `${count('baseline', failed)} of ${count('baseline', (o) => o.sent)}`,
    ),
    ...(Object.keys(codes.app).length ? [info('    by code', codeList(codes.app))] : []),
    ...Object.entries(oneByOne).map(([field, t]) =>
      info(`  one at a time: ${field}`, ms(t.app), ms(t.baseline), times(t.app / t.baseline)),
    ),
    [
      `typical p99 beside an abuser (${s.typicalRate} req/s)`,
      `${shown(abused)} abused`,
      `${shown(alone)} alone`,
      times(abuseP99Ratio),
      `<= ${s.goals.abuseP99Ratio}`,
      met(abuseP99Ratio <= s.goals.abuseP99Ratio),
    ],
    info('  typical p50 beside the abuser', `${ms(abused.p50)} abused`, `${ms(alone.p50)} alone`, times(abuseP50Ratio)),
    info('  typical requests without data', `${abused.withoutData} of ${intended} abused`, `${alone.withoutData} of ${intended} alone`),
    ...(Object.keys(codes.typicalAbused).length || Object.keys(codes.typicalAlone).length
      ? [info('    by code', codeList(codes.typicalAbused) || '-', codeList(codes.typicalAlone) || '-')]
      : []),
    info(
      `  abuser's answers (${s.abuseConnections} conn. from ${s.abuserAddress})`,
      `2xx ${a.ok}, 2xx+errors ${a.graphqlErrors}, 400 ${a.status400}, 429 ${a.status429}, 5xx ${a.status5xx}, other ${a.other}, timeouts ${abuser.timeouts}`,
      `${abuser.sent} sent, client ${abuser.clientCpuShare.toFixed(2)} cores`,
    ),
    info('    by code', codeList(codes.abuser) || '-'),
    ["baseline answers equal the app's", `${sameCount}/${same.length}`, '', '', 'all', met(sameCount === same.length)],
  ];
  // The field whose one-at-a-time ratio is highest is where the mix loses most against the baseline.
  const slowest = Object.entries(oneByOne)
    .map(([field, t]) => ({ field, ratio: t.app / t.baseline, app: t.app, baseline: t.baseline }))
    .sort((x, y) => y.ratio - x.ratio)[0];
  const fig = figuresOf('load');
  const list: Figure[] = [
    fig.atLeast(`throughput ÷ baseline, typical mix (${s.connections} users, closed loop)`, throughputRatio, '×', s.goals.throughputRatio, {
      note: `${rps.app.toFixed(1)} against ${rps.baseline.toFixed(1)} req/s`,
      ...(slowest
        ? { limit: `slowest alone: ${slowest.field} ${ms(slowest.app)} against ${ms(slowest.baseline)} (${times(slowest.ratio)})` }
        : {}),
    }),
    fig.info('latency p50, app / baseline', `${ms(p50.app)} / ${ms(p50.baseline)}`, ''),
    fig.info('latency p99, app / baseline', `${ms(p99.app)} / ${ms(p99.baseline)}`, ''),
    fig.atMost(`typical p99 beside an abuser ÷ alone (${s.typicalRate} req/s)`, abuseP99Ratio, '×', s.goals.abuseP99Ratio, {
      note: `${shown(abused)} abused, ${shown(alone)} alone`,
      limit: `typical requests without data: ${abused.withoutData} of ${intended} abused (${codeList(codes.typicalAbused) || 'no codes'}); the abuser got 429 ×${a.status429}, 400 ×${a.status400}, 5xx ×${a.status5xx}`,
    }),
    fig.check("baseline answers equal the app's", `${sameCount} of ${same.length}`, '', 'all', sameCount === same.length),
  ];
  return {
    rows,
    list,
    figures: {
      rps,
      p50,
      p99,
      throughputRatio,
      oneAtATime: oneByOne,
      typicalRate: s.typicalRate,
      abused,
      alone,
      abuseP99Ratio,
      abuseP50Ratio,
      abuser,
      codes,
    },
  };
}
