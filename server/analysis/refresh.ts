// Brings the network metrics (and so the gap reports) up to date after the data changed, in the
// background: changes arriving together (an import's batches, a burst of edits) are waited out
// for `delayMs`, then one computation runs; a change during it schedules one more.
import { ensureMetrics } from './ensure.ts';
import type { Database } from '../db.ts';

export type RefreshState = 'idle' | 'waiting' | 'running';

export interface MetricsRefresh {
  /** The data changed: compute the metrics again soon. */
  schedule(): void;
  state(): RefreshState;
  /** Resolves when nothing is waiting or running (tests, shutdown). */
  settled(): Promise<void>;
  stop(): void;
}

export function metricsRefresh(db: Database, log: (line: string) => void, delayMs = 5_000): MetricsRefresh {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const run = (): void => {
    timer = null;
    running = ensureMetrics(db, log, { force: true })
      .then(
        () => {},
        (err: unknown) => log(`network metrics after a change failed: ${err instanceof Error ? err.message : String(err)}`),
      )
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          schedule();
        }
      });
  };

  function schedule(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, delayMs);
    timer.unref();
  }

  return {
    schedule,
    state: () => (running ? 'running' : timer ? 'waiting' : 'idle'),
    async settled() {
      while (timer || running) {
        if (running) await running;
        else await new Promise<void>((resolve) => setImmediate(resolve));
      }
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
