// Answers kept while the database is unchanged (server/answer-cache.ts), on the test's Neo4j: any
// write, by anyone, has the next question computed again; failures and answers not to keep are
// never kept. Through the API: the start's network follows an edit at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerCache } from '../../server/answer-cache.ts';
import type { Database } from '../../server/db.ts';
import { tinyDataset } from '../fixtures/tiny.ts';
import { loadDataset } from '../../seed/load.ts';
import { connect, freshDatabase, gql, startApp, type RunningApp } from '../setup/db.ts';

let db: Database;

beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
  await loadDataset(db, tinyDataset());
});
afterAll(async () => {
  await db.close();
});

/** A write from outside the app, as Neo4j Browser or a seed would make it. */
async function writeElsewhere(): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MERGE (p:CacheProbe {id: 1}) SET p.n = coalesce(p.n, 0) + 1');
  } finally {
    await session.close();
  }
}

/** A computation that counts how often it ran. */
function counted<T>(answer: () => T) {
  const c = { runs: 0, compute: async () => (c.runs++, answer()) };
  return c;
}

const always = () => true;

describe('an answer cache', () => {
  it('answers the same question from what it kept while nothing was written', async () => {
    const cache = answerCache(db, 4);
    const q = counted(() => ({ figure: 42 }));
    const first = await cache.get('q', q.compute, always);
    const second = await cache.get('q', q.compute, always);
    expect(second).toBe(first);
    expect(q.runs).toBe(1);
  });

  it('computes again after any write', async () => {
    const cache = answerCache(db, 4);
    const q = counted(() => 'answer');
    await cache.get('q', q.compute, always);
    await writeElsewhere();
    await cache.get('q', q.compute, always);
    expect(q.runs).toBe(2);
  });

  it('shares one computation between the same questions asked at once', async () => {
    const cache = answerCache(db, 4);
    const q = counted(() => 'answer');
    const answers = await Promise.all([1, 2, 3].map(() => cache.get('q', q.compute, always)));
    expect(answers).toEqual(['answer', 'answer', 'answer']);
    expect(q.runs).toBe(1);
  });

  it('keeps neither a failure nor an answer it is told not to keep', async () => {
    const cache = answerCache(db, 4);
    let fail = true;
    const q = counted(() => {
      if (fail) throw new Error('Neo4j said no');
      return 'answer';
    });
    await expect(cache.get('q', q.compute, always)).rejects.toThrow('Neo4j said no');
    fail = false;
    expect(await cache.get('q', q.compute, always)).toBe('answer');
    expect(q.runs).toBe(2);

    const big = counted(() => 'too large to keep');
    await cache.get('big', big.compute, () => false);
    await cache.get('big', big.compute, () => false);
    expect(big.runs).toBe(2);
  });

  it('drops the least recently asked question beyond its size', async () => {
    const cache = answerCache(db, 2);
    const a = counted(() => 'a');
    const b = counted(() => 'b');
    const c = counted(() => 'c');
    await cache.get('a', a.compute, always);
    await cache.get('b', b.compute, always);
    await cache.get('a', a.compute, always); // a is now the most recent
    await cache.get('c', c.compute, always); // drops b
    await cache.get('a', a.compute, always);
    await cache.get('b', b.compute, always);
    expect([a.runs, b.runs, c.runs]).toEqual([1, 2, 1]);
  });
});

describe('the network through the API', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp(db);
  });
  afterAll(async () => {
    await app.close();
  });

  const names = async () => {
    const r = await gql<{ networkUpTo: { graph: { nodes: { attributes: { name?: string } }[] } } }>(
      app.url,
      '{ networkUpTo(maxOrganizations: 100) { graph } }',
    );
    expect(r.errors).toBeUndefined();
    return r.data!.networkUpTo.graph.nodes.map((n) => n.attributes.name).filter(Boolean);
  };

  it('shows a renamed organisation in the next answer', async () => {
    const before = await names();
    expect(before).toContain('Spreewälder Testfräserei GmbH');
    const session = db.driver.session({ database: db.database });
    try {
      await session.run("MATCH (o:Organization {name: 'Spreewälder Testfräserei GmbH'}) SET o.name = 'Spreewälder Fräserei GmbH'");
    } finally {
      await session.close();
    }
    const after = await names();
    expect(after).toContain('Spreewälder Fräserei GmbH');
    expect(after).not.toContain('Spreewälder Testfräserei GmbH');
  });
});
