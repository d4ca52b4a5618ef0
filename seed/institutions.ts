// The 117 real research institutions of institutions.csv as organisations, with competences
// and industries derived from their own tags through the vocabulary's mapping.
import type { OrganizationRow, PlaceRow, Society, UniversityKind } from './dataset.ts';
import { field, readCsvRecords } from './csv.ts';
import { slug } from './slug.ts';
import { topicToCompetences, topicToIndustries } from './vocabulary.ts';

export interface RealOrganizations {
  organizations: OrganizationRow[];
  orgCompetences: { orgId: string; competenceId: string }[];
  orgIndustries: { orgId: string; industryId: string }[];
}

const universityKinds: Readonly<Record<string, UniversityKind>> = {
  university: 'university',
  university_applied: 'university_applied',
  art_college: 'art_college',
  private_university: 'private',
};
const societies: Readonly<Record<string, Society>> = {
  leibniz: 'leibniz',
  fraunhofer: 'fraunhofer',
  max_planck: 'max_planck',
  other: 'other',
};

// Localities of institutions that places.csv (a list of towns) does not hold, with the
// district of their municipality. Any other unknown city is an error in the fact file.
const localities: Readonly<Record<string, string>> = {
  'Stechlin (Neuglobsow)': 'oberhavel',
  'Wustermark (Elstal)': 'havelland',
};

const mapped = (tags: readonly string[], table: Readonly<Record<string, readonly string[]>>): string[] => [
  ...new Set(tags.flatMap((tag) => table[tag] ?? [])),
];

// Reads the institutions; adds a place for each locality it meets (to `places`, in order).
export function readInstitutions(places: PlaceRow[], url = new URL('./data/institutions.csv', import.meta.url)): RealOrganizations {
  const result: RealOrganizations = { organizations: [], orgCompetences: [], orgIndustries: [] };
  const placeByName = new Map(places.map((p) => [p.name, p]));
  for (const record of readCsvRecords(url)) {
    const id = field(record, 'id');
    const kind = field(record, 'kind');
    const city = field(record, 'city');
    const lat = Number(field(record, 'lat'));
    const lon = Number(field(record, 'lon'));
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new Error(`institutions.csv: ${id} has no coordinates`);
    let place = placeByName.get(city);
    if (!place) {
      const districtId = localities[city];
      if (!districtId) throw new Error(`institutions.csv: ${id} lies in "${city}", which is no known place`);
      place = {
        id: slug(city),
        name: city,
        districtId,
        kind: 'village',
        lat,
        lon,
        source: `coordinates of ${field(record, 'short_name')} (${id}) from institutions.csv; district of the municipality`,
        confidence: field(record, 'confidence'),
      };
      places.push(place);
      placeByName.set(city, place);
    }
    const universityKind = universityKinds[kind];
    const society = societies[kind];
    if (!universityKind && !society) throw new Error(`institutions.csv: ${id} has unknown kind "${kind}"`);
    const topics = field(record, 'competences')
      .split(';')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    result.organizations.push({
      id,
      kind: universityKind ? 'university' : 'research_institute',
      name: field(record, 'name'),
      shortName: field(record, 'short_name'),
      placeId: place.id,
      lat,
      lon,
      synthetic: false,
      ...(universityKind ? { universityKind } : { society }),
      topics,
      source: field(record, 'source'),
      confidence: field(record, 'confidence'),
    });
    for (const competenceId of mapped(topics, topicToCompetences)) result.orgCompetences.push({ orgId: id, competenceId });
    for (const industryId of mapped(topics, topicToIndustries)) result.orgIndustries.push({ orgId: id, industryId });
  }
  return result;
}
