// A CORDIS package the size of Horizon Europe's, made from a seed: project.csv and organization.csv
// in CORDIS's columns (`;`, every cell quoted, UTF-8), zipped as the download is. Participants come
// from a pool of organisations in many countries with CORDIS's upper-case names in towns of the
// gazetteer (seed/data/towns.csv), so the import places them; about a tenth of the projects have a
// participant in Berlin or Brandenburg (NUTS DE3, DE4), among them the region's real institutions
// under the names CORDIS would give them (upper case, no diacritics), so matching has work.
import { writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { readCsvRecords } from '../../seed/csv.ts';
import type { Dataset } from '../../seed/dataset.ts';
import { createRng, type Rng } from '../../seed/random.ts';
import { type Country, cordisText, countries, fields, kinds, proper, trades, words } from './cordis-names.ts';

export interface PackageOptions {
  projects: number;
  /** Organisations outside the region the participants are drawn from. */
  pool: number;
  seed: number;
}

/** A real institution as the package names it, by its PIC. */
export interface Planted {
  pic: string;
  id: string;
  name: string;
}

export interface GeneratedPackage {
  projectRows: number;
  organizationRows: number;
  regionalProjects: number;
  planted: Planted[];
  bytes: number;
}

const projectHeader = [
  'id',
  'acronym',
  'status',
  'title',
  'startDate',
  'endDate',
  'totalCost',
  'ecMaxContribution',
  'legalBasis',
  'topics',
  'ecSignatureDate',
  'frameworkProgramme',
  'masterCall',
  'subCall',
  'fundingScheme',
  'nature',
  'objective',
  'contentUpdateDate',
  'rcn',
  'grantDoi',
];
const organizationHeader = [
  'projectID',
  'projectAcronym',
  'organisationID',
  'vatNumber',
  'name',
  'shortName',
  'SME',
  'activityType',
  'street',
  'postCode',
  'city',
  'country',
  'nutsCode',
  'geolocation',
  'organizationURL',
  'contactForm',
  'contentUpdateDate',
  'rcn',
  'order',
  'role',
  'ecContribution',
  'netEcContribution',
  'totalCost',
  'endOfParticipation',
  'active',
];

const quote = (cells: readonly (string | number)[]) => `${cells.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(';')}\n`;

interface Org {
  pic: string;
  name: string;
  shortName: string;
  kind: string;
  sme: boolean;
  city: string;
  country: string;
  nuts: string;
}

interface Town {
  name: string;
  country: string;
  population: number;
}

function townsByCountry(): Map<string, Town[]> {
  const out = new Map<string, Town[]>();
  for (const r of readCsvRecords(new URL('../../seed/data/towns.csv', import.meta.url))) {
    const town = { name: r.name ?? '', country: r.country ?? '', population: Number(r.population) };
    out.set(town.country, [...(out.get(town.country) ?? []), town]);
  }
  return out;
}

function poolOrganization(rng: Rng, i: number, towns: Map<string, Town[]>): Org {
  const country: Country = rng.weighted(countries, (c) => c.weight);
  const town = rng.weighted(towns.get(country.iso) ?? [], (t) => Math.sqrt(t.population));
  const city = cordisText(town.name);
  const kind = rng.weighted(kinds, (k) => k.weight).code;
  const name = proper(i);
  const full = {
    PRC: `${name} ${rng.pick(trades)} ${rng.pick(country.forms)}`,
    HES: `${name} UNIVERSITY ${city}`,
    REC: `${name} INSTITUTE FOR ${rng.pick(fields)}`,
    PUB: `${name} AGENCY OF ${city}`,
    OTH: `${name} FOUNDATION`,
  }[kind];
  const nuts = `${rng.pick(country.nuts)}${rng.int(1, 9)}${rng.int(1, 9)}`;
  return {
    pic: String(900_000_000 + i),
    name: full,
    shortName: rng.chance(0.4) ? name : '',
    kind,
    sme: kind === 'PRC' && rng.chance(0.6),
    city,
    country: country.code,
    nuts,
  };
}

/** Firms and bodies in Berlin and Brandenburg, and the real institutions under CORDIS's names. */
function regionalOrganizations(rng: Rng, demo: Dataset, count: number): { orgs: Org[]; planted: Planted[] } {
  const places = new Map(demo.places.map((p) => [p.id, p.name]));
  const nuts = (city: string) => (city === 'BERLIN' ? 'DE300' : `DE40${rng.pick(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B'])}`);
  const planted: Planted[] = [];
  const orgs: Org[] = [];
  const research = demo.organizations.filter((o) => !o.synthetic && (o.kind === 'university' || o.kind === 'research_institute'));
  for (const [k, o] of research.entries()) {
    const pic = String(990_000_000 + k);
    // Remarks in parentheses are the list's, not the name's.
    const name = cordisText(o.name.replace(/\s*\([^)]*\)\s*$/, '')).trim();
    const city = cordisText(places.get(o.placeId) ?? 'Berlin');
    planted.push({ pic, id: o.id, name });
    orgs.push({
      pic,
      name,
      shortName: o.shortName,
      kind: o.kind === 'university' ? 'HES' : 'REC',
      sme: false,
      city,
      country: 'DE',
      nuts: nuts(city),
    });
  }
  const towns = ['Berlin', ...demo.places.map((p) => p.name)];
  for (let i = 0; i < count; i += 1) {
    const city = cordisText(rng.chance(0.55) ? 'Berlin' : rng.pick(towns));
    const kind = rng.weighted(kinds, (k) => (k.code === 'PRC' ? 80 : 5)).code;
    const name = `${proper(20_000 + i)} ${kind === 'PRC' ? `${rng.pick(trades)} GMBH` : 'EV'}`;
    orgs.push({ pic: String(980_000_000 + i), name, shortName: '', kind, sme: kind === 'PRC', city, country: 'DE', nuts: nuts(city) });
  }
  return { orgs, planted };
}

