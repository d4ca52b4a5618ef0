// A Database whose named reads answer from memory after their first run: the app built on it
// serves the network without Neo4j's time and noise, so what remains is GraphQL and HTTP.
import type { Database, Row } from '../../server/db.ts';

export function replayDatabase(db: Database, cache = new Map<string, Promise<Row[]>>()): Database {
  const read = (name: string, params: Record<string, unknown> = {}): Promise<Row[]> => {
    const key = `${name} ${JSON.stringify(params)}`;
    let rows = cache.get(key);
    if (!rows) {
      rows = db.read(name, params);
      cache.set(key, rows);
    }
    return rows;
  };
  // The app reads through its view with the API's timeout (Database.withTimeout): that view must
  // replay as well, from the same rows.
  const withTimeout = (ms: number) => replayDatabase(db.withTimeout(ms), cache);
  return new Proxy(db, {
    get: (target, prop, receiver) => (prop === 'read' ? read : prop === 'withTimeout' ? withTimeout : Reflect.get(target, prop, receiver)),
  });
}
