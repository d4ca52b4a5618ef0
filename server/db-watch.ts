// Watches whether Neo4j answers, once a second, and says so in the log when that changes. While it
// does not answer, requests fail at once with DATABASE_UNAVAILABLE instead of waiting on sockets
// that may never answer (a frozen server keeps its connections open).
import type { Database } from './db.ts';
import { DatabaseUnavailableError } from './errors.ts';
import type { Logger } from './log.ts';

export type DatabaseState = { kind: 'unknown' } | { kind: 'up'; since: number } | { kind: 'down'; since: number; reason: string };

export interface DatabaseWatch {
  state(): DatabaseState;
  /**
   * Calls `listener` once when Neo4j is found down; returns the unsubscribe. A listener, not a
   * shared promise: every request racing one promise that never settles would be kept alive by it.
   */
  onDown(listener: (err: DatabaseUnavailableError) => void): () => void;
  stop(): void;
}

export interface WatchOptions {
  intervalMs?: number;
  /** Failed probes in a row before Neo4j counts as down: one slow answer on a busy machine is not an outage. */
  failuresBeforeDown?: number;
}

export function watchDatabase(db: Database, log: Logger, options: WatchOptions = {}): DatabaseWatch {
  const intervalMs = options.intervalMs ?? 1_000;
  const failuresBeforeDown = options.failuresBeforeDown ?? 2;
  let state: DatabaseState = { kind: 'unknown' };
  let failures = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const listeners = new Set<(err: DatabaseUnavailableError) => void>();

  async function check(): Promise<void> {
    try {
      await db.probe();
      if (state.kind === 'down') log.info('Neo4j answers again', { downSeconds: ((Date.now() - state.since) / 1000).toFixed(1) });
      if (state.kind !== 'up') state = { kind: 'up', since: Date.now() };
      failures = 0;
    } catch (err) {
      failures += 1;
      if (state.kind !== 'down' && failures >= failuresBeforeDown) {
        const reason = err instanceof Error && err.cause instanceof Error ? err.cause.message : 'no answer';
        state = { kind: 'down', since: Date.now(), reason };
        log.warn('Neo4j does not answer: requests fail with DATABASE_UNAVAILABLE until it does', { reason });
        const down = new DatabaseUnavailableError(err);
        for (const listener of [...listeners]) listener(down);
        listeners.clear();
      }
    }
  }

  async function loop(): Promise<void> {
    await check();
    if (!stopped) timer = setTimeout(() => void loop(), intervalMs);
    timer?.unref();
  }
  void loop();

  return {
    state: () => state,
    onDown(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
