// Turns the names in a record (town, competences, industries, action field) into graph ids inside
// the change's transaction; what does not exist is a problem naming the field and the value.
import { z } from 'zod';
import { slug } from '../../seed/slug.ts';
import type { Tx } from '../db.ts';
import type { RecordProblem } from './records.ts';

const Given = z.array(z.object({ given: z.string(), id: z.string().nullable() }));
const Resolved = z.object({ places: Given, competences: Given, industries: Given, actionFields: Given });

export interface References {
  placeId: string | null;
  competenceIds: string[];
  industryIds: string[];
  actionFieldId: string | null;
  problems: RecordProblem[];
}

interface Named {
  city?: string | undefined;
  competences?: string[] | undefined;
  industries?: string[] | undefined;
  actionField?: string | undefined;
}

export async function resolveReferences(tx: Tx, r: Named): Promise<References> {
  const [one] = await resolveAllReferences(tx, [r]);
  if (!one) throw new Error('resolve-references returned no row');
  return one;
}

/** The references of many records in one statement (an import batch), in their order; each name resolved once. */
export async function resolveAllReferences(tx: Tx, records: readonly Named[]): Promise<References[]> {
  const distinct = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => typeof v === 'string'))];
  const [row] = await tx.run(
    'curation/resolve-references',
    {
      cities: distinct(records.map((r) => r.city)),
      competences: distinct(records.flatMap((r) => r.competences ?? [])),
      industries: distinct(records.flatMap((r) => r.industries ?? [])),
      actionFields: distinct(records.map((r) => r.actionField)),
    },
    Resolved,
  );
  if (!row) throw new Error('resolve-references returned no row');
  const lookup = (list: z.infer<typeof Given>) => new Map(list.map((g) => [g.given, g.id]));
  const ids = {
    places: lookup(row.places),
    competences: lookup(row.competences),
    industries: lookup(row.industries),
    actionFields: lookup(row.actionFields),
  };
  return records.map((r) => referencesOf(r, ids));
}

type Lookups = Readonly<Record<'places' | 'competences' | 'industries' | 'actionFields', ReadonlyMap<string, string | null>>>;

function referencesOf(r: Named, found: Lookups): References {
  const problems: RecordProblem[] = [];
  const ids = (field: string, given: readonly string[], lookup: ReadonlyMap<string, string | null>) => {
    const list = given.map((t) => ({ given: t, id: lookup.get(t) ?? null }));
    const unknown = list.filter((t) => t.id === null).map((t) => t.given);
    if (unknown.length > 0) {
      problems.push({ field, value: unknown.join('; '), expected: `known ${field} (by id or German or English name)` });
    }
    return [...new Set(list.flatMap((t) => (t.id === null ? [] : [t.id])))].sort();
  };
  const competenceIds = ids('competences', r.competences ?? [], found.competences);
  const industryIds = ids('industries', r.industries ?? [], found.industries);
  const actionFieldId = typeof r.actionField === 'string' ? (found.actionFields.get(r.actionField) ?? null) : null;
  if (r.actionField !== undefined && actionFieldId === null) {
    problems.push({ field: 'actionField', value: r.actionField, expected: 'a known Handlungsfeld (by id or name)' });
  }
  const placeId = typeof r.city === 'string' ? (found.places.get(r.city) ?? null) : null;
  return { placeId, competenceIds, industryIds, actionFieldId, problems };
}

const Created = z.object({ placeId: z.string() });

/**
 * A town the graph does not know: created at the record's coordinates (place-create.cypher says
 * where it belongs), marked with the import that brought it, so that undoing the import removes it.
 */
export async function createPlace(
  tx: Tx,
  town: { city: string; country: string; lat: number; lon: number; source: string; importId: string | null },
): Promise<string> {
  const id = `${slug(town.city)}${town.country === 'DE' ? '' : `-${town.country.toLowerCase()}`}`;
  const [row] = await tx.run(
    'curation/place-create',
    { id, name: town.city, country: town.country, lat: town.lat, lon: town.lon, source: town.source, importId: town.importId },
    Created,
  );
  if (!row) throw new Error('place-create returned no row');
  return row.placeId;
}
