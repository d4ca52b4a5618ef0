// Placing a source's organisations: a town the graph knows is taken as it is; another is looked up
// in the gazetteer, which gives its usual name ("MUENCHEN" → München) and, unless the source
// gave the site's own coordinates, the town's. A town neither knows stays as the source wrote it,
// and the import reports it (a new town needs coordinates).
import { z } from 'zod';
import type { Tx } from '../db.ts';
import { fold } from '../curation/matching/normalise.ts';
import type { OrganizationRecord } from '../curation/records.ts';
import type { SourceOrganization } from './source-records.ts';

export interface Placing {
  town(name: string, country: string): { name: string; lat: number; lon: number } | undefined;
}

const Names = z.object({ names: z.array(z.string()) });

/** A town's name as the sources spell it: case and accents set aside, an umlaut written as Ü, U or UE. */
const townKeys = (name: string): string[] => {
  const spelled = name
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue');
  return [...new Set([fold(name), fold(spelled)])];
};

export async function placeRecords(tx: Tx, placing: Placing, organizations: readonly SourceOrganization[]): Promise<OrganizationRecord[]> {
  const [row] = await tx.run('sources/place-names', {}, Names);
  const known = new Map((row?.names ?? []).flatMap((name) => townKeys(name).map((key) => [key, name] as const)));
  return organizations.map(({ record }) => {
    // "RUDERSDORF BEI BERLIN" is the graph's Rüdersdorf bei Berlin: named as the graph names it.
    const ours = known.get(fold(record.city));
    if (ours !== undefined) return { ...record, city: ours };
    const town = placing.town(record.city, record.country ?? 'DE');
    if (town === undefined) return record;
    const coordinates = record.lat === undefined ? { lat: town.lat, lon: town.lon } : {};
    return { ...record, city: town.name, ...coordinates };
  });
}
