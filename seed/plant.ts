// Builds the ties of the planted gaps (see planted.ts for what each must satisfy). Random
// ties never touch the broker group or the institute, so these are their only ties.
import type { Firm } from './companies.ts';
import type { TieContext } from './ledger.ts';
import { projectDates, recentYear } from './ledger.ts';
import { distanceKm } from './geography.ts';
import {
  BROKER_PROJECT_TITLE,
  CUT_OFF_DISTRICT_ID,
  INSTITUTE_WITHOUT_INDUSTRY_ID,
  WHITE_SPOT_COMPETENCE_ID,
  WHITE_SPOT_PROJECT_TITLE,
} from './planted.ts';

const IKZ = INSTITUTE_WITHOUT_INDUSTRY_ID;

// The institute works with institutes and universities only: three joint research projects
// and two direct cooperations, all without a firm.
export function plantInstituteWithoutIndustry(ctx: TieContext): void {
  const research = { level: 'national', synthetic: true, actionFieldId: 'innovation' } as const;
  const projects = [
    {
      title: 'Volumenkristalle aus Galliumoxid für die Leistungselektronik',
      programme: 'Leibniz-Wettbewerb',
      dates: projectDates(2019, 1, 3),
      competenceIds: ['werkstoffe', 'leistungselektronik', 'mikroelektronik'],
      members: [IKZ, 'lbz-fbh', 'lbz-pdi'],
    },
    {
      title: 'Aluminiumnitrid-Substrate für UV-Leuchtdioden',
      programme: 'DFG-Schwerpunktprogramm',
      dates: projectDates(2021, 4, 3),
      competenceIds: ['werkstoffe', 'photonik'],
      members: [IKZ, 'lbz-fbh', 'hs-tu-berlin'],
    },
    {
      title: 'Siliziumkristalle mit geringer Versetzungsdichte für die Photovoltaik',
      programme: 'DFG-Schwerpunktprogramm',
      dates: projectDates(2016, 10, 3),
      competenceIds: ['werkstoffe', 'energiespeicher'],
      members: ['oth-hzb', IKZ, 'hs-hu-berlin'],
    },
  ];
  for (const p of projects) {
    for (const id of p.members) {
      if (id !== IKZ && !ctx.labById.has(id)) throw new Error(`planted institute project: ${id} is no research organisation`);
    }
    ctx.ledger.addProject({ ...research, title: p.title, programme: p.programme, ...p.dates, competenceIds: p.competenceIds }, p.members);
  }
  ctx.ledger.addCooperation(IKZ, 'hs-hu-berlin', 2010, 'research');
  ctx.ledger.addCooperation(IKZ, 'lbz-pdi', 2015, 'research');
}

// The broker group: a project led by the broker with five of the group, and a chain of
// cooperations through the group, so the group hangs together and on the broker alone.
export function plantBrokerGroup(ctx: TieContext, broker: Firm, group: readonly Firm[]): void {
  const { rng, ledger } = ctx;
  const inProject = group.slice(0, 5);
  const start = Math.max(2016, broker.founded, ...inProject.map((f) => f.founded));
  ledger.addProject(
    {
      title: BROKER_PROJECT_TITLE,
      level: 'regional',
      ...projectDates(Math.min(start, 2024), 7, 2),
      programme: 'ProFIT Brandenburg',
      synthetic: true,
      actionFieldId: 'kooperation',
      competenceIds: ['stahlbau', 'fuegetechnik', 'zerspanung'],
    },
    [broker.row.id, ...inProject.map((f) => f.row.id)],
  );
  const since = (a: Firm, b: Firm) => recentYear(rng, Math.max(1995, a.founded, b.founded));
  group.forEach((firm, k) => {
    const next = group[k + 1];
    if (next) ledger.addCooperation(firm.row.id, next.row.id, since(firm, next), k % 2 === 0 ? 'supply' : 'service');
  });
  for (const firm of group.slice(5)) ledger.addCooperation(broker.row.id, firm.row.id, since(broker, firm), 'supply');
}

