// The synthetic firms: heavy-tailed head counts summing to the cluster's total, founding years
// skewed to after 1990, Brandenburg places, a metal-working competence profile.
import type { OrganizationRow, PlaceRow, SizeClass } from './dataset.ts';
import type { Rng } from './random.ts';
import { createRng } from './random.ts';
import { companyId } from './ids.ts';
import { jitter } from './geography.ts';
import { createNamer } from './company-names.ts';
import { companyPlaces, foundryTowns } from './company-places.ts';
import { drawCompetences, drawIndustries } from './company-profile.ts';
import {
  BROKER_NAME,
  BROKER_PLACE_ID,
  CUT_OFF_DISTRICT_ID,
  WHITE_SPOT_COMPETENCE_ID,
  brokerGroup,
  whiteSpotHolderCount,
} from './planted.ts';

// A firm as the tie generators see it; `row` is what the dataset gets.
export interface Firm {
  index: number;
  row: OrganizationRow;
  districtId: string;
  competences: string[];
  industries: string[];
  founded: number;
  sizeClass: SizeClass;
  active: boolean; // may get random ties; the rest stay isolated
  locked: boolean; // planted broker group: ties only by construction
  researchBarred: boolean; // planted gaps: never tied to a research organisation
}

// The cluster's own figures: 2,600 firms with 38,200 employees (metall-brandenburg.de).
export const employeesFor = (companies: number): number => Math.round((38200 * companies) / 2600);

export const sizeClassOf = (employees: number): SizeClass =>
  employees < 10 ? 'micro' : employees < 50 ? 'small' : employees < 250 ? 'medium' : 'large';

