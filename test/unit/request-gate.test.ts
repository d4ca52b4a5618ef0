import { describe, expect, it } from 'vitest';
import type { DatabaseState, DatabaseWatch } from '../../server/db-watch.ts';
import { DatabaseUnavailableError } from '../../server/errors.ts';
import { fieldsAtOnce, requestGate } from '../../server/graphql/guard/gate.ts';

/** A watch whose outage the test decides. */
function controlledWatch(): DatabaseWatch & { fail(): void } {
  let state: DatabaseState = { kind: 'up', since: 0 };
  let reject: (e: Error) => void = () => {};
  const down = new Promise<never>((_, r) => (reject = r));
  down.catch(() => {});
  return {
    state: () => state,
    whenDown: () => down,
    stop() {},
    fail() {
      state = { kind: 'down', since: 0, reason: 'test' };
      reject(new DatabaseUnavailableError(new Error('test')));
    },
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

  it('gives separate requests separate budgets', async () => {
    const busy = requestGate(null);
    for (let i = 0; i < fieldsAtOnce; i++) void busy.run(() => new Promise(() => {}));
    await expect(requestGate(null).run(() => 'answered')).resolves.toBe('answered');
  });
});
