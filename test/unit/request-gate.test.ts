import { describe, expect, it } from 'vitest';
import type { DatabaseState, DatabaseWatch } from '../../server/db-watch.ts';
import { DatabaseUnavailableError } from '../../server/errors.ts';
import { fieldsAtOnce, requestGate } from '../../server/graphql/guard/gate.ts';

/** A watch whose outage the test decides. */
function controlledWatch(): DatabaseWatch & { fail(): void; listening(): number } {
  let state: DatabaseState = { kind: 'up', since: 0 };
  const listeners = new Set<(e: DatabaseUnavailableError) => void>();
  return {
    state: () => state,
    onDown(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {},
    fail() {
      state = { kind: 'down', since: 0, reason: 'test' };
      for (const l of listeners) l(new DatabaseUnavailableError(new Error('test')));
    },
    listening: () => listeners.size,
  };
}

describe('the request gate', () => {
  it(`runs at most ${fieldsAtOnce} root fields of one request at once and all of them in the end`, async () => {
    const gate = requestGate(null);
    let running = 0;
    let most = 0;
    const field = (i: number) =>
      gate.run(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((r) => setImmediate(r));
        running -= 1;
        return i;
      });
    expect(await Promise.all(Array.from({ length: 20 }, (_, i) => field(i)))).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(most).toBe(fieldsAtOnce);
  });

  it('fails the fields still waiting on Neo4j at once when it is found down', async () => {
    const watch = controlledWatch();
    const gate = requestGate(watch);
    const hanging = gate.run(() => new Promise(() => {}));
    watch.fail();
    await expect(hanging).rejects.toBeInstanceOf(DatabaseUnavailableError);
  });

  it('fails at once, without running the field, while Neo4j is down', async () => {
    const watch = controlledWatch();
    watch.fail();
    let ran = false;
    await expect(requestGate(watch).run(() => (ran = true))).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(ran).toBe(false);
  });

  it('keeps nothing of a finished field (a leak of one answer per request, found by the soak)', async () => {
    const watch = controlledWatch();
    const gate = requestGate(watch);
    await Promise.all(Array.from({ length: 50 }, (_, i) => gate.run(async () => i)));
    await gate.run(() => Promise.reject(new Error('a failing field'))).catch(() => {});
    expect(watch.listening()).toBe(0);
  });

  it('gives separate requests separate budgets', async () => {
    const busy = requestGate(null);
    for (let i = 0; i < fieldsAtOnce; i++) void busy.run(() => new Promise(() => {}));
    await expect(requestGate(null).run(() => 'answered')).resolves.toBe('answered');
  });
});