// The broker's ties to the rest: nearby firms that share a project with the busiest research
// organisation, so the bridge leads into the network's core, not into a stray pair.
export function plantBrokerBridges(ctx: TieContext, broker: Firm, count = 3): void {
  const hub = [...ctx.labById.values()].reduce((a, b) => (b.ties > a.ties ? b : a));
  const hubProjects = new Set(ctx.ledger.participations.filter((p) => p.orgId === hub.row.id).map((p) => p.projectId));
  const core = new Set(ctx.ledger.participations.filter((p) => hubProjects.has(p.projectId)).map((p) => p.orgId));
  const eligible = (f: Firm) => f !== broker && !f.locked && !ctx.ledger.hasPair(broker.row.id, f.row.id);
  let candidates = ctx.firms.filter((f) => eligible(f) && core.has(f.row.id));
  if (candidates.length === 0) candidates = ctx.firms.filter((f) => eligible(f) && ctx.ledger.isTied(f.row.id));
  for (let made = 0; made < count && candidates.length > 0; made++) {
    const partner = ctx.rng.weighted(candidates, (f) => 0.01 + Math.exp(-distanceKm(broker.row, f.row) / 45));
    candidates = candidates.filter((f) => f !== partner);
    const since = recentYear(ctx.rng, Math.max(1995, broker.founded, partner.founded));
    ctx.ledger.addCooperation(broker.row.id, partner.row.id, since, 'supply');
    ctx.firmPool.noteTie(partner);
  }
  if (!ctx.firms.some((f) => f !== broker && !f.locked && ctx.ledger.hasPair(broker.row.id, f.row.id))) {
    throw new Error('the broker found no partner outside its group');
  }
}

// The white spot has at least one project addressing it: foundries working together, with
// no research partner (random projects may add more of the same kind).
export function plantWhiteSpotProject(ctx: TieContext): void {
  const holders = ctx.firms.filter((f) => !f.locked && f.competences.includes(WHITE_SPOT_COMPETENCE_ID));
  const lead = holders.find((f) => f.active) ?? holders[0];
  if (!lead) return;
  const partners = holders
    .filter((f) => f !== lead)
    .sort((a, b) => distanceKm(lead.row, a.row) - distanceKm(lead.row, b.row) || a.index - b.index)
    .slice(0, 2);
  if (partners.length === 0) return;
  const members = [lead, ...partners];
  const year = Math.max(2018, ...members.map((f) => f.founded));
  ctx.ledger.addProject(
    {
      title: WHITE_SPOT_PROJECT_TITLE,
      level: 'national',
      ...projectDates(Math.min(year, 2024), 3, 2),
      programme: 'ZIM',
      synthetic: true,
      actionFieldId: 'kooperation',
      competenceIds: [WHITE_SPOT_COMPETENCE_ID],
    },
    members.map((f) => f.row.id),
  );
  for (const firm of members) ctx.firmPool.noteTie(firm);
}

// The cut-off district must have ties among its firms and to firms elsewhere; random ties
// nearly always give both, this makes sure for any size and seed.
export function ensureCutOffTies(ctx: TieContext): void {
  const inDistrict = ctx.firms.filter((f) => f.districtId === CUT_OFF_DISTRICT_ID && !f.locked);
  const inside = new Set(inDistrict.map((f) => f.row.id));
  const firmIds = new Set(ctx.firms.map((f) => f.row.id));
  let among = false;
  let outward = false;
  for (const c of ctx.ledger.cooperations) {
    const a = inside.has(c.fromId);
    const b = inside.has(c.toId);
    if (a && b) among = true;
    if ((a && !b && firmIds.has(c.toId)) || (b && !a && firmIds.has(c.fromId))) outward = true;
  }
  const [first, second] = inDistrict;
  if (!first) return;
  const tie = (a: Firm, b: Firm) =>
    ctx.ledger.addCooperation(a.row.id, b.row.id, recentYear(ctx.rng, Math.max(1995, a.founded, b.founded)), 'supply');
  if (!among && second) tie(first, second);
  if (!outward) {
    const other = ctx.firms.find((f) => !f.locked && f.index !== 0 && !inside.has(f.row.id) && !ctx.ledger.hasPair(first.row.id, f.row.id));
    if (other) tie(first, other);
  }
}
