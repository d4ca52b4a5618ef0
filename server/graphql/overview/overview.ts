// networkOverview: the stored district aggregates (analysis/overview.ts), computed on the first
// question if the metrics have never run, e.g. right after a load without them.
import { z } from 'zod';
import { computeOverview, DistrictTie, internalTies, researchKinds } from '../../analysis/overview.ts';
import type { Database } from '../../db.ts';

const stored = z.number().int().nullable();

const StoredDistrict = z.object({
  id: z.string(),
  name: z.string(),
  organizations: stored,
  companies: stored,
  research: stored,
  synthetic: stored,
  projects: stored,
  researchLinked: stored,
  internalTies: stored,
  computedAt: z.string().nullable(),
  places: z.number().int(),
});

export interface NetworkOverview {
  computedAt: string;
  organizations: number;
  districts: {
    id: string;
    name: string;
    organizations: number;
    companies: number;
    research: number;
    synthetic: number;
    projects: number;
    researchLinkedCompanies: number;
    internalTies: number;
    places: number;
  }[];
  ties: DistrictTie[];
}

async function readStored(db: Database) {
  const [districts, ties] = await Promise.all([
    db.read('overview/read-districts', {}, StoredDistrict),
    db.read('overview/read-ties', {}, DistrictTie),
  ]);
  return { districts, ties };
}

export async function networkOverview(db: Database): Promise<NetworkOverview> {
  let { districts, ties } = await readStored(db);
  if (districts.some((d) => d.computedAt === null)) {
    await computeOverview(db);
    ({ districts, ties } = await readStored(db));
  }
  const n = (x: number | null) => x ?? 0;
  return {
    computedAt:
      districts
        .map((d) => d.computedAt ?? '')
        .sort()
        .at(-1) ?? new Date(0).toISOString(),
    organizations: districts.reduce((sum, d) => sum + n(d.organizations), 0),
    districts: districts.map((d) => ({
      id: d.id,
      name: d.name,
      organizations: n(d.organizations),
      companies: n(d.companies),
      research: n(d.research),
      synthetic: n(d.synthetic),
      projects: n(d.projects),
      researchLinkedCompanies: n(d.researchLinked),
      internalTies: n(d.internalTies),
      places: d.places,
    })),
    ties,
  };
}

const PlaceCounts = z.object({
  id: z.string(),
  name: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  organizations: z.number().int(),
  companies: z.number().int(),
  research: z.number().int(),
  synthetic: z.number().int(),
  researchLinked: z.number().int(),
});

export interface DistrictOverview {
  district: string;
  places: (Omit<z.infer<typeof PlaceCounts>, 'researchLinked'> & { researchLinkedCompanies: number; internalTies: number })[];
  ties: DistrictTie[];
}

/**
 * One district by town, for a district too large to draw whole: counted when asked, since it
 * reads one district's organisations (half a second for 11,000 at 100,000 firms). Null for a
 * district that does not exist.
 */
export async function districtOverview(db: Database, district: string): Promise<DistrictOverview | null> {
  const [places, ties] = await Promise.all([
    db.read('overview/places', { district, researchKinds }, PlaceCounts),
    db.read('overview/place-ties', { district }, DistrictTie),
  ]);
  if (places.length === 0) return null;
  const inside = internalTies(ties);
  return {
    district,
    places: places.map(({ researchLinked, ...p }) => ({
      ...p,
      researchLinkedCompanies: researchLinked,
      internalTies: inside.get(p.id) ?? 0,
    })),
    ties: ties.filter((t) => t.source !== t.target),
  };
}
