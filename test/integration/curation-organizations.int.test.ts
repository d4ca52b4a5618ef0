import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../../server/db.ts';
import type { Actor } from '../../server/curation/audit.ts';
import { listChanges } from '../../server/curation/changes.ts';
import {
  type OrganizationChanges,
  type OrganizationEdit,
  saveOrganization,
  saveOrganizations,
} from '../../server/curation/organizations.ts';
import { organizationProfile } from '../../server/curation/profiles.ts';
import { ErrorCode } from '../../server/errors.ts';
import { loadDataset } from '../../seed/load.ts';
import { tinyDataset } from '../fixtures/tiny.ts';
import { connect, freshDatabase } from '../setup/db.ts';

const manager: Actor = { id: 'u-manager', name: 'manager' };
const other: Actor = { id: 'u-other', name: 'colleague' };
const form = { via: 'form' } as const;

let db: Database;
beforeAll(() => {
  db = connect();
});
afterAll(() => db.close());
beforeEach(async () => {
  await freshDatabase(db);
  await loadDataset(db, tinyDataset(), { layout: false });
});

const changesOf = async (id: string) => (await listChanges(db, { entityId: id }, 100)).length;
const Counts = z.object({ nodes: z.number() });

const errorOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    return err as { extensions?: Record<string, unknown>; message: string };
  }
  throw new Error('expected the edit to fail');
};

describe('editing organisations', () => {
  it('creates an organisation with a free id, in a known town, placed in the layout, and records it', async () => {
    const { outcome, profile } = await db.transaction((tx) =>
      saveOrganization(tx, manager, form, {
        id: null,
        expectedVersion: null,
        changes: { name: 'Lausitzer Gusswerk GmbH', kind: 'company', city: 'Cottbus', employees: 42, competences: ['Gießereitechnik'] },
      }),
    );
    expect(outcome).toBe('created');
    expect(profile).toMatchObject({ id: 'lausitzer-gusswerk-gmbh', version: 1, placeId: 'cottbus', synthetic: false, employees: 42 });
    expect(profile.source).toBe('Erfasst von manager');
    expect(await changesOf(profile.id)).toBe(1);
  });

  it('returns the profiles the graph then holds, and the same in a dry run, which leaves no trace', async () => {
    const edit = (id: string | null, changes: OrganizationChanges): OrganizationEdit => ({
      id,
      changes,
      expectedVersion: null,
      source: form,
    });
    const edits = [
      edit(null, { name: 'Oderland Stahlbau GmbH', kind: 'company', city: 'Cottbus', employees: 12, competences: ['Gießereitechnik'] }),
      edit('fhg-ipk', { shortName: 'IPK', contactEmail: 'info@ipk.example.de' }),
    ];
    let dry: Awaited<ReturnType<typeof saveOrganizations>> = [];
    // Rolled back, as the import's check pass does.
    await db
      .transaction(async (tx) => {
        dry = await saveOrganizations(tx, manager, edits, { dryRun: true });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const real = await db.transaction((tx) => saveOrganizations(tx, manager, edits));
    const profiles = (rs: typeof real) => rs.map((r) => (r.ok ? { ...r.profile, updatedAt: null } : r));
    expect(profiles(dry)).toEqual(profiles(real));
    for (const r of real) if (r.ok) expect(r.profile).toEqual(await db.transaction((tx) => organizationProfile(tx, r.profile.id)));
  });

  it('updates only what is given, bumps the version, and leaves an unchanged edit unrecorded', async () => {
    const save = (expectedVersion: number, changes: Record<string, unknown>) =>
      db.transaction((tx) => saveOrganization(tx, manager, form, { id: 'fhg-ipk', expectedVersion, changes }));
    const first = await save(0, { shortName: 'IPK', contactEmail: 'info@ipk.example.de' });
    expect(first.outcome).toBe('updated');
    expect(first.profile).toMatchObject({ version: 1, shortName: 'IPK', contactEmail: 'info@ipk.example.de', society: 'fraunhofer' });
    const again = await save(1, { shortName: 'IPK' });
    expect(again.outcome).toBe('unchanged');
    expect(again.profile.version).toBe(1);
    expect(await changesOf('fhg-ipk')).toBe(1);
  });

  it('refuses an edit based on a stale version and names what changed since, and by whom', async () => {
    await db.transaction((tx) =>
      saveOrganization(tx, other, form, { id: 'fhg-ipk', expectedVersion: 0, changes: { employees: 500, shortName: 'IPK' } }),
    );
    const err = await errorOf(
      db.transaction((tx) => saveOrganization(tx, manager, form, { id: 'fhg-ipk', expectedVersion: 0, changes: { name: 'Anders' } })),
    );
    expect(err.extensions).toMatchObject({
      code: ErrorCode.Conflict,
      yourVersion: 0,
      currentVersion: 1,
      changedFields: ['employees', 'shortName'],
    });
    expect(err.message).toContain('colleague');
    const now = await db.transaction((tx) => organizationProfile(tx, 'fhg-ipk'));
    expect(now?.name).toBe('Fraunhofer-Institut für Produktionsanlagen und Konstruktionstechnik');
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const edit = (name: string) =>
      db.transaction((tx) => saveOrganization(tx, manager, form, { id: 'fhg-ipk', expectedVersion: 0, changes: { shortName: name } }));
    const results = await Promise.allSettled([edit('A'), edit('B'), edit('C')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const codes = results.flatMap((r) =>
      r.status === 'rejected' ? [(r.reason as { extensions?: { code?: string } }).extensions?.code] : [],
    );
    expect(codes).toEqual([ErrorCode.Conflict, ErrorCode.Conflict]);
  });

  it('reports every broken rule with the field, the value and what was expected, and writes nothing', async () => {
    const [start] = await db.read('admin/counts', {}, Counts.passthrough());
    const nodesBefore = start?.nodes;
    const err = await errorOf(
      db.transaction((tx) =>
        saveOrganization(tx, manager, form, {
          id: null,
          expectedVersion: null,
          changes: { name: 'Neue Firma', kind: 'company', city: 'Atlantis', competences: ['Alchemie'], employees: -3 },
        }),
      ),
    );
    expect(err.extensions?.code).toBe(ErrorCode.BadUserInput);
    expect(err.extensions?.problems).toEqual([{ field: 'employees', value: -3, expected: 'a whole number from 0 to 1000000' }]);
    const unknown = await errorOf(
      db.transaction((tx) =>
        saveOrganization(tx, manager, form, {
          id: null,
          expectedVersion: null,
          changes: { name: 'Neue Firma', kind: 'company', city: 'Atlantis', competences: ['Alchemie'] },
        }),
      ),
    );
    expect(unknown.extensions?.problems).toEqual([
      { field: 'city', value: 'Atlantis', expected: 'a town the graph knows, or coordinates (lat, lon) for a new one' },
      { field: 'competences', value: 'Alchemie', expected: 'known competences (by id or German or English name)' },
    ]);
    const [after] = await db.read('admin/counts', {}, Counts.passthrough());
    expect(after?.nodes).toBe(nodesBefore);
  });

  it('puts a new town at the given coordinates into the district of the nearest known town', async () => {
    const { profile } = await db.transaction((tx) =>
      saveOrganization(tx, manager, form, {
        id: null,
        expectedVersion: null,
        changes: { name: 'Spreewald Metall', kind: 'company', city: 'Burg (Spreewald)', lat: 51.84, lon: 14.15 },
      }),
    );
    expect(profile).toMatchObject({ placeId: 'burg-spreewald', city: 'Burg (Spreewald)', lat: 51.84, lon: 14.15 });
  });
});
