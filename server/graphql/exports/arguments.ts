// The download URL's query string: NetworkFilter's fields as parameters (lists comma-separated or
// repeated), checked by the same functions as the GraphQL filter, so a bad value gets the same
// BAD_USER_INPUT error, naming the parameter. The GraphQL field writes such a query string back.
import type { CsvLanguage } from '../../../shared/csv.ts';
import { badInput } from '../../errors.ts';
import { organizationKinds, projectLevels, societies } from '../../../shared/vocabulary.ts';
import { oneOf } from '../arguments.ts';
import type { NetworkFilterInput } from '../network/index.ts';
import { type ExportParams, exportParams } from './elements.ts';

const enumLists = { kinds: organizationKinds, societies, levels: projectLevels } as const;
const idLists = ['districts', 'places', 'competences', 'industries', 'actionFields'] as const;
const ints = ['minEmployees', 'maxEmployees', 'yearFrom', 'yearTo', 'minParticipants'] as const;
const booleans = ['synthetic', 'includeProjects', 'includeMemberships'] as const;
const languages: readonly CsvLanguage[] = ['en', 'de'];

/** Every parameter a download URL may carry, in the order the GraphQL field writes them. */
const known: readonly string[] = [...Object.keys(enumLists), ...idLists, ...ints, ...booleans, 'lang'];

export interface ExportRequest {
  filter: NetworkFilterInput;
  params: ExportParams;
  /** The CSV dialect: "en" (default: "," and ".") or "de" (";" and "," for German Excel). */
  lang: CsvLanguage;
  /** True when some parameter narrows the network. */
  filtered: boolean;
}

function single(query: URLSearchParams, name: string): string | null {
  const values = query.getAll(name);
  if (values.length > 1) throw badInput(name, `given ${values.length} times; give it once.`, values);
  return values[0] ?? null;
}

function list(query: URLSearchParams, name: string): string[] | null {
  const values = query.getAll(name).flatMap((v) => v.split(','));
  if (values.length === 0) return null;
  if (values.some((v) => v.trim() === '')) {
    throw badInput(name, 'has an empty value; leave the parameter out for no restriction.', query.getAll(name).join(','));
  }
  return values.map((v) => v.trim());
}

function int(query: URLSearchParams, name: string): number | null {
  const raw = single(query, name);
  if (raw === null) return null;
  if (!/^-?\d+$/.test(raw.trim())) throw badInput(name, `must be a whole number, got "${raw}".`, raw);
  return Number(raw);
}

function bool(query: URLSearchParams, name: string): boolean | null {
  const raw = single(query, name);
  if (raw === null) return null;
  if (raw !== 'true' && raw !== 'false') throw badInput(name, `must be true or false, got "${raw}".`, raw);
  return raw === 'true';
}

/** The filter and CSV dialect of a download URL's query string; throws BAD_USER_INPUT naming the parameter. */
export function parseExportQuery(query: URLSearchParams): ExportRequest {
  for (const name of new Set(query.keys())) {
    if (!known.includes(name)) throw badInput(name, `is not a parameter of the network export; allowed: ${known.join(', ')}.`);
  }
  const filter: NetworkFilterInput = {};
  for (const [name, allowed] of Object.entries(enumLists)) {
    // oneOf names the parameter and lists the allowed values, as the schema's enums would.
    Object.assign(filter, { [name]: oneOf(name, list(query, name), allowed) });
  }
  for (const name of idLists) filter[name] = list(query, name);
  for (const name of ints) filter[name] = int(query, name);
  for (const name of booleans) filter[name] = bool(query, name);
  const lang = single(query, 'lang') ?? 'en';
  if (!languages.includes(lang as CsvLanguage)) throw badInput('lang', `"${lang}" is not one of ${languages.join(', ')}.`, lang);
  const filtered = [...query.keys()].some((k) => k !== 'lang');
  return { filter, params: exportParams(filter, ''), lang: lang as CsvLanguage, filtered };
}

/** The query string of a download URL for this filter ("" for none): the GraphQL field's link. */
export function exportQueryString(filter: NetworkFilterInput, lang: CsvLanguage | null): string {
  const query = new URLSearchParams();
  const values = filter as Record<string, unknown>;
  for (const name of known) {
    const v = name === 'lang' ? lang : values[name];
    if (v === null || v === undefined) continue;
    // The GraphQL defaults (includeProjects: true, includeMemberships: false) are the URL's too.
    if ((name === 'includeProjects' && v === true) || (name === 'includeMemberships' && v === false)) continue;
    query.set(name, Array.isArray(v) ? v.join(',') : String(v));
  }
  return query.toString();
}