function sentence(rng: Rng, count: number): string {
  return Array.from({ length: count }, () => rng.pick(words)).join(' ');
}

export function writeCordisPackage(file: string, demo: Dataset, o: PackageOptions): GeneratedPackage {
  const rng = createRng(o.seed, 'cordis-package');
  const towns = townsByCountry();
  const pool = Array.from({ length: o.pool }, (_, i) => poolOrganization(rng, i, towns));
  const regional = regionalOrganizations(rng, demo, Math.round(o.pool / 20));
  const institutions = regional.orgs.slice(0, regional.planted.length);
  const firms = regional.orgs.slice(regional.planted.length);
  const unplaced = [...institutions];
  // A few organisations take part in many projects, most in one or two, as in CORDIS.
  const popular = <T>(items: readonly T[]) => items[Math.floor(items.length * rng.next() ** 2.5)] as T;

  const projects: string[] = [quote(projectHeader)];
  const organizations: string[] = [quote(organizationHeader)];
  let regionalProjects = 0;
  const used = new Set<string>();
  for (let i = 0; i < o.projects; i += 1) {
    const id = String(101_000_000 + i);
    const acronym = `${proper(i * 7)}${i % 100}`;
    const year = rng.int(2021, 2025);
    const start = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-01`;
    const end = `${year + rng.int(2, 5)}-${String(rng.int(1, 12)).padStart(2, '0')}-28`;
    const size = rng.chance(0.7) ? rng.int(2, 10) : rng.int(8, 20);
    const members = new Map<string, Org>();
    if (rng.chance(0.1)) {
      regionalProjects += 1;
      const local = rng.int(1, 3);
      for (let k = 0; k < local; k += 1) {
        const org = unplaced.shift() ?? (rng.chance(0.4) ? popular(institutions) : rng.pick(firms));
        members.set(org.pic, org);
      }
    }
    while (members.size < size) {
      const org = popular(pool);
      members.set(org.pic, org);
    }
    const cost = rng.int(500_000, 12_000_000);
    projects.push(
      quote([
        id,
        acronym,
        'SIGNED',
        `${sentence(rng, 6)} (${acronym})`,
        start,
        end,
        cost,
        Math.round(cost * 0.9),
        'HORIZON.2.4',
        'HORIZON-CL4-2023-RESILIENCE-01-12',
        `${year - 1}-11-30`,
        'HORIZON',
        'HORIZON-CL4-2023-RESILIENCE-01',
        'HORIZON-CL4-2023-RESILIENCE-01',
        'HORIZON-RIA',
        '',
        `${sentence(rng, 150)}; a "quoted" word.`,
        '2025-03-05 10:11:12',
        String(250_000 + i),
        `10.3030/${id}`,
      ]),
    );
    for (const pic of members.keys()) used.add(pic);
    const order = rng.shuffle([...members.values()]);
    for (const [k, org] of order.entries()) {
      const role = k === 0 ? 'coordinator' : rng.chance(0.08) ? rng.pick(['thirdParty', 'associatedPartner']) : 'participant';
      const ec = role === 'associatedPartner' ? 0 : rng.int(50_000, 2_000_000);
      organizations.push(
        quote([
          id,
          acronym,
          org.pic,
          '',
          org.name,
          org.shortName,
          String(org.sme),
          org.kind,
          `${proper(k + i)}STRASSE ${k + 1}`,
          String(10_000 + (i % 89_999)),
          org.city,
          org.country,
          org.nuts,
          '',
          '',
          '',
          '2025-03-05 10:11:12',
          String(i * 30 + k),
          k + 1,
          role,
          ec,
          ec,
          Math.round(ec * 1.1),
          'false',
          'true',
        ]),
      );
    }
  }
  const zip = zipSync({ 'project.csv': strToU8(projects.join('')), 'organization.csv': strToU8(organizations.join('')) }, { level: 6 });
  writeFileSync(file, zip);
  return {
    projectRows: projects.length - 1,
    organizationRows: organizations.length - 1,
    regionalProjects,
    planted: regional.planted.filter((p) => used.has(p.pic)),
    bytes: zip.length,
  };
}
