import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db.ts';
import { loadColumnMapping, saveColumnMapping } from '../../server/curation/import/mapping-store.ts';
import { readImportFile } from '../../server/curation/import/read-import-file.ts';
import { connect, freshDatabase } from '../setup/db.ts';

let db: Database;

beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
});
afterAll(async () => db.close());

const crmHeaders = ['Firma', 'Sitz', 'Kategorie', 'Interne ID'];
const crmFile = 'Firma;Sitz;Kategorie;Interne ID\r\nMuster GmbH;Cottbus;Unternehmen;4711\r\n';

describe('saved column mappings', () => {
  it('finds a saved mapping again for the same headers in another order and spelling', async () => {
    await saveColumnMapping(db, 'organizations', crmHeaders, { Firma: 'name', Sitz: 'city', Kategorie: 'kind', 'Interne ID': null }, 'u-1');
    const again = await loadColumnMapping(db, 'organizations', ['interne id', 'KATEGORIE', 'sitz', 'firma']);
    expect(again).toEqual({ Firma: 'name', Sitz: 'city', Kategorie: 'kind', 'Interne ID': null });
  });

  it('keeps one mapping per kind and header set: saving again replaces it', async () => {
    await saveColumnMapping(db, 'organizations', crmHeaders, { Firma: 'name', Sitz: 'city', Kategorie: 'kind', 'Interne ID': 'id' }, 'u-2');
    expect((await loadColumnMapping(db, 'organizations', crmHeaders))?.['Interne ID']).toBe('id');
    const session = db.driver.session({ database: db.database });
    try {
      const count = await session.run('MATCH (m:ColumnMapping) RETURN count(m) AS n');
      expect(count.records[0]?.get('n')).toBe(1);
    } finally {
      await session.close();
    }
  });

  it('has nothing for other headers or another kind', async () => {
    expect(await loadColumnMapping(db, 'organizations', ['Firma', 'Sitz'])).toBeNull();
    expect(await loadColumnMapping(db, 'projects', crmHeaders)).toBeNull();
  });

  it('reads a file with the headers of a saved mapping without header problems', async () => {
    await saveColumnMapping(db, 'organizations', crmHeaders, { Firma: 'name', Sitz: 'city', Kategorie: 'kind', 'Interne ID': null }, 'u-1');
    const mapping = await loadColumnMapping(db, 'organizations', crmHeaders);
    const file = await readImportFile(Readable.from([Buffer.from(crmFile)]), {
      kind: 'organizations',
      fileName: 'crm.csv',
      mapping: mapping ?? {},
    });
    expect(file.header.problems).toEqual([]);
    const rows = [];
    for await (const r of file.rows) rows.push(r);
    expect(rows).toEqual([{ row: 2, record: { name: 'Muster GmbH', city: 'Cottbus', kind: 'company' } }]);
  });
});
