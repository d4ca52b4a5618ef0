// The import benchmark's baseline: what a first loader looks like. The file read row by row, each
// row one write transaction with one MERGE by name and its town: no matching, no check pass, no
// audit trail, no batching. It gets an index on the name (a loader without one would scan every
// organisation per row and slow down as it goes), so what it measures is a transaction per row.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { Database } from '../../server/db.ts';
import type { BenchRow } from './import-rows.ts';

const merge = `
MERGE (o:Organization {name: $name})
SET o += $props
WITH o
MATCH (p:Place {name: $city})
MERGE (o)-[:LOCATED_IN]->(p)`;

const nameIndex = 'CREATE INDEX bench_organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name)';

interface NaiveFigures {
  rows: number;
  seconds: number;
  /** True when it stopped at its time limit before the end of the file. */
  cut: boolean;
}

/** Loads up to `maxRows` rows of the file, for at most `maxSeconds`. */
export async function naiveImport(db: Database, file: string, maxRows: number, maxSeconds: number): Promise<NaiveFigures> {
  const setup = db.driver.session({ database: db.database });
  try {
    await setup.run(nameIndex);
    await setup.run('CALL db.awaitIndexes(300)');
  } finally {
    await setup.close();
  }
  const session = db.driver.session({ database: db.database });
  const t0 = performance.now();
  let rows = 0;
  let cut = false;
  try {
    const records = createReadStream(file).pipe(parse({ bom: true, delimiter: ';', columns: true }));
    for await (const r of records as AsyncIterable<BenchRow>) {
      if (rows >= maxRows) break;
      if ((performance.now() - t0) / 1000 > maxSeconds) {
        cut = true;
        break;
      }
      const props = {
        kind: 'company',
        street: r.Straße,
        employees: Number(r.Beschäftigte),
        founded: Number(r.Gründungsjahr),
        website: r.Webseite,
        competences: r.Kompetenzen,
        industries: r.Branchen,
        source: r.Quelle,
      };
      await session.executeWrite((tx) => tx.run(merge, { name: r.Name, props, city: r.Ort }));
      rows += 1;
    }
  } finally {
    await session.close();
  }
  return { rows, seconds: (performance.now() - t0) / 1000, cut };
}
