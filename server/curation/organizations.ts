// Creating, changing and deleting organisations: one transaction per change, validated with the
// shared record rules, guarded by the record's version, and written to the audit trail. Forms and
// imports both come here; who may do what is decided before (graphql/curation).
import { z } from 'zod';
import { sizeClassOf } from '../../seed/companies.ts';
import { slug } from '../../seed/slug.ts';
import type { Tx } from '../db.ts';
import { type Actor, type ChangeSource, recordChanges } from './audit.ts';
import { unchanged, withChanges } from './edit-input.ts';
import { lockOrganization, lockOrganizations } from './locking.ts';
import { nameKeyFields } from './matching/name-keys.ts';
import { invalidRecord } from './problems.ts';
import { OrganizationProfile } from './profiles.ts';
import { type OrganizationRecord, organizationRecord, type RecordProblem, recordProblems } from './records.ts';
import { createPlace, resolveAllReferences } from './references.ts';

type Fields = Omit<OrganizationRecord, 'id'>;
/** Changes to a record: a field given replaces its value, null clears it, an absent one stays. */
export type OrganizationChanges = { [K in keyof Fields]?: Fields[K] | null };

export type Outcome = 'created' | 'updated' | 'unchanged';

export interface SaveOrganization {
  /** The record to change; null creates one (its id made from the name, or `newId`). */
  id: string | null;
  newId?: string;
  /** The version the edit is based on; null skips the check (imports, which match first). */
  expectedVersion: number | null;
  changes: OrganizationChanges;
}

// The profile fields a record sets; what an unchanged re-import must leave as it is.
const compared = [
  'name',
  'shortName',
  'kind',
  'placeId',
  'country',
  'street',
  'postCode',
  'lat',
  'lon',
  'employees',
  'founded',
  'website',
  'universityKind',
  'society',
  'competences',
  'industries',
  'contactName',
  'contactEmail',
  'contactPhone',
  'notes',
  'source',
] as const;

const Taken = z.object({ taken: z.array(z.string()) });
const Written = z.object({ id: z.string(), version: z.number().int(), lat: z.number().nullable(), lon: z.number().nullable() });

/** Free ids for new records, from their bases (slugs of names), unique in the graph and among themselves. */
export async function freeIds(tx: Tx, bases: readonly string[]): Promise<string[]> {
  const options = bases.map((base) => [base, ...Array.from({ length: 30 }, (_, i) => `${base}-${i + 2}`)]);
  const taken = async (ids: readonly string[]) =>
    ids.length === 0 ? [] : ((await tx.run('curation/ids-taken', { ids: [...new Set(ids)] }, Taken))[0]?.taken ?? []);
  const used = new Set(await taken(bases));
  // Only a base that is taken, or wanted twice, needs its numbered alternatives looked up: an
  // import batch of new names asks for its 500 bases, not for 15,500 ids.
  const wanted = new Map<string, number>();
  for (const base of bases) wanted.set(base, (wanted.get(base) ?? 0) + 1);
  const crowded = options.filter(([base = '']) => used.has(base) || (wanted.get(base) ?? 0) > 1);
  for (const id of await taken(crowded.flatMap((o) => o.slice(1)))) used.add(id);
  return options.map((candidates) => {
    const free = candidates.find((c) => !used.has(c));
    if (!free) throw new Error(`no free id near ${candidates[0]}`);
    used.add(free);
    return free;
  });
}

export const freeId = async (tx: Tx, base: string): Promise<string> => (await freeIds(tx, [base]))[0] ?? base;

/**
 * The profile of a record as written: what the snapshot statement would read back, built from
 * the validated record and what the write returned (id, version, location), without reading it.
 */
