import { describe, expect, it } from 'vitest';
import { heavySlots } from '../../server/graphql/guard/use-cost-limit.ts';

describe('heavy operations of one client', () => {
  it('run one at a time, in order, while another client runs its own at once', async () => {
    const slot = heavySlots();
    const order: string[] = [];
    const first = await slot('a');
    const second = slot('a').then((release) => {
      order.push('a2');
      return release;
    });
    const other = await slot('b');
    order.push('b1');
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['b1']);
    first();
    (await second)();
    other();
    expect(order).toEqual(['b1', 'a2']);
    // Once all are released, the client starts afresh.
    const again = await slot('a');
    again();
  });
});
