// Turns the names in a record (town, competences, industries, action field) into graph ids inside
// the change's transaction; what does not exist is a problem naming the field and the value.
import { z } from 'zod';
import { slug } from '../../seed/slug.ts';
import type { Tx } from '../db.ts';
import type { RecordProblem } from './records.ts';

const Resolved = z.object({
  i: z.number().int(),
  placeId: z.string().nullable(),
  competences: z.array(z.object({ given: z.string(), id: z.string().nullable() })),
  industries: z.array(z.object({ given: z.string(), id: z.string().nullable() })),
  actionFieldId: z.string().nullable(),
});

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

/** The references of many records in one statement (an import batch), in their order. */
export async function resolveAllReferences(tx: Tx, records: readonly Named[]): Promise<References[]> {
  const rows = await tx.run(
    'curation/resolve-references',
    {
      rows: records.map((r, i) => ({
        i,
        city: r.city ?? null,
        competences: r.competences ?? [],
        industries: r.industries ?? [],
        actionField: r.actionField ?? null,
      })),
    },
    Resolved,
  );
  const byIndex = new Map(rows.map((row) => [row.i, row]));
  return records.map((r, i) => {
    const row = byIndex.get(i);
    if (!row) throw new Error(`resolve-references returned no row for record ${i}`);
    return referencesOf(r, row);
  });
}

function referencesOf(r: Named, row: z.infer<typeof Resolved>): References {
  const problems: RecordProblem[] = [];
  const ids = (field: string, list: { given: string; id: string | null }[]) => {
    const unknown = list.filter((t) => t.id === null).map((t) => t.given);
    if (unknown.length > 0) {
      problems.push({ field, value: unknown.join('; '), expected: `known ${field} (by id or German or English name)` });
    }
    return [...new Set(list.flatMap((t) => (t.id === null ? [] : [t.id])))].sort();
  };
  const competenceIds = ids('competences', row.competences);
  const industryIds = ids('industries', row.industries);
  if (r.actionField !== undefined && row.actionFieldId === null) {
    problems.push({ field: 'actionField', value: r.actionField, expected: 'a known Handlungsfeld (by id or name)' });
  }
  return { placeId: row.placeId, competenceIds, industryIds, actionFieldId: row.actionFieldId, problems };
}

const Created = z.object({ placeId: z.string() });

/** A town the graph does not know: created at the record's coordinates (place-create.cypher says where it belongs). */
export async function createPlace(
  tx: Tx,
  town: { city: string; country: string; lat: number; lon: number; source: string },
): Promise<string> {
  const id = `${slug(town.city)}${town.country === 'DE' ? '' : `-${town.country.toLowerCase()}`}`;
  const [row] = await tx.run(
    'curation/place-create',
    { id, name: town.city, country: town.country, lat: town.lat, lon: town.lon, source: town.source },
    Created,
  );
  if (!row) throw new Error('place-create returned no row');
  return row.placeId;
}
