// The project's own Neo4j: Community 5.26 with APOC core and Graph Data Science loaded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db.ts';
import { connect } from '../setup/db.ts';

let db: Database;
beforeAll(() => {
  db = connect();
});
afterAll(async () => db.close());

async function single(query: string): Promise<unknown> {
  const session = db.driver.session({ database: db.database });
  try {
    return (await session.run(query)).records[0]?.get(0);
  } finally {
    await session.close();
  }
}

describe('the local Neo4j', () => {
  it('is Neo4j Community 5.26', async () => {
    expect(await single("CALL dbms.components() YIELD versions, edition RETURN edition + ' ' + versions[0]")).toMatch(/^community 5\.26\./);
  });

  it('has APOC core loaded', async () => {
    expect(await single('RETURN apoc.version()')).toMatch(/^5\.26\./);
  });

  it('has the Graph Data Science library loaded and able to run an algorithm', async () => {
    expect(await single('RETURN gds.version()')).toMatch(/^2\.13\./);
    // A Cypher projection of five nodes in two components, without touching stored data.
    const projected = await single(
      "WITH [[1,2],[3,4],[4,5]] AS pairs UNWIND pairs AS p WITH gds.graph.project('plugin-check', p[0], p[1]) AS g RETURN g.nodeCount",
    );
    expect(projected).toBe(5);
    expect(await single("CALL gds.wcc.stream('plugin-check') YIELD componentId RETURN count(DISTINCT componentId)")).toBe(2);
    await single("CALL gds.graph.drop('plugin-check') YIELD graphName RETURN graphName");
  });
});