// Every firm has one employee; the rest are shared out in proportion to lognormal weights
// (largest remainder), so the total is exact and the tail heavy. The broker is mid-sized.
function headcounts(rng: Rng, count: number, total: number): number[] {
  const weights = Array.from({ length: count }, () => Math.min(rng.lognormal(0, 1.35), 150));
  const mean = weights.reduce((a, b) => a + b, 0) / count;
  weights[0] = 7 * mean;
  const sum = weights.reduce((a, b) => a + b, 0);
  const rest = total - count;
  const exact = weights.map((w) => (w * rest) / sum);
  const counts = exact.map((x) => 1 + Math.floor(x));
  let missing = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (missing-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

// Founding years 1870–2023: most firms are (re)founded after 1990; big ones are older.
function foundingYear(rng: Rng, sizeClass: SizeClass): number {
  const old = sizeClass === 'large' ? 0.35 : sizeClass === 'medium' ? 0.18 : 0.08;
  const r = rng.next();
  if (r < old / 2) return rng.int(1870, 1945);
  if (r < old) return rng.int(1946, 1989);
  if (r < old + 0.35) return 1990 + Math.floor(10 * Math.pow(rng.next(), 1.8));
  // Firms of 50 and more take years to grow: none of them is younger than ten years.
  return rng.int(2000, sizeClass === 'micro' || sizeClass === 'small' ? 2023 : 2015);
}

const activeShare: Readonly<Record<SizeClass, number>> = { micro: 0.8, small: 0.9, medium: 0.95, large: 1 };

// Picks the foundry firms: weighted sampling without replacement (Efraimidis–Spirakis keys).
function foundryHolders(rng: Rng, firms: readonly Firm[], count: number): Set<number> {
  const keyed = firms
    .filter((f) => !f.locked && f.index !== 0)
    .map((f) => {
      const affinity = f.competences.some((c) => c === 'umformtechnik' || c === 'werkstoffe' || c === 'maschinenbau') ? 2 : 1;
      const weight = (foundryTowns[f.row.placeId] ?? 1) * affinity;
      return { index: f.index, key: Math.pow(rng.next(), 1 / weight) };
    });
  keyed.sort((a, b) => b.key - a.key || a.index - b.index);
  return new Set(keyed.slice(0, count).map((k) => k.index));
}

// The cut-off district needs a few firms even in a small dataset; big ones have dozens.
const MIN_CUT_OFF_FIRMS = 3;

function ensureCutOffFirms(rng: Rng, firms: Firm[], places: readonly PlaceRow[]): void {
  const targets = places.filter((p) => p.districtId === CUT_OFF_DISTRICT_ID);
  const missing = MIN_CUT_OFF_FIRMS - firms.filter((f) => f.districtId === CUT_OFF_DISTRICT_ID).length;
  const movable = firms.filter((f) => f.index > brokerGroup.length && f.districtId !== CUT_OFF_DISTRICT_ID);
  for (const firm of movable.slice(0, Math.max(0, missing))) {
    const at = rng.pick(targets);
    Object.assign(firm.row, { placeId: at.id }, jitter(at, 2, rng.next(), rng.next()));
    firm.districtId = at.districtId;
  }
}

const brokerProfile = { placeId: BROKER_PLACE_ID, competences: ['stahlbau', 'maschinenbau', 'fuegetechnik'] } as const;

export function generateCompanies(count: number, seed: number, places: readonly PlaceRow[]): Firm[] {
  const rng = createRng(seed, 'companies');
  const weighted = companyPlaces(places);
  const placeById = new Map(places.map((p) => [p.id, p]));
  const place = (id: string): PlaceRow => {
    const found = placeById.get(id);
    if (!found) throw new Error(`planted firm at unknown place ${id}`);
    return found;
  };
  const heads = headcounts(rng, count, employeesFor(count));
  const firms: Firm[] = heads.map((employees, index) => {
    const sizeClass = sizeClassOf(employees);
    const planted = index === 0 ? brokerProfile : brokerGroup[index - 1];
    const at = planted ? place(planted.placeId) : rng.weighted(weighted, (wp) => wp.weight).place;
    const competences = planted ? [...planted.competences] : drawCompetences(rng, sizeClass);
    const site = jitter(at, 2, rng.next(), rng.next());
    const founded = foundingYear(rng, sizeClass);
    const row: OrganizationRow = {
      id: companyId(index, count),
      kind: 'company',
      name: '', // named below, once the foundry competence is known
      shortName: '',
      placeId: at.id,
      ...site,
      synthetic: true,
      employees,
      founded,
      sizeClass,
      source: 'synthetic: invented by seed/generate.ts',
      confidence: 'synthetic',
    };
    return {
      index,
      row,
      districtId: at.districtId,
      competences,
      industries: [],
      founded,
      sizeClass,
      active: index === 0 || (!planted && rng.chance(activeShare[sizeClass])),
      locked: planted !== undefined && index !== 0,
      researchBarred: false,
    };
  });
  ensureCutOffFirms(
    rng,
    firms,
    weighted.map((wp) => wp.place),
  );
  for (const index of foundryHolders(rng, firms, whiteSpotHolderCount(count))) {
    const firm = firms[index];
    if (!firm) continue;
    // Most foundry firms are foundries first; some only cast besides their main trade.
    if (rng.chance(0.6)) firm.competences.unshift(WHITE_SPOT_COMPETENCE_ID);
    else firm.competences.push(WHITE_SPOT_COMPETENCE_ID);
    if (firm.competences.length > 4) firm.competences.splice(3, 1);
  }
  const namer = createNamer(rng, [BROKER_NAME, ...brokerGroup.map((g) => g.name)]);
  for (const firm of firms) {
    firm.industries = drawIndustries(rng, firm.competences, firm.row.placeId);
    firm.researchBarred = firm.locked || firm.districtId === CUT_OFF_DISTRICT_ID || firm.competences.includes(WHITE_SPOT_COMPETENCE_ID);
    const planted = firm.index === 0 ? BROKER_NAME : brokerGroup[firm.index - 1]?.name;
    const named = planted
      ? { name: planted, shortName: planted.replace(/ (GmbH & Co\. KG|GmbH|e\.K\.)$/, '') }
      : namer({ competence: firm.competences[0] ?? 'maschinenbau', districtId: firm.districtId, sizeClass: firm.sizeClass });
    firm.row.name = named.name;
    firm.row.shortName = named.shortName;
  }
  return firms;
}
