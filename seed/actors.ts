// The real intermediaries of the cluster: chambers, the state's business development agency,
// the ministry, the employers' and industry associations, and the cluster itself.
// Only bodies known to exist; sites are the seat city (from places.csv or Berlin).
import type { OrganizationKind, OrganizationRow, PlaceRow } from './dataset.ts';

export const CLUSTER_ID = 'cluster-metall-brandenburg';
export const WFBB_ID = 'wfbb';
export const VME_ID = 'vme';
export const VDMA_OST_ID = 'vdma-ost';

type Region = 'west' | 'south' | 'east';

// The three chamber regions of Brandenburg; IHK and Handwerkskammer share the borders.
const regionOfDistrict: Readonly<Record<string, Region>> = {
  potsdam: 'west',
  'brandenburg-an-der-havel': 'west',
  havelland: 'west',
  oberhavel: 'west',
  'ostprignitz-ruppin': 'west',
  'potsdam-mittelmark': 'west',
  prignitz: 'west',
  'teltow-flaeming': 'west',
  cottbus: 'south',
  'dahme-spreewald': 'south',
  'elbe-elster': 'south',
  'oberspreewald-lausitz': 'south',
  'spree-neisse': 'south',
  'frankfurt-oder': 'east',
  barnim: 'east',
  'maerkisch-oderland': 'east',
  'oder-spree': 'east',
  uckermark: 'east',
};

const chambers: Readonly<Record<Region, { ihk: string; hwk: string }>> = {
  west: { ihk: 'ihk-potsdam', hwk: 'hwk-potsdam' },
  south: { ihk: 'ihk-cottbus', hwk: 'hwk-cottbus' },
  east: { ihk: 'ihk-ostbrandenburg', hwk: 'hwk-frankfurt-oder' },
};

export function chambersOf(districtId: string): { ihk: string; hwk: string } {
  const region = regionOfDistrict[districtId];
  if (!region) throw new Error(`district "${districtId}" belongs to no Brandenburg chamber`);
  return chambers[region];
}

interface Actor {
  id: string;
  kind: OrganizationKind;
  name: string;
  shortName: string;
  placeId: string;
  note: string;
  confidence: string;
}

const seat = 'coords = seat city';
const ihkNote = (districts: string) => `Industrie- und Handelskammer (statutory chamber) for ${districts}; ${seat}`;
const hwkNote = (districts: string) => `Handwerkskammer (statutory chamber of crafts) for ${districts}; ${seat}`;
const west = 'Potsdam, Brandenburg an der Havel, Havelland, Oberhavel, Ostprignitz-Ruppin, Potsdam-Mittelmark, Prignitz, Teltow-Fläming';
const south = 'Cottbus, Dahme-Spreewald, Elbe-Elster, Oberspreewald-Lausitz, Spree-Neiße';
const east = 'Frankfurt (Oder), Barnim, Märkisch-Oderland, Oder-Spree, Uckermark';

const actors: readonly Actor[] = [
  {
    id: 'ihk-potsdam',
    kind: 'chamber',
    name: 'Industrie- und Handelskammer Potsdam',
    shortName: 'IHK Potsdam',
    placeId: 'potsdam',
    note: ihkNote(west),
    confidence: 'unverified:high',
  },
  {
    id: 'ihk-cottbus',
    kind: 'chamber',
    name: 'Industrie- und Handelskammer Cottbus',
    shortName: 'IHK Cottbus',
    placeId: 'cottbus',
    note: `${ihkNote(south)} | https://www.cottbus.ihk.de`,
    confidence: 'verified:high',
  },
  {
    id: 'ihk-ostbrandenburg',
    kind: 'chamber',
    name: 'Industrie- und Handelskammer Ostbrandenburg',
    shortName: 'IHK Ostbrandenburg',
    placeId: 'frankfurt-oder',
    note: ihkNote(east),
    confidence: 'unverified:high',
  },
  {
    id: 'hwk-potsdam',
    kind: 'chamber',
    name: 'Handwerkskammer Potsdam',
    shortName: 'HWK Potsdam',
    placeId: 'potsdam',
    note: hwkNote(west),
    confidence: 'unverified:high',
  },
  {
    id: 'hwk-cottbus',
    kind: 'chamber',
    name: 'Handwerkskammer Cottbus',
    shortName: 'HWK Cottbus',
    placeId: 'cottbus',
    note: hwkNote(south),
    confidence: 'unverified:high',
  },
  {
    id: 'hwk-frankfurt-oder',
    kind: 'chamber',
    name: 'Handwerkskammer Frankfurt (Oder) – Region Ostbrandenburg',
    shortName: 'HWK Frankfurt (Oder)',
    placeId: 'frankfurt-oder',
    note: hwkNote(east),
    confidence: 'unverified:high',
  },
  {
    id: WFBB_ID,
    kind: 'agency',
    name: 'Wirtschaftsförderung Land Brandenburg GmbH',
    shortName: 'WFBB',
    placeId: 'potsdam',
    note: `business development agency of the state; runs the cluster management of Cluster Metall Brandenburg (earlier at its predecessor ZAB) | https://mwaek.brandenburg.de/de/brandenburg_06.c.867194.de; ${seat}`,
    confidence: 'verified:high',
  },
  {
    id: 'mwaek',
    kind: 'ministry',
    name: 'Ministerium für Wirtschaft, Arbeit, Energie und Klimaschutz des Landes Brandenburg',
    shortName: 'MWAEK',
    placeId: 'potsdam',
    note: `state ministry for economic affairs (named MWAE 2019–2024) | https://mwaek.brandenburg.de; ${seat}`,
    confidence: 'verified:high',
  },
  {
    id: VME_ID,
    kind: 'association',
    name: 'Verband der Metall- und Elektroindustrie in Berlin und Brandenburg e.V.',
    shortName: 'VME',
    placeId: 'berlin',
    note: `employers' association of the metal and electrical industry; ${seat}`,
    confidence: 'unverified:high',
  },
  {
    id: 'uvb',
    kind: 'association',
    name: 'Vereinigung der Unternehmensverbände in Berlin und Brandenburg e.V.',
    shortName: 'UVB',
    placeId: 'berlin',
    note: `umbrella of the employers' associations; ${seat}`,
    confidence: 'unverified:high',
  },
  {
    id: VDMA_OST_ID,
    kind: 'association',
    name: 'VDMA Landesverband Ost',
    shortName: 'VDMA Ost',
    placeId: 'berlin',
    note: 'regional association of the German machinery federation for the eastern states | https://ost.vdma.org; seat city not confirmed (members meet in Leipzig), placed in Berlin',
    confidence: 'unverified:medium',
  },
  {
    id: CLUSTER_ID,
    kind: 'network',
    name: 'Cluster Metall Brandenburg',
    shortName: 'Cluster Metall',
    placeId: 'potsdam',
    note: `state cluster since November 2012, managed by the WFBB; 2,600 companies, 38,200 employees | https://metall-brandenburg.de/de/das-cluster; ${seat} of the management`,
    confidence: 'verified:high',
  },
];

export function realActors(places: readonly PlaceRow[]): OrganizationRow[] {
  return actors.map((actor) => {
    const place = places.find((p) => p.id === actor.placeId);
    if (!place) throw new Error(`actor ${actor.id}: unknown place ${actor.placeId}`);
    return {
      id: actor.id,
      kind: actor.kind,
      name: actor.name,
      shortName: actor.shortName,
      placeId: place.id,
      lat: place.lat,
      lon: place.lon,
      synthetic: false,
      source: actor.note,
      confidence: actor.confidence,
    };
  });
}
