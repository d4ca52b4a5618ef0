// Keeps the Neo4j we started running: when it dies without being asked to, say so in one line
// and start it again (same port, same data) with a capped exponential back-off. The driver
// reconnects to the same bolt URI by itself, so the app needs no restart.
import { setTimeout as delay } from 'node:timers/promises';
import { UnreachableCaseError } from '../errors.ts';
import { describeExit, type Exit, type Neo4jProcess } from './jvm.ts';

/** What /healthz can report about the local Neo4j. */
export type Neo4jState = 'starting' | 'running' | 'restarting' | 'stopped';

type Phase =
  | { state: 'starting'; abort: AbortController }
  | { state: 'running'; process: Neo4jProcess; since: number; attempt: number }
  | { state: 'restarting'; attempt: number; abort: AbortController }
  | { state: 'stopped' };

export interface Backoff {
  firstMs: number;
  maxMs: number;
  stableMs: number; // up this long, and the next death starts the back-off from the beginning
}

export const defaultBackoff: Backoff = { firstMs: 1_000, maxMs: 30_000, stableMs: 60_000 };

/** 1 s, 2 s, 4 s … capped: a Neo4j that cannot start is retried, but never in a tight loop. */
export function restartDelayMs(attempt: number, backoff: Backoff = defaultBackoff): number {
  return Math.min(backoff.firstMs * 2 ** (attempt - 1), backoff.maxMs);
}

export interface SupervisorOptions {
  label: string; // names the instance in log lines: "Neo4j"
  launch(signal: AbortSignal): Promise<Neo4jProcess>;
  log(line: string): void;
  backoff?: Backoff;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0];

export class Neo4jSupervisor {
  #phase: Phase = { state: 'stopped' };
  #work: Promise<void> = Promise.resolve(); // the launch or restart loop in flight; never rejects
  readonly #backoff: Backoff;

  constructor(private readonly options: SupervisorOptions) {
    this.#backoff = options.backoff ?? defaultBackoff;
  }

  get state(): Neo4jState {
    return this.#phase.state;
  }

  get pid(): number | null {
    return this.#phase.state === 'running' ? this.#phase.process.pid : null;
  }

  /** The first start is not retried: a port in use or a locked folder needs a person, not a loop. */
  async start(): Promise<void> {
    const abort = new AbortController();
    this.#phase = { state: 'starting', abort };
    const started = (async () => {
      const process = await this.options.launch(abort.signal);
      // READY can win the race against a stop() that came in meanwhile.
      if (abort.signal.aborted) {
        await process.stop();
        throw new Error(`${this.options.label} was stopped during start-up`);
      }
      this.#watch(process, 0);
    })();
    this.#work = started.catch(() => {});
    try {
      await started;
    } catch (err) {
      this.#phase = { state: 'stopped' };
      throw err;
    }
  }

  /** A deliberate stop: no restart follows, whatever phase it comes in. */
  async stop(): Promise<void> {
    const phase = this.#phase;
    this.#phase = { state: 'stopped' };
    switch (phase.state) {
      case 'starting':
      case 'restarting':
        phase.abort.abort();
        await this.#work;
        return;
      case 'running':
        await phase.process.stop();
        return;
      case 'stopped':
        return;
      default:
        throw new UnreachableCaseError(phase);
    }
  }

  #watch(process: Neo4jProcess, attempt: number): void {
    this.#phase = { state: 'running', process, since: Date.now(), attempt };
    void process.exited.then((exit) => this.#died(process, exit));
  }

  #died(process: Neo4jProcess, exit: Exit): void {
    const phase = this.#phase;
    // Stopped on purpose (or already replaced): not ours to restart.
    if (phase.state !== 'running' || phase.process !== process) return;
    const diedAt = Date.now();
    const attempt = diedAt - phase.since >= this.#backoff.stableMs ? 1 : phase.attempt + 1;
    const wait = restartDelayMs(attempt, this.#backoff);
    this.options.log(
      `${this.options.label} on ${process.uri} (pid ${process.pid}) died unexpectedly (${describeExit(exit)}); restarting it in ${seconds(wait)}`,
    );
    this.#work = this.#restart(attempt, diedAt);
  }

  async #restart(firstAttempt: number, diedAt: number): Promise<void> {
    const abort = new AbortController();
    for (let attempt = firstAttempt; ; attempt++) {
      this.#phase = { state: 'restarting', attempt, abort };
      try {
        await delay(restartDelayMs(attempt, this.#backoff), undefined, { signal: abort.signal });
        const process = await this.options.launch(abort.signal);
        if (abort.signal.aborted) {
          await process.stop();
          return;
        }
        this.#watch(process, attempt);
        this.options.log(
          `${this.options.label} is back on ${process.uri} (pid ${process.pid}), ${seconds(Date.now() - diedAt)} after it died`,
        );
        return;
      } catch (err) {
        if (abort.signal.aborted) return;
        this.options.log(
          `${this.options.label} restart attempt ${attempt} failed: ${firstLine(err)}; next try in ${seconds(restartDelayMs(attempt + 1, this.#backoff))}`,
        );
      }
    }
  }
}
