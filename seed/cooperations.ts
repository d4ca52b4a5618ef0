// Random direct cooperations: mostly firm–firm (supply, service, development) between nearby
// firms with a shared competence, some firm–research and a few research–research ties.
import type { CooperationKind } from './dataset.ts';
import type { Firm } from './companies.ts';
import type { Lab } from './partners.ts';
import type { TieContext } from './ledger.ts';
import type { Rng } from './random.ts';
import { recentYear } from './ledger.ts';

const firmKinds: readonly (readonly [CooperationKind, number])[] = [
  ['supply', 50],
  ['service', 30],
  ['development', 20],
];
const universityKinds: readonly (readonly [CooperationKind, number])[] = [
  ['research', 40],
  ['development', 30],
  ['training', 30],
];
const instituteKinds: readonly (readonly [CooperationKind, number])[] = [
  ['research', 50],
  ['development', 30],
  ['service', 20],
];

const kindFrom = (rng: Rng, table: readonly (readonly [CooperationKind, number])[]): CooperationKind =>
  rng.weighted(table, ([, w]) => w)[0];

const anchorOf = (firm: Firm) => ({ lat: firm.row.lat, lon: firm.row.lon, districtId: firm.districtId });

function firmWithFirm(ctx: TieContext): boolean {
  const { rng, ledger } = ctx;
  const a = ctx.firmPool.pickAny(() => true, true);
  if (!a) return false;
  const b = ctx.firmPool.pickNear(anchorOf(a), a.competences, (f) => f !== a && !ledger.hasPair(a.row.id, f.row.id));
  if (!b) return false;
  const since = recentYear(rng, Math.max(1990, a.founded, b.founded));
  if (!ledger.addCooperation(a.row.id, b.row.id, since, kindFrom(rng, firmKinds))) return false;
  ctx.firmPool.noteTie(a);
  ctx.firmPool.noteTie(b);
  return true;
}

function firmWithLab(ctx: TieContext): boolean {
  const { rng, ledger } = ctx;
  // The planted gaps: barred firms (cut-off district, foundries, broker group) never reach research.
  const firm = ctx.firmPool.pickAny((f) => !f.researchBarred, true);
  if (!firm) return false;
  const lab = ctx.labPool.pick(firm.competences, anchorOf(firm), new Set());
  if (!lab || ledger.hasPair(firm.row.id, lab.row.id)) return false;
  const kinds = lab.row.kind === 'university' ? universityKinds : instituteKinds;
  if (!ledger.addCooperation(firm.row.id, lab.row.id, recentYear(rng, Math.max(1995, firm.founded)), kindFrom(rng, kinds))) return false;
  ctx.firmPool.noteTie(firm);
  ctx.labPool.noteTie(lab);
  return true;
}

function labWithLab(ctx: TieContext): boolean {
  const { rng, ledger } = ctx;
  const a = ctx.labPool.pick([], undefined, new Set());
  if (!a) return false;
  const anchor = { lat: a.row.lat, lon: a.row.lon, districtId: a.districtId };
  const b: Lab | undefined = ctx.labPool.pick(a.competences, anchor, new Set([a.row.id]));
  if (!b || !ledger.addCooperation(a.row.id, b.row.id, recentYear(rng, 2000), 'research')) return false;
  ctx.labPool.noteTie(a);
  ctx.labPool.noteTie(b);
  return true;
}

export function generateCooperations(ctx: TieContext, count: number): void {
  let made = 0;
  for (let attempt = 0; made < count && attempt < count * 20; attempt++) {
    const r = ctx.rng.next();
    const ok = r < 0.03 ? labWithLab(ctx) : r < 0.17 ? firmWithLab(ctx) : firmWithFirm(ctx);
    if (ok) made++;
  }
}
