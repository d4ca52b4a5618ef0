import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTowns, townCoordinates } from '../../server/sources/gazetteer.ts';

const townsFile = new URL('../../seed/data/towns.csv', import.meta.url);

/** The coordinates to two decimals (about a kilometre) and the name shown. */
const place = (name: string, country: string) => {
  const town = townCoordinates(name, country);
  return town && { name: town.name, lat: Number(town.lat.toFixed(2)), lon: Number(town.lon.toFixed(2)) };
};

describe('townCoordinates', () => {
  it('finds Munich under the CORDIS spelling and the German one, and shows it as München', () => {
    const munich = { name: 'München', lat: 48.14, lon: 11.58 };
    expect(place('MUENCHEN', 'DE')).toEqual(munich);
    expect(place('München', 'DE')).toEqual(munich);
    expect(place('MUNCHEN', 'DE')).toEqual(munich);
    expect(place('Mu\u0308nchen', 'DE')).toEqual(munich);
  });

  it('finds Brussels under its French name and shows the German exonym', () => {
    expect(place('BRUXELLES', 'BE')).toEqual({ name: 'Brüssel', lat: 50.85, lon: 4.35 });
  });

  it('finds towns written in upper case without their diacritics', () => {
    expect(place('POZNAN', 'PL')).toEqual({ name: 'Poznań', lat: 52.41, lon: 16.93 });
    expect(place('THESSALONIKI', 'GR')).toEqual({ name: 'Thessaloniki', lat: 40.64, lon: 22.93 });
    expect(place('NANCY', 'FR')).toEqual({ name: 'Nancy', lat: 48.68, lon: 6.18 });
    expect(place('BRESCIA', 'IT')).toEqual({ name: 'Brescia', lat: 45.54, lon: 10.21 });
  });

  it('reaches European towns of 10,000 people, where research campuses often are', () => {
    expect(place('KONGENS LYNGBY', 'DK')).toEqual({ name: 'Kongens Lyngby', lat: 55.77, lon: 12.5 });
  });

  it('keeps Frankfurt am Main and Frankfurt (Oder) apart, whichever way the river is written', () => {
    const main = { name: 'Frankfurt am Main', lat: 50.12, lon: 8.68 };
    const oder = { name: 'Frankfurt (Oder)', lat: 52.35, lon: 14.55 };
    expect(place('Frankfurt am Main', 'DE')).toEqual(main);
    expect(place('FRANKFURT/MAIN', 'DE')).toEqual(main);
    expect(place('Frankfurt (Oder)', 'DE')).toEqual(oder);
    expect(place('Frankfurt/Oder', 'DE')).toEqual(oder);
    expect(place('FRANKFURT AN DER ODER', 'DE')).toEqual(oder);
  });

  it('takes the most populous town when a bare name fits several', () => {
    expect(place('Frankfurt', 'DE')?.name).toBe('Frankfurt am Main');
  });

  it('finds Halle (Saale) by its full name, and drops an unknown qualifier only when the bare name is unambiguous', () => {
    expect(place('Halle (Saale)', 'DE')).toEqual({ name: 'Halle (Saale)', lat: 51.48, lon: 11.98 });
    expect(place('Dresden (Sachsen)', 'DE')?.name).toBe('Dresden');
    expect(place('Frankfurt (Hessen)', 'DE')).toBeUndefined();
  });

  it("prefers a town's own name to another town's alternate spelling", () => {
    // Aachen is "Aken" in Dutch; Aken on the Elbe is a town of its own.
    expect(place('Aken', 'DE')?.name).toBe('Aken');
    expect(place('AACHEN', 'DE')?.name).toBe('Aachen');
  });

  it('finds nothing for an unknown town', () => {
    expect(townCoordinates('Nirgendwo an der Wolke', 'DE')).toBeUndefined();
  });

  it('finds nothing for a town in the wrong country', () => {
    expect(townCoordinates('München', 'AT')).toBeUndefined();
    expect(townCoordinates('POZNAN', 'DE')).toBeUndefined();
  });
});

describe('seed/data/towns.csv', () => {
  const towns = readTowns(readFileSync(townsFile, 'utf8'));

  it('stays small enough to commit and to load at the first lookup', () => {
    expect(statSync(townsFile).size).toBeLessThan(1_500_000);
  });

  it('holds the German towns of 5,000 and more, European towns and the capitals of the world', () => {
    const german = towns.filter((town) => town.country === 'DE');
    expect(german.length).toBeGreaterThan(2_500);
    expect(german.every((town) => town.population >= 5_000)).toBe(true);
    expect(new Set(towns.map((town) => town.country)).size).toBeGreaterThan(150);
    expect(towns.find((town) => town.name === 'Tokyo' && town.country === 'JP')).toBeDefined();
  });

  it('places the towns of Germany and its neighbours inside Europe', () => {
    const europe = towns.filter((town) => ['DE', 'FR', 'PL', 'IT', 'BE'].includes(town.country));
    expect(europe.every((town) => town.lat > 35 && town.lat < 72 && town.lon > -11 && town.lon < 33)).toBe(true);
  });
});
