// Creating, changing and deleting organisations: one transaction per change, validated with the
// shared record rules, guarded by the record's version, and written to the audit trail. Forms and
// imports both come here; who may do what is decided before (graphql/curation).
import { z } from 'zod';
import { sizeClassOf } from '../../seed/companies.ts';
import { slug } from '../../seed/slug.ts';
import type { Tx } from '../db.ts';
import { type Actor, type ChangeSource, recordChange } from './audit.ts';
import { organizationProfile, type OrganizationProfile } from './profiles.ts';
import { lockOrganization } from './locking.ts';
import { invalidRecord } from './problems.ts';
import { type OrganizationRecord, organizationRecord, recordProblems } from './records.ts';
import { createPlace, resolveReferences } from './references.ts';

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

/** A profile as the record it can be edited as: the starting point that changes apply to. */
function recordOf(p: OrganizationProfile): Record<string, unknown> {
  const { id: _id, version: _v, placeId: _p, synthetic: _s, updatedAt: _u, ...fields } = p;
  return fields;
}

function merged(before: OrganizationProfile | null, changes: OrganizationChanges): Record<string, unknown> {
  const out: Record<string, unknown> = before ? recordOf(before) : {};
  for (const [k, v] of Object.entries(changes)) if (v !== undefined) out[k] = v;
  // Absent and null are one thing to the rules: drop nulls so optional fields pass.
  for (const k of Object.keys(out)) if (out[k] === null) delete out[k];
  return out;
}

const Taken = z.object({ taken: z.array(z.string()) });
const Written = z.object({ version: z.number().int() });

export async function freeId(tx: Tx, base: string): Promise<string> {
  const candidates = [base, ...Array.from({ length: 20 }, (_, i) => `${base}-${i + 2}`)];
  const [row] = await tx.run('curation/ids-taken', { ids: candidates }, Taken);
  const free = candidates.find((c) => !row?.taken.includes(c));
  if (!free) throw new Error(`no free id near ${base}`);
  return free;
}

export async function saveOrganization(
  tx: Tx,
  actor: Actor,
  source: ChangeSource,
  edit: SaveOrganization,
): Promise<{ outcome: Outcome; profile: OrganizationProfile }> {
  const before = edit.id === null ? null : await lockOrganization(tx, edit.id, edit.expectedVersion);
  const input = merged(before, edit.changes);
  const parsed = organizationRecord.safeParse(input);
  if (!parsed.success) throw invalidRecord('organisation', recordProblems(parsed.error.issues, input));
  const r = parsed.data;
  const refs = await resolveReferences(tx, r);
  const country = r.country ?? 'DE';
  let placeId = refs.placeId;
  if (placeId === null && r.lat === undefined) {
    refs.problems.unshift({ field: 'city', value: r.city, expected: 'a town the graph knows, or coordinates (lat, lon) for a new one' });
  }
  if (refs.problems.length > 0) throw invalidRecord('organisation', refs.problems);
  if (placeId === null && r.lat !== undefined && r.lon !== undefined) {
    placeId = await createPlace(tx, { city: r.city, country, lat: r.lat, lon: r.lon, source: r.source ?? `entered by ${actor.name}` });
  }
  if (placeId === null) throw new Error('unreachable: a place was resolved or created');
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
    competences: refs.competenceIds,
    industries: refs.industryIds,
    source: provenance,
  };
  if (before && compared.every((k) => JSON.stringify(intended[k] ?? null) === JSON.stringify(before?.[k] ?? null))) {
    return { outcome: 'unchanged', profile: before };
  }
  const id = before?.id ?? edit.newId ?? (await freeId(tx, slug(r.shortName ?? r.name).slice(0, 60) || 'org'));
  const contact =
    r.contactName || r.contactEmail || r.contactPhone
      ? { name: r.contactName ?? null, email: r.contactEmail ?? null, phone: r.contactPhone ?? null }
      : null;
  const now = new Date().toISOString();
  const [written] = await tx.run(
    'curation/organization-write',
    {
      id,
      placeId,
      now,
      by: actor.name,
      lat: lat ?? null,
      lon: lon ?? null,
      competenceIds: refs.competenceIds,
      industryIds: refs.industryIds,
      contact,
      notes: r.notes ?? null,
      props: {
        name: r.name,
        shortName: r.shortName ?? null,
        kind: r.kind,
        country,
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
      },
    },
    Written,
  );
  if (!written) throw new Error('organization-write returned no row');
  if (!before) await tx.run('curation/place-new-organizations', { ids: [id] });
  const after = await organizationProfile(tx, id);
  if (!after) throw new Error(`organisation ${id} vanished in its own transaction`);
  await recordChange(tx, actor, source, {
    action: before ? 'update' : 'create',
    entity: 'organization',
    entityId: id,
    version: after.version,
    before,
    after,
  });
  return { outcome: before ? 'updated' : 'created', profile: after };
}
