// Placing a source's organisations: a town the graph knows is taken as it is; another is looked up
// in the gazetteer, which gives its usual name ("MUENCHEN" → München) and, unless the source
// gave the site's own coordinates, the town's. A town neither knows stays as the source wrote it,
// and the import reports it (a new town needs coordinates).
import { z } from 'zod';
import type { Tx } from '../db.ts';
import type { OrganizationRecord } from '../curation/records.ts';
import type { SourceOrganization } from './source-records.ts';

export interface Placing {
  town(name: string, country: string): { name: string; lat: number; lon: number } | undefined;
}

const Names = z.object({ names: z.array(z.string()) });

export async function placeRecords(tx: Tx, placing: Placing, organizations: readonly SourceOrganization[]): Promise<OrganizationRecord[]> {
  const [row] = await tx.run('sources/place-names', {}, Names);
  const known = new Set(row?.names ?? []);
  return organizations.map(({ record }) => {
    if (known.has(record.city.toLowerCase())) return record;
    const town = placing.town(record.city, record.country ?? 'DE');
    if (town === undefined) return record;
    const coordinates = record.lat === undefined ? { lat: town.lat, lon: town.lon } : {};
    return { ...record, city: town.name, ...coordinates };
  });
}
