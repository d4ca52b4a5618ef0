// A Database whose reads also run once PROFILEd: db hits per statement, which, unlike times, do
// not vary with the load on this shared machine. Benchmarks report them beside the times.
import { cypher } from '../../server/cypher.ts';
import type { Database, Params, Row } from '../../server/db.ts';

type Plan = { dbHits: number; children: Plan[] };
const sum = (p: Plan): number => p.dbHits + p.children.reduce((n, c) => n + sum(c), 0);

/** Runs `call` on the profiled database and returns the db hits per statement name. */
export async function dbHitsOf(db: Database, call: (db: Database) => Promise<unknown>): Promise<Record<string, number>> {
  const hits: Record<string, number> = {};
  const profiled = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'read') return Reflect.get(target, prop, receiver);
      return async (name: string, params: Params = {}): Promise<Row[]> => {
        const session = target.driver.session({ database: target.database });
        try {
          const r = await session.run(`PROFILE ${cypher(name)}`, params);
          hits[name] = (hits[name] ?? 0) + sum(r.summary.profile as unknown as Plan);
        } finally {
          await session.close();
        }
        return target.read(name, params);
      };
    },
  });
  await call(profiled);
  return hits;
}
