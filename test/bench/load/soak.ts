// The soak: the typical mix at a moderate fixed rate for a long time while this process (it holds
// the app) is sampled: rss and heapUsed, each after a full collection, so that a leak shows as a
// slope and not as garbage not yet collected. Reports least-squares slopes in MB per minute.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type Figure, figuresOf } from '../figures.ts';
import { fire, type Shot } from './cannon.ts';
import { codeList, failed, fitLine, met, ms, type TableRow } from './report.ts';

export interface SoakOptions {
  shot: Omit<Shot, 'seconds'>; // the typical mix at its rate
  seconds: number;
  sampleSeconds: number;
  heapGoalMbPerMinute: number;
  log: (line: string) => void;
}

interface Sample {
  seconds: number;
  rssMb: number;
  heapUsedMb: number;
}

export async function soak(o: SoakOptions): Promise<{ rows: TableRow[]; figures: Record<string, unknown>; list: Figure[] }> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  o.log(`soak warm-up: 15 s at ${o.shot.rate} req/s …`);
  await fire({ ...o.shot, seconds: 15 }).done;

  const samples: Sample[] = [];
  const started = performance.now();
  const sample = () => {
    gc();
    const m = process.memoryUsage();
    const s = { seconds: (performance.now() - started) / 1000, rssMb: m.rss / 2 ** 20, heapUsedMb: m.heapUsed / 2 ** 20 };
    samples.push(s);
    o.log(`    ${s.seconds.toFixed(0).padStart(4)} s  rss ${s.rssMb.toFixed(1)} MB  heapUsed ${s.heapUsedMb.toFixed(1)} MB`);
  };
  o.log(`soak: ${o.seconds} s at ${o.shot.rate} req/s, memory every ${o.sampleSeconds} s …`);
  const firing = fire({ ...o.shot, seconds: o.seconds });
  sample();
  const timer = setInterval(sample, o.sampleSeconds * 1000);
  const outcome = await firing.done;
  clearInterval(timer);
  sample();

  const first = samples[0] as Sample;
  const last = samples.at(-1) as Sample;
  const slope = (y: (s: Sample) => number, from = 0) =>
    fitLine(samples.filter((s) => s.seconds >= from).map((s) => ({ x: s.seconds / 60, y: y(s) }))).slope;
  // Caches fill early; a leak keeps its slope in the second half too.
  const slopes = {
    heapUsedMbPerMinute: slope((s) => s.heapUsedMb),
    heapUsedMbPerMinuteSecondHalf: slope((s) => s.heapUsedMb, last.seconds / 2),
    rssMbPerMinute: slope((s) => s.rssMb),
  };
  const info = (figure: string, ours: string): TableRow => [figure, ours, '', '', '', ''];
  const rows: TableRow[] = [
    [
      'heapUsed after GC: slope',
      `${slopes.heapUsedMbPerMinute.toFixed(2)} MB/min`,
      '',
      '',
      `<= ${o.heapGoalMbPerMinute} MB/min`,
      met(slopes.heapUsedMbPerMinute <= o.heapGoalMbPerMinute),
    ],
    info('  start → end', `${first.heapUsedMb.toFixed(1)} → ${last.heapUsedMb.toFixed(1)} MB`),
    info('  slope over the second half', `${slopes.heapUsedMbPerMinuteSecondHalf.toFixed(2)} MB/min`),
    info('rss: slope', `${slopes.rssMbPerMinute.toFixed(2)} MB/min`),
    info('  start → end', `${first.rssMb.toFixed(1)} → ${last.rssMb.toFixed(1)} MB`),
    info(`typical mix, ${o.shot.rate} req/s for ${o.seconds} s`, `${outcome.okPerSecond.toFixed(1)} req/s with data`),
    info('  latency p50 / p99', `${ms(outcome.latencyMs.p50)} / ${ms(outcome.latencyMs.p99)}`),
    info('  without data / unanswered at the end', `${failed(outcome)} / ${outcome.unanswered} of ${outcome.sent}`),
    ...(Object.keys(outcome.codes).length ? [info('    by code', codeList(outcome.codes))] : []),
  ];
  const fig = figuresOf('soak');
  const list: Figure[] = [
    fig.atMost('heapUsed after GC: slope', slopes.heapUsedMbPerMinute, 'MB/min', o.heapGoalMbPerMinute, {
      note: `${first.heapUsedMb.toFixed(1)} → ${last.heapUsedMb.toFixed(1)} MB`,
      limit: `slope over the second half ${slopes.heapUsedMbPerMinuteSecondHalf.toFixed(2)} MB/min (caches fill early, a leak keeps its slope)`,
    }),
    fig.info('rss: slope', slopes.rssMbPerMinute, 'MB/min', { note: `${first.rssMb.toFixed(1)} → ${last.rssMb.toFixed(1)} MB` }),
    fig.info(`typical mix, ${o.shot.rate} req/s for ${o.seconds} s`, outcome.okPerSecond, 'req/s with data', {
      note: `p50 ${ms(outcome.latencyMs.p50)}, p99 ${ms(outcome.latencyMs.p99)}; without data ${failed(outcome)} of ${outcome.sent}`,
    }),
  ];
  return { rows, list, figures: { slopes, first, last, samples, outcome } };
}
