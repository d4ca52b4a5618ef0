// Imports end to end on a real Neo4j: dry run, all-or-nothing and skip-bad, matching with the
// review queue, idempotent re-import, and undo that restores the data exactly.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Actor } from '../../server/curation/audit.ts';
import { listChanges } from '../../server/curation/changes.ts';
import { readImportFile } from '../../server/curation/import/read-import-file.ts';
import { decideReview, Review } from '../../server/curation/import/review-queue.ts';
import { type ImportMode, runImport } from '../../server/curation/import/run-import.ts';
import { undoImport } from '../../server/curation/import/undo-import.ts';
import { saveOrganization } from '../../server/curation/organizations.ts';
import { organizationProfile } from '../../server/curation/profiles.ts';
import type { RecordKind } from '../../server/curation/records.ts';
import type { Database } from '../../server/db.ts';
import { loadDataset } from '../../seed/load.ts';
import { memberFirm, tinyWithMemberFirm } from '../fixtures/tiny.ts';
import { connect, freshDatabase } from '../setup/db.ts';
import { dataFingerprint } from '../setup/fingerprint.ts';

const actor: Actor = { id: 'u-manager', name: 'manager' };
const dir = mkdtempSync(path.join(tmpdir(), 'import-run-'));

function csv(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  return file;
}

const importOf = (kind: RecordKind, file: string, mode: ImportMode) =>
  runImport(db, actor, {
    kind,
    file: path.basename(file),
    mode,
    open: () => readImportFile(file, { kind, fileName: path.basename(file) }),
  });

let db: Database;
beforeAll(() => {
  db = connect();
});
afterAll(() => db.close());
beforeEach(async () => {
  await freshDatabase(db);
  await loadDataset(db, tinyWithMemberFirm(), { layout: false });
});

const members = () =>
  csv('mitglieder.csv', [
    'Name;Art;Ort;Beschäftigte;Kompetenzen',
    'Oderland Stahlbau GmbH;Unternehmen;Cottbus;85;Füge- und Schweißtechnik',
    'Lausitzer Formguss GmbH;Unternehmen;Cottbus;14;Gießereitechnik',
    'BTU Cottbus;Hochschule;Cottbus;;Leichtbau',
  ]);

