// Places an organisation outside Brandenburg and Berlin on a town with coordinates: the graph
// refuses a new town without them. The towns are GeoNames' (CC BY 4.0), cut down and committed as
// seed/data/towns.csv by seed/towns-build.py, and read once, on the first lookup.
import { z } from 'zod';
import { parseCsvRecords } from '../../seed/csv.ts';
import { readFileSync } from 'node:fs';

const townsFile = new URL('../../seed/data/towns.csv', import.meta.url);

// z.coerce alone would read an empty cell as 0, a town on the equator.
const number = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .transform(Number);

const townRow = z.object({
  name: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/),
  lat: number.pipe(z.number().min(-90).max(90)),
  lon: number.pipe(z.number().min(-180).max(180)),
  population: number.pipe(z.number().int().nonnegative()),
  alternates: z.string().transform((text) => (text === '' ? [] : text.split('|'))),
});
type Town = z.infer<typeof townRow>;

export interface TownCoordinates {
  lat: number;
  lon: number;
  /** The name the graph shows: the German exonym where there is one (München, Brüssel), else the local name. */
  name: string;
}

// Letters that Unicode does not decompose into a base letter and a mark.
const unsplit: Readonly<Record<string, string>> = { ß: 'ss', ł: 'l', ø: 'o', đ: 'd', ð: 'd', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };
const spelledOut: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/**
 * The keys a name is found by. CORDIS writes MUENCHEN, others MUNCHEN or München, so a town is
 * indexed with ä→ae and with ä→a. Punctuation becomes a space: "Frankfurt (Oder)" and
 * "Frankfurt/Oder" meet at "frankfurt oder", which stays apart from "frankfurt am main".
 */
function folds(name: string): string[] {
  const lower = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ßłøđðæœıþ]/g, (ch) => unsplit[ch] ?? ch);
  const stripped = plain(lower);
  return /[äöü]/.test(lower) ? [stripped, plain(lower.replace(/[äöü]/g, (ch) => spelledOut[ch] ?? ch))] : [stripped];
}

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

interface Index {
  /** By a town's own name first: Aken must not turn into Aachen, whose alternates hold "Aken". */
  byName: Map<string, Town[]>;
  byAlternate: Map<string, Town[]>;
}

function add(map: Map<string, Town[]>, key: string, town: Town): void {
  const towns = map.get(key);
  if (towns === undefined) map.set(key, [town]);
  else if (!towns.includes(town)) towns.push(town);
}

export function readTowns(text: string): Town[] {
  return parseCsvRecords(text).map((record, n) => {
    const parsed = townRow.safeParse(record);
    if (!parsed.success) throw new SyntaxError(`towns.csv record ${n + 2}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}

let index: Index | undefined;

function loaded(): Index {
  if (index !== undefined) return index;
  const built: Index = { byName: new Map(), byAlternate: new Map() };
  for (const town of readTowns(readFileSync(townsFile, 'utf8'))) {
    for (const key of folds(town.name)) add(built.byName, `${town.country} ${key}`, town);
    for (const alternate of town.alternates) {
      for (const key of folds(alternate)) add(built.byAlternate, `${town.country} ${key}`, town);
    }
  }
  index = built;
  return built;
}

const mostPopulous = (towns: Town[]): Town | undefined =>
  towns.reduce<Town | undefined>((best, town) => (best === undefined || town.population > best.population ? town : best), undefined);

function found(map: Map<string, Town[]>, name: string, country: string): Town[] {
  return [...new Set(folds(name).flatMap((key) => map.get(`${country} ${key}`) ?? []))];
}

/**
 * The town of this name in this country (ISO 3166-1 alpha-2), by its own name before its other
 * spellings, the most populous of several. A qualifier the gazetteer does not know ("Neustadt
 * (Hessen)") is dropped only when the bare name is unambiguous, so "Frankfurt (Main)" never
 * lands in Frankfurt (Oder) or the other way round.
 */
export function townCoordinates(name: string, country: string): TownCoordinates | undefined {
  const { byName, byAlternate } = loaded();
  const code = country.trim().toUpperCase();
  const lookup = (text: string) => {
    const own = found(byName, text, code);
    return own.length > 0 ? own : found(byAlternate, text, code);
  };
  let towns = lookup(name);
  const bare = /^(.+?)\s*\(.*\)\s*$/.exec(name)?.[1];
  if (towns.length === 0 && bare !== undefined) {
    const candidates = lookup(bare);
    if (candidates.length === 1) towns = candidates;
  }
  const town = mostPopulous(towns);
  return town === undefined ? undefined : { lat: town.lat, lon: town.lon, name: town.name };
}
