// Removing the demo data keeps what is real: the institutions, what was entered and imported,
// their real ties, the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDemoData, syntheticCounts } from '../../server/curation/demo-data.ts';
import { listChanges } from '../../server/curation/changes.ts';
import { saveOrganization } from '../../server/curation/organizations.ts';
import { organizationProfile } from '../../server/curation/profiles.ts';
import { setTie } from '../../server/curation/ties.ts';
import type { Database } from '../../server/db.ts';
import { loadDataset } from '../../seed/load.ts';
import { tinyDataset } from '../fixtures/tiny.ts';
import { connect, freshDatabase } from '../setup/db.ts';

let db: Database;
beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
  await loadDataset(db, tinyDataset(), { layout: false });
});
afterAll(() => db.close());

describe('removing the demo data', () => {
  it('removes every invented organisation, project and tie and keeps the real ones, the entered ones and their ties', async () => {
    const actor = { id: 'u-manager', name: 'manager' };
    const form = { via: 'form' } as const;
    const entered = await db.transaction(async (tx) => {
      const { profile } = await saveOrganization(tx, actor, form, {
        id: null,
        expectedVersion: null,
        changes: { name: 'Echte Firma GmbH', kind: 'company', city: 'Cottbus' },
      });
      await setTie(tx, actor, form, { kind: 'cooperation', record: { organization: profile.id, partner: 'hs-btu', kind: 'research' } });
      await setTie(tx, actor, form, { kind: 'membership', record: { organization: profile.id, memberOf: 'ihk-cottbus' } });
      return profile.id;
    });
    expect(await syntheticCounts(db)).toMatchObject({ organizations: 2 });
    const removed = await removeDemoData(db);
    expect(removed).toMatchObject({ organizations: 2 });
    expect(await syntheticCounts(db)).toEqual({ organizations: 0, projects: 0, ties: 0 });
    const kept = await db.transaction(async (tx) =>
      Promise.all(['fhg-ipk', 'hs-btu', 'ihk-cottbus', entered, 'co-1'].map((id) => organizationProfile(tx, id))),
    );
    expect(kept.map((p) => p?.id ?? null)).toEqual(['fhg-ipk', 'hs-btu', 'ihk-cottbus', entered, null]);
    const ties = await db.read('curation/tie-get', { from: entered, to: 'hs-btu', type: 'COOPERATES_WITH' });
    expect(ties[0]?.props).toMatchObject({ kind: 'research', synthetic: false });
    expect(await listChanges(db, { entityId: entered }, 10)).toHaveLength(3);
  });
});
