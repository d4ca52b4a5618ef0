// Where the synthetic firms sit: Brandenburg places weighted towards the Berlin belt and the
// industrial towns, and what each place's industry is known for.
import type { PlaceRow } from './dataset.ts';
import { BERLIN_ID } from './geography.ts';

const berlinBelt = new Set([
  'Potsdam',
  'Teltow',
  'Ludwigsfelde',
  'Blankenfelde-Mahlow',
  'Großbeeren',
  'Zossen',
  'Wildau',
  'Königs Wusterhausen',
  'Schönefeld',
  'Mittenwalde',
  'Hennigsdorf',
  'Velten',
  'Oranienburg',
  'Hohen Neuendorf',
  'Bernau bei Berlin',
  'Falkensee',
  'Nauen',
  'Wustermark',
  'Strausberg',
  'Hoppegarten',
  'Rüdersdorf bei Berlin',
  'Erkner',
  'Grünheide (Mark)',
  'Fürstenwalde/Spree',
  'Werder (Havel)',
  'Nuthetal',
]);

const industrialTowns = new Set([
  'Eisenhüttenstadt',
  'Schwedt/Oder',
  'Brandenburg an der Havel',
  'Hennigsdorf',
  'Ludwigsfelde',
  'Wildau',
  'Cottbus',
  'Frankfurt (Oder)',
  'Eberswalde',
  'Schwarzheide',
  'Guben',
  'Finsterwalde',
  'Lauchhammer',
  'Wittenberge',
  'Premnitz',
  'Spremberg',
  'Velten',
  'Fürstenwalde/Spree',
  'Teltow',
  'Elsterwerda',
  'Rathenow',
  'Pritzwalk',
  'Senftenberg',
  'Luckenwalde',
  'Blankenfelde-Mahlow',
]);

// Industries a place is known for (the notes of places.csv); they tilt the firms there.
export const placeIndustries: Readonly<Record<string, readonly string[]>> = {
  hennigsdorf: ['schienenverkehr'],
  wittenberge: ['schienenverkehr'],
  cottbus: ['schienenverkehr', 'energietechnik'],
  ludwigsfelde: ['fahrzeugbau', 'luft-raumfahrt'],
  'blankenfelde-mahlow': ['luft-raumfahrt'],
  wildau: ['luft-raumfahrt'],
  schoenefeld: ['luft-raumfahrt'],
  'gruenheide-mark': ['fahrzeugbau'],
  schwarzheide: ['energietechnik'],
  'schwedt-oder': ['energietechnik'],
  lauchhammer: ['energietechnik'],
  spremberg: ['energietechnik'],
  peitz: ['energietechnik'],
  'luebbenau-spreewald': ['energietechnik'],
  teltow: ['elektroindustrie'],
  'frankfurt-oder': ['elektroindustrie'],
  finsterwalde: ['fahrzeugbau'],
};

// Towns with a casting tradition get more of the foundry firms.
export const foundryTowns: Readonly<Record<string, number>> = {
  lauchhammer: 8,
  eisenhuettenstadt: 3,
  finsterwalde: 2,
  'brandenburg-an-der-havel': 2,
  elsterwerda: 2,
};

export interface WeightedPlace {
  place: PlaceRow;
  weight: number;
}

const baseWeight: Readonly<Record<PlaceRow['kind'], number>> = {
  city: 3,
  district_seat: 2,
  town: 1.2,
  village: 0,
  metropolis: 0,
};

// Berlin and the villages added for single institutes get no firms: the cluster's firms
// are Brandenburg's, and villages are not in the list of industrial places.
export function companyPlaces(places: readonly PlaceRow[]): WeightedPlace[] {
  const names = new Set(places.map((p) => p.name));
  for (const name of [...berlinBelt, ...industrialTowns]) {
    if (!names.has(name)) throw new Error(`company places: "${name}" is not in places.csv`);
  }
  return places
    .filter((place) => place.districtId !== BERLIN_ID)
    .map((place) => ({
      place,
      weight: baseWeight[place.kind] * (berlinBelt.has(place.name) ? 2.2 : 1) * (industrialTowns.has(place.name) ? 2.2 : 1),
    }))
    .filter((wp) => wp.weight > 0);
}