function profileWritten(
  intended: Record<string, unknown>,
  before: OrganizationProfile | null,
  written: z.infer<typeof Written> | undefined,
  now: string,
): OrganizationProfile {
  if (!written) throw new Error('organization-write returned no row for a record it wrote');
  const sorted = (ids: unknown) => [...(ids as string[])].sort();
  return OrganizationProfile.parse({
    ...Object.fromEntries(compared.map((k) => [k, intended[k] ?? null])),
    id: written.id,
    version: written.version,
    lat: written.lat,
    lon: written.lon,
    competences: sorted(intended.competences),
    industries: sorted(intended.industries),
    city: intended.city,
    synthetic: before?.synthetic ?? false,
    updatedAt: now,
  });
}

export interface OrganizationEdit extends SaveOrganization {
  source: ChangeSource;
}

export type EditResult<P> = { ok: true; outcome: Outcome; profile: P } | { ok: false; problems: RecordProblem[] };

export interface SaveOptions {
  /**
   * A check that will be rolled back (an import's check pass): every rule and every write that
   * could fail runs, but what cannot change an outcome is left out (the layout of new records and
   * the audit trail); the profiles returned are what the write gives.
   */
  dryRun?: boolean;
}

/** Saves one organisation; invalid input is a BAD_USER_INPUT error naming every problem. */
export async function saveOrganization(
  tx: Tx,
  actor: Actor,
  source: ChangeSource,
  edit: SaveOrganization,
): Promise<{ outcome: Outcome; profile: OrganizationProfile }> {
  if (edit.id !== null) await lockOrganization(tx, edit.id, edit.expectedVersion);
  const [result] = await saveOrganizations(tx, actor, [{ ...edit, source }]);
  if (!result) throw new Error('saveOrganizations returned no result');
  if (!result.ok) throw invalidRecord('organisation', result.problems);
  return result;
}

/**
 * Saves many organisations in the caller's transaction with a handful of statements, whatever
 * their number (an import batch; a form is a batch of one). Each edit either passes every rule
 * and is written (or found unchanged), or comes back with its problems and writes nothing.
 * Records to change must exist; versions are checked by the caller (saveOrganization).
 */
