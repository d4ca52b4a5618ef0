// The supervisor's lifecycle against real child processes (small Node sleepers standing in for the
// Neo4j JVM, which the start test kills for real): restarts, back-off, and deliberate stops.
import { spawn } from 'node:child_process';
import { setImmediate as tick } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Exit, Neo4jProcess } from '../../server/neo4j/jvm.ts';
import { Neo4jSupervisor, restartDelayMs, type Backoff } from '../../server/neo4j/supervisor.ts';

function sleeper(): Neo4jProcess {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1 << 30)'], { stdio: 'ignore' });
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, lastOutput: '' })));
  return {
    pid: child.pid ?? -1,
    uri: 'bolt://127.0.0.1:7687',
    exited,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function until(check: () => boolean, what: string, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const fast: Backoff = { firstMs: 100, maxMs: 400, stableMs: 60_000 };
const started: Neo4jSupervisor[] = [];

/** A supervisor whose launches run `plan[i]` (or a sleeper) and whose log lines are kept. */
function supervisor(options: { backoff?: Backoff; plan?: ((signal: AbortSignal) => Promise<Neo4jProcess>)[] } = {}) {
  const lines: string[] = [];
  let launches = 0;
  const s = new Neo4jSupervisor({
    label: 'Neo4j',
    log: (line) => lines.push(line),
    backoff: options.backoff ?? fast,
    launch: async (signal) => {
      const step = options.plan?.[launches];
      launches += 1;
      return step ? step(signal) : sleeper();
    },
  });
  started.push(s);
  return { s, lines, launches: () => launches };
}

const portInUse = async (): Promise<Neo4jProcess> => {
  throw new Error('Neo4j exited during start-up (code 1). Is another Neo4j using port 7687?\nat the end of a long log');
};

afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.stop()));
});

describe('the local Neo4j supervisor', () => {
  it('waits 1 s before the first restart, doubling after each failure up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => restartDelayMs(n))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('is starting until the process is up, then running with its pid', async () => {
    const { s } = supervisor();
    const starting = s.start();
    expect(s.state).toBe('starting');
    await starting;
    expect(s.state).toBe('running');
    expect(s.pid).toBeGreaterThan(0);
  });

  it('does not retry a failed first start: a port in use needs a person, not a loop', async () => {
    const { s, launches } = supervisor({ plan: [portInUse] });
    await expect(s.start()).rejects.toThrow(/port 7687/);
    expect(s.state).toBe('stopped');
    expect(launches()).toBe(1);
  });

  it('restarts a process that died on its own, logging the death with its signal and the return', async () => {
    const { s, lines } = supervisor();
    await s.start();
    const first = s.pid ?? -1;
    process.kill(first, 'SIGKILL');
    await until(() => s.state === 'running' && s.pid !== first, 'a new process runs');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(`^Neo4j on bolt://127.0.0.1:7687 \\(pid ${first}\\) died unexpectedly \\(killed by SIGKILL\\); restarting it in 0.1 s$`),
    );
    expect(lines[1]).toMatch(new RegExp(`^Neo4j is back on bolt://127.0.0.1:7687 \\(pid ${s.pid}\\), [\\d.]+ s after it died$`));
  });

  it('keeps trying when restarts fail, one line per failure, waiting longer each time', async () => {
    const { s, lines, launches } = supervisor({ plan: [async () => sleeper(), portInUse, portInUse, portInUse] });
    await s.start();
    process.kill(s.pid ?? -1, 'SIGKILL');
    await until(() => s.state === 'running' && launches() === 5, 'the fourth restart attempt runs', 10_000);
    expect(lines.map((l) => l.replace(/\(pid \d+\)/, '(pid …)').replace(/, [\d.]+ s after it died$/, ''))).toEqual([
      'Neo4j on bolt://127.0.0.1:7687 (pid …) died unexpectedly (killed by SIGKILL); restarting it in 0.1 s',
      'Neo4j restart attempt 1 failed: Neo4j exited during start-up (code 1). Is another Neo4j using port 7687?; next try in 0.2 s',
      'Neo4j restart attempt 2 failed: Neo4j exited during start-up (code 1). Is another Neo4j using port 7687?; next try in 0.4 s',
      'Neo4j restart attempt 3 failed: Neo4j exited during start-up (code 1). Is another Neo4j using port 7687?; next try in 0.4 s',
      'Neo4j is back on bolt://127.0.0.1:7687 (pid …)',
    ]);
  });

  it('starts the back-off afresh once the process has stayed up a while', async () => {
    const { s, lines } = supervisor({ backoff: { firstMs: 100, maxMs: 10_000, stableMs: 300 } });
    await s.start();
    process.kill(s.pid ?? -1, 'SIGKILL');
    await until(() => lines.length === 2 && s.state === 'running', 'the first restart');
    process.kill(s.pid ?? -1, 'SIGKILL'); // at once: a crash loop, so it waits longer
    await until(() => lines.length === 4 && s.state === 'running', 'the second restart');
    const upSince = Date.now();
    await until(() => Date.now() - upSince > 350, 'up longer than stableMs'); // the behaviour is about time
    process.kill(s.pid ?? -1, 'SIGKILL');
    await until(() => lines.length === 6 && s.state === 'running', 'the third restart');
    expect([lines[0], lines[2], lines[4]].map((l) => /restarting it in ([\d.]+ s)/.exec(l ?? '')?.[1])).toEqual([
      '0.1 s',
      '0.2 s',
      '0.1 s',
    ]);
  });

  it('stops on request without restarting', async () => {
    const { s, lines, launches } = supervisor();
    await s.start();
    await s.stop();
    await tick(); // the exit has been seen: a restart would have been scheduled by now
    expect(s.state).toBe('stopped');
    expect(launches()).toBe(1);
    expect(lines).toEqual([]);
  });

  it('a stop during the back-off cancels the pending restart at once', async () => {
    const { s, launches } = supervisor({ backoff: { firstMs: 60_000, maxMs: 60_000, stableMs: 60_000 } });
    await s.start();
    process.kill(s.pid ?? -1, 'SIGKILL');
    await until(() => s.state === 'restarting', 'waiting to restart');
    const t0 = Date.now();
    await s.stop();
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(s.state).toBe('stopped');
    expect(launches()).toBe(1);
  });

  it('a stop while a restart is starting cancels that start', async () => {
    let cancelled = false;
    const hangsUntilCancelled = (signal: AbortSignal) =>
      new Promise<Neo4jProcess>((_, reject) =>
        signal.addEventListener('abort', () => {
          cancelled = true;
          reject(new Error('cancelled'));
        }),
      );
    const { s, lines, launches } = supervisor({ plan: [async () => sleeper(), hangsUntilCancelled] });
    await s.start();
    process.kill(s.pid ?? -1, 'SIGKILL');
    await until(() => launches() === 2, 'the restart is launching');
    await s.stop();
    expect(cancelled).toBe(true);
    expect(s.state).toBe('stopped');
    expect(lines).toHaveLength(1); // a cancelled start is not a failure worth a line
  });
});
