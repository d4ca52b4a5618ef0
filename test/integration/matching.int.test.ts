import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CandidateIndex } from '../../server/curation/matching/candidate-index.ts';
import { refreshNameKeys } from '../../server/curation/matching/name-keys.ts';
import { NAME_KEY_VERSION, nameKey } from '../../server/curation/matching/normalise.ts';
import { matchAll } from '../../server/curation/matching/resolve.ts';
import type { Database } from '../../server/db.ts';
import { demoGraphAsReal } from '../fixtures/matching-candidates.ts';
import { loadDataset } from '../../seed/load.ts';
import { describeFigures, figures, labelledPairs } from '../fixtures/matching-set.ts';
import { connect, freshDatabase } from '../setup/db.ts';

let db: Database;

beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
  // The demo data without layout or metrics: matching reads names, places and the indexes only.
  await loadDataset(db, demoGraphAsReal(), { layout: false });
});
afterAll(async () => db.close());

async function organization(id: string): Promise<Record<string, unknown> | undefined> {
  const session = db.driver.session({ database: db.database });
  try {
    const result = await session.run('MATCH (o:Organization {id: $id}) RETURN o.nameKey AS nameKey, o.nameKeyVersion AS version', { id });
    return result.records[0]?.toObject();
  } finally {
    await session.close();
  }
}

describe('matching imported organisations against the graph', () => {
  it('stores the normalised name of every organisation the loader writes', async () => {
    expect(await organization('hs-tu-berlin')).toEqual({ nameKey: nameKey('TU Berlin'), version: NAME_KEY_VERSION });
    expect(await refreshNameKeys(db)).toBe(0);
  });

  it('fills in the name key of organisations written without one, and only those', async () => {
    const session = db.driver.session({ database: db.database });
    try {
      await session.run("MATCH (o:Organization) WHERE o.id IN ['fhg-ipk', 'co-0023'] REMOVE o.nameKey");
    } finally {
      await session.close();
    }
    expect(await refreshNameKeys(db)).toBe(2);
    expect((await organization('fhg-ipk'))?.nameKey).toBe(nameKey('Fraunhofer-Institut für Produktionsanlagen und Konstruktionstechnik'));
  });

  it('loads every organisation with its names, kind and town into the candidate index', async () => {
    const index = await CandidateIndex.load(db);
    expect(index.size).toBe(demoGraphAsReal().organizations.length);
    const [byId, byKey, byWords, none] = [
      { id: 'co-0023', name: 'Renamed Holding' },
      { name: 'TECHNISCHE UNIVERSITAET BERLIN' },
      { name: 'Fraunhofer IZM', city: 'Berlin' },
      { name: 'Zzyzx Qwrtp' },
    ].map((row) => index.candidates(row));
    expect(byId?.map((c) => c.id)).toContain('co-0023');
    expect(byKey?.map((c) => c.id)).toContain('hs-tu-berlin');
    expect(byWords?.find((c) => c.id === 'fhg-izm')).toEqual({
      id: 'fhg-izm',
      name: 'Fraunhofer-Institut für Zuverlässigkeit und Mikrointegration',
      shortName: 'Fraunhofer IZM',
      kind: 'research_institute',
      city: 'Berlin',
    });
    expect(none).toEqual([]);
  });

  it('merges the labelled set automatically with precision ≥ 0.98 and finds ≥ 0.95 of it with the review queue', async () => {
    const pairs = labelledPairs();
    const rows = pairs.map((p) => ({ id: p.id, name: p.name, city: p.city }));
    const results = matchAll(await CandidateIndex.load(db), rows);
    const f = figures(pairs, results);
    console.log(describeFigures('matching through Neo4j', f));
    expect(f.pairs).toBeGreaterThanOrEqual(200);
    expect(f.precision, f.failures.join('\n')).toBeGreaterThanOrEqual(0.98);
    expect(f.recall, f.failures.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
