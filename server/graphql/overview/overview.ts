// networkOverview: the stored district aggregates (analysis/overview.ts), computed on the first
// question if the metrics have never run, e.g. right after a load without them.
import { z } from 'zod';
import { computeOverview, DistrictTie } from '../../analysis/overview.ts';
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
    })),
    ties,
  };
}
