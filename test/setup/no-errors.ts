// Errors collected while a test runs (console, page, server log) belong to that test: they are
// checked and cleared after each one, so the test that produced an error is the one that fails,
// whichever tests run and in whatever order.
import { afterEach, expect } from 'vitest';

/**
 * After each test of the calling file, expects that nothing has landed in these lists since the
 * previous test, and empties them. `lists` is called then, so lists assigned in `beforeAll` work;
 * they are emptied in place, as whoever collects into them keeps a reference.
 */
export function expectNoErrorsAfterEach(lists: () => Record<string, unknown[] | undefined>): void {
  afterEach(() => {
    const named = Object.entries(lists());
    const seen = Object.fromEntries(named.map(([name, list]) => [name, list?.splice(0) ?? []]));
    expect(seen).toEqual(Object.fromEntries(named.map(([name]) => [name, []])));
  });
}
