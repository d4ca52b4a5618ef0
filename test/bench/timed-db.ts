// A Database that times every named statement it runs (reads, and statements inside
// transactions): calls and milliseconds per name, measured from the call to the parsed rows, so
// what a run spends waiting for Neo4j (and the driver) is told apart from what it spends in Node.
import type { Database, Params, RowParser, Tx } from '../../server/db.ts';

export interface StatementTime {
  calls: number;
  ms: number;
}

export function timedDatabase(db: Database): { db: Database; times: Map<string, StatementTime> } {
  const times = new Map<string, StatementTime>();
  const timed = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await run();
    } finally {
      const t = times.get(name) ?? { calls: 0, ms: 0 };
      times.set(name, { calls: t.calls + 1, ms: t.ms + performance.now() - t0 });
    }
  };
  const wrapTx = (tx: Tx): Tx => {
    const run = (name: string, params?: Params, parser?: RowParser<unknown>) =>
      timed(name, () => (parser ? tx.run(name, params ?? {}, parser) : tx.run(name, params)));
    return { run: run as Tx['run'] };
  };
  const proxy = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'transaction') return <T>(work: (tx: Tx) => Promise<T>) => target.transaction((tx) => work(wrapTx(tx)));
      if (prop === 'read')
        return (name: string, params?: Params, parser?: RowParser<unknown>) =>
          timed(name, () => (parser ? target.read(name, params ?? {}, parser) : target.read(name, params)));
      return Reflect.get(target, prop, receiver);
    },
  });
  return { db: proxy, times };
}
