// The values of the sources, parsed strictly: a date or amount that could be read two ways is a
// problem for the report, never a guess (11.04.2024 is 11 April, never 4 November; 1.234 in an
// amount column of the Förderkatalog is a thousand and more euros, never one euro).
import { countryBounds } from '../curation/countries.ts';

/** A calendar date that exists, as YYYY-MM-DD. */
function existing(year: string, month: string, day: string): string | undefined {
  const iso = `${year}-${month}-${day}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : undefined;
}

/** 31.12.2024 → 2024-12-31: German day, month and year, two, two and four digits. */
export function germanDate(text: string): string | undefined {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  return m ? existing(m[3] as string, m[2] as string, m[1] as string) : undefined;
}
export const germanDateExpected = 'a date as DD.MM.YYYY (e.g. 31.12.2024)';

/** 1.234.567,89 → 1234567.89: dots group thousands, a comma marks at most two decimals. */
export function germanAmount(text: string): number | undefined {
  if (!/^(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$/.test(text)) return undefined;
  return Number(text.replace(/\./g, '').replace(',', '.'));
}
export const germanAmountExpected = 'an amount in euros as 1.234.567,89 (dots for thousands, a comma for cents)';

/** 2024-12-31, or the date of a CORDIS timestamp (2024-01-15 10:00:00). */
export function isoDay(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(text);
  return m ? existing(m[1] as string, m[2] as string, m[3] as string) : undefined;
}
export const isoDayExpected = 'a date as YYYY-MM-DD (e.g. 2024-12-31)';

/**
 * CORDIS amounts: digits with a decimal point or comma and no thousands separators (the files
 * have been seen with both marks, see docs/sources.md).
 */
export function plainAmount(text: string): number | undefined {
  return /^\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : undefined;
}
export const plainAmountExpected = 'an amount in euros as digits with an optional decimal mark (e.g. 499312.50)';

/** CORDIS flags: true or false, any case. */
export function flag(text: string): boolean | undefined {
  const t = text.toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : undefined;
}
export const flagExpected = 'true or false';

/**
 * CORDIS's `geolocation` ("52.51,13.32", latitude first) as coordinates, when they lie in the stated
 * country: a site placed on the wrong continent is a geocoding slip of the source, not a reason to
 * refuse the organisation, so such coordinates are left out and the town places it.
 */
export function siteCoordinates(text: string, country: string): { lat: number; lon: number } | Record<string, never> {
  const m = /^\(?\s*(-?\d{1,2}(?:\.\d+)?)\s*[,;]\s*(-?\d{1,3}(?:\.\d+)?)\s*\)?$/.exec(text.trim());
  if (!m) return {};
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  const box = countryBounds[country];
  const inside = box
    ? lat >= box.south && lat <= box.north && lon >= box.west && lon <= box.east
    : Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  return inside ? { lat, lon } : {};
}