export async function saveOrganizations(
  tx: Tx,
  actor: Actor,
  edits: readonly OrganizationEdit[],
  options: SaveOptions = {},
): Promise<EditResult<OrganizationProfile>[]> {
  const befores = await lockOrganizations(
    tx,
    edits.flatMap((e) => (e.id === null ? [] : [e.id])),
  );
  const results: (EditResult<OrganizationProfile> | null)[] = edits.map(() => null);
  const valid: { i: number; before: OrganizationProfile | null; r: OrganizationRecord }[] = [];
  edits.forEach((edit, i) => {
    const before = edit.id === null ? null : (befores.get(edit.id) ?? null);
    if (edit.id !== null && !before) {
      results[i] = { ok: false, problems: [{ field: 'id', value: edit.id, expected: 'an organisation that exists' }] };
      return;
    }
    const input = withChanges(before, edit.changes);
    const parsed = organizationRecord.safeParse(input);
    if (parsed.success) valid.push({ i, before, r: parsed.data });
    else results[i] = { ok: false, problems: recordProblems(parsed.error.issues, input) };
  });
  const refs = await resolveAllReferences(
    tx,
    valid.map((v) => v.r),
  );
  const writes: { i: number; before: OrganizationProfile | null; intended: Record<string, unknown>; row: Record<string, unknown> }[] = [];
  for (const [k, v] of valid.entries()) {
    const ref = refs[k];
    const edit = edits[v.i];
    if (!ref || !edit) continue;
    const { r, before } = v;
    if (ref.placeId === null && r.lat === undefined) {
      ref.problems.unshift({ field: 'city', value: r.city, expected: 'a town the graph knows, or coordinates (lat, lon) for a new one' });
    }
    if (ref.problems.length > 0) {
      results[v.i] = { ok: false, problems: ref.problems };
      continue;
    }
    const country = r.country ?? 'DE';
    const placeId =
      ref.placeId ??
      (await createPlace(tx, {
        city: r.city,
        country,
        lat: r.lat ?? 0,
        lon: r.lon ?? 0,
        source: r.source ?? `entered by ${actor.name}`,
        importId: edit.source.via === 'import' ? edit.source.importId : null,
      }));
    // A record without coordinates keeps the ones it has in the same town, else takes the town's.
    const samePlace = before?.placeId === placeId;
    const lat = r.lat ?? (samePlace ? (before?.lat ?? null) : null);
    const lon = r.lon ?? (samePlace ? (before?.lon ?? null) : null);
    // A new record names its author; an old one without a source does not gain the editor as one.
    const provenance = r.source ?? (before ? before.source : `Erfasst von ${actor.name}`);
    const intended: Record<string, unknown> = {
      ...r,
      placeId,
      country,
      lat,
      lon,
      competences: ref.competenceIds,
      industries: ref.industryIds,
      source: provenance,
    };
    if (before && unchanged(compared, intended, before)) {
      results[v.i] = { ok: true, outcome: 'unchanged', profile: before };
      continue;
    }
    const contact =
      r.contactName || r.contactEmail || r.contactPhone
        ? { name: r.contactName ?? null, email: r.contactEmail ?? null, phone: r.contactPhone ?? null }
        : null;
    writes.push({
      i: v.i,
      before,
      intended,
      row: {
        id: before?.id ?? edit.newId ?? null,
        base: slug(r.shortName ?? r.name).slice(0, 60) || 'org',
        placeId,
        lat,
        lon,
        competenceIds: ref.competenceIds,
        industryIds: ref.industryIds,
        contact,
        notes: r.notes ?? null,
        props: {
          name: r.name,
          shortName: r.shortName ?? null,
          kind: r.kind,
          // Germany is the default, as the profile reads it: stored only for a site abroad.
          country: country === 'DE' ? null : country,
          street: r.street ?? null,
          postCode: r.postCode ?? null,
          employees: r.employees ?? null,
          founded: r.founded ?? null,
          sizeClass: r.kind === 'company' && r.employees !== undefined ? sizeClassOf(r.employees) : null,
          website: r.website ?? null,
          universityKind: r.universityKind ?? null,
          society: r.society ?? null,
          source: provenance,
          synthetic: before?.synthetic ?? false,
          // Imports find the organisation by its normalised name, renamed or not.
          ...nameKeyFields(r.name),
        },
      },
    });
  }
  if (writes.length === 0) return results.map((r) => r ?? { ok: false, problems: [] });
  const unnamed = writes.filter((w) => w.row.id === null);
  const ids = await freeIds(
    tx,
    unnamed.map((w) => String(w.row.base)),
  );
  unnamed.forEach((w, k) => {
    w.row.id = ids[k];
  });
  const now = new Date().toISOString();
  const written = await tx.run('curation/organization-write', { rows: writes.map((w) => w.row), now, by: actor.name }, Written);
  if (written.length !== writes.length) throw new Error(`organization-write wrote ${written.length} of ${writes.length}`);
  const stored = new Map(written.map((w) => [w.id, w]));
  const afters = writes.map((w) => profileWritten(w.intended, w.before, stored.get(String(w.row.id)), now));
  writes.forEach((w, k) => {
    results[w.i] = { ok: true, outcome: w.before ? 'updated' : 'created', profile: afters[k] as OrganizationProfile };
  });
  if (options.dryRun) return results.map((r) => r ?? { ok: false, problems: [] });
  const created = writes.filter((w) => !w.before).map((w) => String(w.row.id));
  if (created.length > 0) await tx.run('curation/place-new-organizations', { ids: created });
  await recordChanges(
    tx,
    actor,
    writes.map((w, k) => {
      const after = afters[k] as OrganizationProfile;
      return {
        source: (edits[w.i] as OrganizationEdit).source,
        change: {
          action: w.before ? 'update' : 'create',
          entity: 'organization',
          entityId: after.id,
          version: after.version,
          before: w.before,
          after,
        },
      } as const;
    }),
  );
  return results.map((r) => r ?? { ok: false, problems: [] });
}
