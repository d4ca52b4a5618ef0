// A participant of a public source the graph might know waits in the review queue with its
// participation: it keeps waiting on a re-import, and once a manager confirms it, the next import
// links it and leaves its record as the cluster keeps it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Actor } from '../../server/curation/audit.ts';
import { decideReview, Review } from '../../server/curation/import/review-queue.ts';
import { saveOrganization } from '../../server/curation/organizations.ts';
import type { Database } from '../../server/db.ts';
import { loadDataset } from '../../seed/load.ts';
import { cordisFiles, scratchFolder } from '../fixtures/sources/files.ts';
import { sourceGraph } from '../fixtures/sources/graph.ts';
import { realOnly } from '../fixtures/sources/real-only.ts';
import { connect, freshDatabase } from '../setup/db.ts';
import { dataFingerprint } from '../setup/fingerprint.ts';

const actor: Actor = { id: 'u-manager', name: 'manager' };
const fileDate = '2026-11-30';
const scratch = scratchFolder();
const { importFiles, organization, participations } = sourceGraph(() => db, actor, fileDate);

let db: Database;
beforeAll(() => {
  db = connect();
});
afterAll(async () => {
  scratch.remove();
  await db.close();
});
beforeEach(async () => {
  await freshDatabase(db);
  await loadDataset(db, realOnly(), { layout: false });
});

describe('a participant the graph might know', () => {
  // "HOCHSCHULE BRANDENBURG" might be the Technische Hochschule Brandenburg: a manager decides.
  const doubtful = () =>
    scratch.copy(
      cordisFiles.organizations,
      'organization.csv',
      '"LASERWERK BERLIN GMBH";"873003";"999999007";"coordinator";"PRC";"true";"BERLIN";"DE";"DE300"',
      '"HOCHSCHULE BRANDENBURG";"873003";"999999007";"coordinator";"HES";"false";"BRANDENBURG";"DE";"DE40C"',
    );

  it('keeps waiting for the manager on a re-import, however the matching would decide today', async () => {
    await importFiles('cordis', [cordisFiles.projects, doubtful()]);
    // Renamed meanwhile, the Hochschule is no candidate any more: matching alone would make the row new.
    await db.transaction((tx) =>
      saveOrganization(tx, actor, { via: 'form' }, { id: 'hs-thb', expectedVersion: null, changes: { name: 'THB Havelcampus' } }),
    );
    const once = await dataFingerprint(db);
    const again = await importFiles('cordis', [cordisFiles.projects, doubtful()]);
    expect(again.organizations).toMatchObject({ review: 1, created: 0 });
    expect(again.participations).toMatchObject({ review: 1, created: 0 });
    expect(await dataFingerprint(db)).toEqual(once);
  });

  it('waits in the review queue with its participation, and once confirmed the next import links it and leaves its record as it was', async () => {
    const first = await importFiles('cordis', [cordisFiles.projects, doubtful()]);
    expect(first.status).toBe('applied');
    expect(first.organizations.review).toBe(1);
    expect(first.participations.review).toBe(1);
    const [queued] = await db.read(
      'curation/reviews-waiting',
      { status: 'waiting', importId: null, limit: 10 },
      z.object({ review: Review }),
    );
    expect([queued?.review.name, queued?.review.candidateId]).toEqual(['HOCHSCHULE BRANDENBURG', 'hs-thb']);

    const [before] = await organization('o.id = $id', { id: 'hs-thb' });
    await db.transaction((tx) => decideReview(tx, actor, queued?.review.id ?? '', 'hs-thb'));
    expect(await organization('o.id = $id', { id: 'hs-thb' })).toEqual([before]);

    const again = await importFiles('cordis', [cordisFiles.projects, doubtful()]);
    expect(again.organizations).toMatchObject({ matched: 1, review: 0, created: 0 });
    expect(again.participations).toMatchObject({ created: 1, unchanged: 6, review: 0 });
    expect((await participations('BERLINHUB')).find((p) => p.id === 'hs-thb')).toMatchObject({ role: 'lead', sourceRole: 'coordinator' });
    const [linked] = await organization('o.id = $id', { id: 'hs-thb' });
    expect(linked?.provenance).toEqual([{ source: 'cordis', recordId: '999999007', url: null, file: 'organization.csv', fileDate }]);
  });
});
