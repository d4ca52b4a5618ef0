// Imports never touch the demo data: a row spelled like a demo firm is a new real organisation, a
// row with a demo firm's id is refused, a tie to a demo firm is refused; removing the demo data
// afterwards keeps everything imported.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { removeDemoData } from '../../server/curation/demo-data.ts';
import { DEMO_ID, DEMO_PROJECT, DEMO_PROJECT_ID, DEMO_TIE } from '../../server/curation/import/demo-records.ts';
import { decideReview, Review } from '../../server/curation/import/review-queue.ts';
import { readImportFile } from '../../server/curation/import/read-import-file.ts';
import { runImport } from '../../server/curation/import/run-import.ts';
import { organizationProfile } from '../../server/curation/profiles.ts';
import type { RecordKind } from '../../server/curation/records.ts';
import type { Database } from '../../server/db.ts';
import { loadDataset } from '../../seed/load.ts';
import { expectedInGerman } from '../../shared/expected-de.ts';
import { memberFirm, tinyWithMemberFirm } from '../fixtures/tiny.ts';
import { connect, freshDatabase } from '../setup/db.ts';
import { dataFingerprint } from '../setup/fingerprint.ts';

let db: Database;
beforeAll(() => {
  db = connect();
});
afterAll(() => db.close());
beforeEach(async () => {
  await freshDatabase(db);
  await loadDataset(db, tinyWithMemberFirm(), { layout: false });
});

const importOf = (kind: RecordKind, lines: string[], mode: 'dry-run' | 'all-or-nothing' = 'all-or-nothing') =>
  runImport(
    db,
    { id: 'u-manager', name: 'manager' },
    {
      kind,
      file: `${kind}.csv`,
      mode,
      open: () => readImportFile(Readable.from([Buffer.from(`${lines.join('\r\n')}\r\n`)]), { kind, fileName: `${kind}.csv` }),
    },
  );

const profile = (id: string) => db.transaction((tx) => organizationProfile(tx, id));

describe('imports and the demo data', () => {
  it('imports a row spelled like a demo firm as a new real organisation, leaves the demo firm untouched, and demo:remove keeps it', async () => {
    const demoFirm = await profile('co-2');
    const summary = await importOf('organizations', ['Name;Art;Ort;Beschäftigte', 'Spreewälder Testfräserei GmbH;Unternehmen;Cottbus;14']);
    expect(summary).toMatchObject({ status: 'applied', counts: { created: 1, updated: 0, review: 0 } });
    expect(await profile('co-2'), 'the demo firm is as it was').toEqual(demoFirm);
    const removed = await removeDemoData(db);
    expect(removed.organizations).toBe(2);
    const session = db.driver.session({ database: db.database });
    try {
      const found = await session.run(
        'MATCH (o:Organization {name: $name}) RETURN o.id AS id, o.synthetic AS synthetic, o.employees AS employees',
        { name: 'Spreewälder Testfräserei GmbH' },
      );
      expect(found.records.map((r) => r.toObject())).toEqual([
        { id: expect.not.stringMatching(/^co-2$/), synthetic: false, employees: expect.anything() },
      ]);
    } finally {
      await session.close();
    }
  });

  it('refuses a row with the id of a demo firm, saying it is not a real organisation, and writes nothing', async () => {
    const before = await dataFingerprint(db);
    const summary = await importOf('organizations', [
      'Id;Name;Art;Ort;Beschäftigte',
      'co-1;Lausitzer Testguss GmbH;Unternehmen;Cottbus;14',
    ]);
    expect(summary.status).toBe('refused');
    expect(summary.problems).toEqual([{ file: 'organizations.csv', row: 2, column: 'Id', field: 'id', value: 'co-1', expected: DEMO_ID }]);
    expect(expectedInGerman(DEMO_ID)).toContain('Demo-Eintrag');
    expect(await dataFingerprint(db)).toEqual(before);
  });

  it('still updates a real organisation named by its id', async () => {
    const summary = await importOf('organizations', [
      'Id;Name;Art;Ort;Beschäftigte',
      `${memberFirm.id};${memberFirm.name};Unternehmen;Cottbus;41`,
    ]);
    expect(summary.counts).toMatchObject({ updated: 1, rejected: 0 });
    expect(await profile(memberFirm.id)).toMatchObject({ employees: 41 });
  });

  it('refuses a tie to a demo firm, by name or by id, asking to import the firm first; a tie between real ones passes', async () => {
    const summary = await importOf(
      'cooperations',
      [
        'Organisation;Partner;Art;Seit',
        'Lausitzer Testguss GmbH;BTU;research;2024',
        `hs-btu;co-2;research;2024`,
        `${memberFirm.name};BTU;research;2024`,
      ],
      'dry-run',
    );
    expect(summary.counts).toMatchObject({ created: 1, rejected: 2 });
    expect(summary.problems.map((p) => [p.row, p.field, p.value, p.expected])).toEqual([
      [2, 'organization', 'Lausitzer Testguss GmbH', DEMO_TIE],
      [3, 'partner', 'co-2', DEMO_TIE],
    ]);
    expect(expectedInGerman(DEMO_TIE)).toBe('eine echte Organisation, kein erfundener Demo-Eintrag (zuerst importieren)');
  });

  it('refuses a review decision that names a demo firm, and the row keeps waiting', async () => {
    await importOf('organizations', ['Name;Art;Ort', 'Formguss Lausitz;Unternehmen;Cottbus']);
    const waiting = () =>
      db.read('curation/reviews-waiting', { status: 'waiting', importId: null, limit: 10 }, z.object({ review: Review }));
    const [queued] = await waiting();
    expect(queued?.review.candidateId).toBe(memberFirm.id);
    const before = await dataFingerprint(db);
    await expect(
      db.transaction((tx) => decideReview(tx, { id: 'u-manager', name: 'manager' }, queued?.review.id ?? '', 'co-1')),
    ).rejects.toMatchObject({ extensions: { problems: [{ field: 'sameAs', value: 'co-1', expected: DEMO_ID }] } });
    expect(await dataFingerprint(db)).toEqual(before);
    expect(await waiting()).toHaveLength(1);
  });

  it('treats demo projects alike: a title like one is a new project, a demo project id is refused, and so is a participation in one', async () => {
    const projects = await importOf(
      'projects',
      [
        'Id;Titel;Ebene;Beginn;Ende',
        ';Leichtbau-Testprojekt;regional;01.01.2020;31.12.2022',
        'pr-1;Leichtbau-Testprojekt;regional;01.01.2020;31.12.2022',
      ],
      'dry-run',
    );
    expect(projects.counts).toMatchObject({ created: 1, updated: 0, rejected: 1 });
    expect(projects.problems.map((p) => [p.row, p.field, p.value, p.expected])).toEqual([[3, 'id', 'pr-1', DEMO_PROJECT_ID]]);
    const ties = await importOf('participations', ['Organisation;Projekt;Rolle', 'hs-btu;pr-1;Partner'], 'dry-run');
    expect(ties.problems.map((p) => [p.row, p.field, p.value, p.expected])).toEqual([[2, 'project', 'pr-1', DEMO_PROJECT]]);
    expect(expectedInGerman(DEMO_PROJECT)).toContain('Demo-Eintrag');
  });
});
