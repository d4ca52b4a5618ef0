// What every benchmark says about the machine it ran on (figures of a shared 2-core machine mean
// little without its load), and the rounding of its figures.
import { availableParallelism, cpus, loadavg } from 'node:os';

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export const machine = () => ({
  cores: availableParallelism(),
  cpu: cpus()[0]?.model ?? '?',
  loadAverage: loadavg().map((x) => round(x, 2)),
  node: process.version,
});