describe('importing organisations', () => {
  it('dry-runs exactly what an import would do and writes nothing', async () => {
    const before = await dataFingerprint(db);
    const summary = await importOf('organizations', members(), 'dry-run');
    expect(summary).toMatchObject({
      status: 'checked',
      rows: 3,
      counts: { created: 1, updated: 1, unchanged: 1, rejected: 0, review: 0 },
      problemCount: 0,
    });
    expect(await dataFingerprint(db)).toEqual(before);
  });

  it('creates the new, updates the changed, recognises the known ("BTU Cottbus" is the BTU), and changes nothing when imported again', async () => {
    const first = await importOf('organizations', members(), 'all-or-nothing');
    expect(first).toMatchObject({ status: 'applied', counts: { created: 1, updated: 1, unchanged: 1 } });
    expect(await db.transaction((tx) => organizationProfile(tx, memberFirm.id))).toMatchObject({ employees: 14 });
    const again = await importOf('organizations', members(), 'all-or-nothing');
    expect(again).toMatchObject({ status: 'applied', counts: { created: 0, updated: 0, unchanged: 3, rejected: 0, review: 0 } });
    expect(await listChanges(db, { importId: again.importId }, 10)).toEqual([]);
  });

  it('refuses a file with a bad row, all or nothing, reporting file, row, column, value and what was expected', async () => {
    const before = await dataFingerprint(db);
    const file = csv('fehler.csv', [
      'Name;Art;Ort;Beschäftigte',
      'Gute Firma GmbH;Unternehmen;Cottbus;10',
      'Schlechte Firma GmbH;Unternehmen;Cottbus;viele',
    ]);
    const summary = await importOf('organizations', file, 'all-or-nothing');
    expect(summary).toMatchObject({ status: 'refused', problemCount: 1 });
    expect(summary.problems).toEqual([
      {
        file: 'fehler.csv',
        row: 3,
        column: 'Beschäftigte',
        field: 'employees',
        value: 'viele',
        expected: expect.stringContaining('number'),
      },
    ]);
    expect(await dataFingerprint(db)).toEqual(before);
    const skipped = await importOf('organizations', file, 'skip-bad');
    expect(skipped).toMatchObject({ status: 'applied', counts: { created: 1, rejected: 1 } });
  });

  it('sends a doubtful match to the review queue; confirmed, its spelling updates that record and matches at once next time', async () => {
    const file = csv('zweifel.csv', ['Name;Art;Ort', 'Formguss Lausitz;Unternehmen;Cottbus']);
    const first = await importOf('organizations', file, 'all-or-nothing');
    expect(first.counts).toMatchObject({ review: 1, created: 0, updated: 0 });
    const queue = await db.read('curation/reviews-waiting', { status: 'waiting', importId: null, limit: 10 }, z.object({ review: Review }));
    expect(queue.map((q) => [q.review.name, q.review.candidateId])).toEqual([['Formguss Lausitz', memberFirm.id]]);
    const again = await importOf('organizations', file, 'all-or-nothing');
    expect(again.counts.review).toBe(1);
    expect(
      await db.read('curation/reviews-waiting', { status: 'waiting', importId: null, limit: 10 }, z.object({ review: Review })),
    ).toHaveLength(1);
    const id = queue[0]?.review.id ?? '';
    const kept = await db.transaction((tx) => decideReview(tx, actor, id, memberFirm.id));
    expect(kept).toMatchObject({ id: memberFirm.id, name: memberFirm.name });
    const third = await importOf('organizations', file, 'all-or-nothing');
    expect(third.counts).toMatchObject({ unchanged: 1, review: 0 });
  });

  it('undoes a whole import, leaving the data exactly as before it, the towns it created included', async () => {
    const before = await dataFingerprint(db);
    const withNewTown = csv('mitglieder.csv', [
      'Name;Art;Ort;Beschäftigte;Kompetenzen;Breitengrad;Längengrad',
      'Oderland Stahlbau GmbH;Unternehmen;Cottbus;85;Füge- und Schweißtechnik;;',
      'Lausitzer Formguss GmbH;Unternehmen;Cottbus;14;Gießereitechnik;;',
      'Drebkauer Blechbau GmbH;Unternehmen;Drebkau;9;;51,65;14,22',
    ]);
    const applied = await importOf('organizations', withNewTown, 'all-or-nothing');
    expect(applied.problems).toEqual([]);
    expect(applied.counts).toMatchObject({ created: 2, updated: 1 });
    const ties = csv('kooperationen.csv', ['Organisation;Partner;Art;Seit', 'Oderland Stahlbau GmbH;BTU;research;2024']);
    const tied = await importOf('cooperations', ties, 'all-or-nothing');
    expect(tied.problems).toEqual([]);
    expect(tied.counts).toMatchObject({ created: 1 });
    await undoImport(db, actor, tied.importId);
    await undoImport(db, actor, applied.importId);
    expect(await dataFingerprint(db)).toEqual(before);
  });

  it('refuses to undo an import whose records were edited since, naming them, and changes nothing', async () => {
    const applied = await importOf('organizations', members(), 'all-or-nothing');
    await db.transaction((tx) =>
      saveOrganization(
        tx,
        { id: 'u-other', name: 'colleague' },
        { via: 'form' },
        { id: memberFirm.id, expectedVersion: null, changes: { employees: 99 } },
      ),
    );
    const before = await dataFingerprint(db);
    await expect(undoImport(db, actor, applied.importId)).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringContaining(`${memberFirm.id} (colleague`),
    });
    expect(await dataFingerprint(db)).toEqual(before);
  });
});
