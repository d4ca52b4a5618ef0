// Bounding boxes (WGS 84, rounded outward) of Germany and of the countries its cooperation
// partners come from most, to catch swapped or mistyped coordinates. A country not listed is
// accepted anywhere on Earth: a partner abroad is rarely placed on a map anyway.
export interface Bounds {
  south: number;
  north: number;
  west: number;
  east: number;
}

export const germany: Bounds = { south: 47.2, north: 55.1, west: 5.8, east: 15.1 };

export const countryBounds: Readonly<Record<string, Bounds>> = {
  DE: germany,
  AT: { south: 46.3, north: 49.1, west: 9.5, east: 17.2 },
  BE: { south: 49.4, north: 51.6, west: 2.5, east: 6.5 },
  CH: { south: 45.8, north: 47.9, west: 5.9, east: 10.5 },
  CZ: { south: 48.5, north: 51.1, west: 12.0, east: 18.9 },
  DK: { south: 54.5, north: 57.8, west: 8.0, east: 15.2 },
  ES: { south: 27.6, north: 43.8, west: -18.2, east: 4.4 },
  FI: { south: 59.7, north: 70.1, west: 20.5, east: 31.6 },
  FR: { south: 41.3, north: 51.1, west: -5.2, east: 9.6 },
  IT: { south: 35.4, north: 47.1, west: 6.6, east: 18.6 },
  LU: { south: 49.4, north: 50.2, west: 5.7, east: 6.6 },
  NL: { south: 50.7, north: 53.6, west: 3.3, east: 7.3 },
  NO: { south: 57.9, north: 71.2, west: 4.6, east: 31.2 },
  PL: { south: 49.0, north: 54.9, west: 14.1, east: 24.2 },
  SE: { south: 55.3, north: 69.1, west: 11.0, east: 24.2 },
  SK: { south: 47.7, north: 49.7, west: 16.8, east: 22.6 },
  UK: { south: 49.8, north: 60.9, west: -8.7, east: 1.8 },
  GB: { south: 49.8, north: 60.9, west: -8.7, east: 1.8 },
};
