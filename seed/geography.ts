// Real geography: Brandenburg's 14 Landkreise and 4 kreisfreie Städte, Berlin, and the places
// of places.csv. Only facts here; nothing random.
import type { DistrictKind, DistrictRow, PlaceRow } from './dataset.ts';
import { field, readCsvRecords } from './csv.ts';
import { slug } from './slug.ts';

export const BERLIN_ID = 'berlin'; // both the district (kind 'land') and the place

const districtTable: readonly (readonly [name: string, kind: DistrictKind, seat: string])[] = [
  ['Barnim', 'landkreis', 'Eberswalde'],
  ['Dahme-Spreewald', 'landkreis', 'Lübben (Spreewald)'],
  ['Elbe-Elster', 'landkreis', 'Herzberg (Elster)'],
  ['Havelland', 'landkreis', 'Rathenow'],
  ['Märkisch-Oderland', 'landkreis', 'Seelow'],
  ['Oberhavel', 'landkreis', 'Oranienburg'],
  ['Oberspreewald-Lausitz', 'landkreis', 'Senftenberg'],
  ['Oder-Spree', 'landkreis', 'Beeskow'],
  ['Ostprignitz-Ruppin', 'landkreis', 'Neuruppin'],
  ['Potsdam-Mittelmark', 'landkreis', 'Bad Belzig'],
  ['Prignitz', 'landkreis', 'Perleberg'],
  ['Spree-Neiße', 'landkreis', 'Forst (Lausitz)'],
  ['Teltow-Fläming', 'landkreis', 'Luckenwalde'],
  ['Uckermark', 'landkreis', 'Prenzlau'],
  ['Brandenburg an der Havel', 'kreisfreie_stadt', 'Brandenburg an der Havel'],
  ['Cottbus', 'kreisfreie_stadt', 'Cottbus'],
  ['Frankfurt (Oder)', 'kreisfreie_stadt', 'Frankfurt (Oder)'],
  ['Potsdam', 'kreisfreie_stadt', 'Potsdam'],
  ['Berlin', 'land', 'Berlin'],
];

export const districts: readonly DistrictRow[] = districtTable.map(([name, kind, seat]) => ({
  id: slug(name),
  name,
  kind,
  seat,
}));

const placeKinds = ['city', 'district_seat', 'town', 'metropolis', 'village'] as const;
const isPlaceKind = (kind: string): kind is PlaceRow['kind'] => (placeKinds as readonly string[]).includes(kind);

// Berlin is not in places.csv (a Brandenburg list) but hosts 71 of the 117 institutions.
const berlin: PlaceRow = {
  id: BERLIN_ID,
  name: 'Berlin',
  districtId: BERLIN_ID,
  kind: 'metropolis',
  lat: 52.52,
  lon: 13.405,
  source: 'city centre (the city-level coordinate used by institutions.csv); added for the Berlin institutions',
  confidence: 'verified:high',
};

export function readPlaces(url = new URL('./data/places.csv', import.meta.url)): PlaceRow[] {
  const districtIdByName = new Map(districts.map((d) => [d.name, d.id]));
  const places = readCsvRecords(url).map((record): PlaceRow => {
    const name = field(record, 'name');
    const districtId = districtIdByName.get(field(record, 'district'));
    if (!districtId) throw new Error(`places.csv: ${name} lies in unknown district "${field(record, 'district')}"`);
    const kind = field(record, 'kind');
    if (!isPlaceKind(kind)) throw new Error(`places.csv: ${name} has unknown kind "${kind}"`);
    return {
      id: slug(name),
      name,
      districtId,
      kind,
      lat: Number(field(record, 'lat')),
      lon: Number(field(record, 'lon')),
      source: field(record, 'source'),
      confidence: field(record, 'confidence'),
    };
  });
  places.push(berlin);
  checkPlaces(places);
  return places;
}

// The fact files are edited by hand: fail loudly on a duplicate id, a bad coordinate or a
// district whose seat is missing, rather than ship a map with a town in the sea.
export function checkPlaces(places: readonly PlaceRow[]): void {
  const ids = new Set<string>();
  for (const place of places) {
    if (ids.has(place.id)) throw new Error(`place id "${place.id}" is not unique`);
    ids.add(place.id);
    const inRegion = place.lat > 51.3 && place.lat < 53.6 && place.lon > 11.2 && place.lon < 14.8;
    if (!inRegion) throw new Error(`place ${place.name} has coordinates outside Berlin-Brandenburg`);
  }
  for (const district of districts) {
    const seat = places.find((p) => p.name === district.seat);
    if (!seat || seat.districtId !== district.id) {
      throw new Error(`district ${district.name}: seat ${district.seat} is not a place of the district`);
    }
  }
}

// Equirectangular distance: exact enough within 300 km and cheap in the partner loops.
const KM_PER_DEG_LAT = 110.57;
const KM_PER_DEG_LON = 111.32 * Math.cos((52.4 * Math.PI) / 180);

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dy = (a.lat - b.lat) * KM_PER_DEG_LAT;
  const dx = (a.lon - b.lon) * KM_PER_DEG_LON;
  return Math.sqrt(dx * dx + dy * dy);
}

// A point at most maxKm from the centre, uniform over the disc, rounded to ~1 m.
export function jitter(centre: { lat: number; lon: number }, maxKm: number, u1: number, u2: number): { lat: number; lon: number } {
  const r = maxKm * Math.sqrt(u1);
  const angle = 2 * Math.PI * u2;
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  return {
    lat: round(centre.lat + (r * Math.cos(angle)) / KM_PER_DEG_LAT),
    lon: round(centre.lon + (r * Math.sin(angle)) / KM_PER_DEG_LON),
  };
}
