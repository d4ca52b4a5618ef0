// Random funded projects: a programme, a lead (firm, research organisation or intermediary),
// research partners when the programme and the planted gaps allow, and firms nearby with a
// shared competence. Sizes are heavy-tailed: most have 2–5 participants, a few up to 15.
import type { Firm } from './companies.ts';
import type { Programme } from './programmes.ts';
import type { Anchor, Lab } from './partners.ts';
import type { TieContext } from './ledger.ts';
import { projectDates } from './ledger.ts';
import { programmes, researchProgrammes } from './programmes.ts';
import { projectTitle } from './project-titles.ts';
import { chambersOf, CLUSTER_ID, WFBB_ID } from './actors.ts';
import { WHITE_SPOT_COMPETENCE_ID } from './planted.ts';

interface Lead {
  id: string;
  anchor: Anchor;
  competences: readonly string[];
  founded: number;
  researchBarred: boolean;
  firm?: Firm;
  lab?: Lab;
}

const anchorOf = (row: { lat: number; lon: number }, districtId: string): Anchor => ({ lat: row.lat, lon: row.lon, districtId });

function sampleSize(ctx: TieContext, [min, max, tail]: Programme['size']): number {
  return Math.min(max, min + Math.floor(ctx.rng.pareto(tail) - 1));
}

function pickLead(ctx: TieContext, programme: Programme): Lead | undefined {
  const { rng } = ctx;
  const r = rng.next();
  if (r < programme.leadBy.research) {
    const lab = ctx.labPool.pick([], undefined, new Set());
    if (!lab) return undefined;
    const anchor = anchorOf(lab.row, lab.districtId);
    return { id: lab.row.id, anchor, competences: lab.competences, founded: 0, researchBarred: false, lab };
  }
  // Half the leads are drawn uniformly, so that not only the hubs start projects.
  const firm = ctx.firmPool.pickAny((f) => f.founded <= programme.to && !(programme.needsResearch && f.researchBarred), rng.chance(0.5));
  if (!firm) return undefined;
  if (r < programme.leadBy.research + programme.leadBy.actor) {
    // An intermediary leads (skills, networks): the chamber of a firm's region.
    const chambers = chambersOf(firm.districtId);
    const actor = ctx.actorById.get(rng.chance(0.4) ? chambers.hwk : chambers.ihk);
    if (!actor) return undefined;
    const anchor = anchorOf(firm.row, firm.districtId);
    return { id: actor.id, anchor, competences: firm.competences, founded: 0, researchBarred: false };
  }
  const anchor = anchorOf(firm.row, firm.districtId);
  const { competences, founded, researchBarred } = firm;
  return { id: firm.row.id, anchor, competences, founded, researchBarred, firm };
}

function makeProject(ctx: TieContext): boolean {
  const { rng } = ctx;
  const programme = rng.chance(0.03) ? rng.weighted(researchProgrammes, (p) => p.weight) : rng.weighted(programmes, (p) => p.weight);
  const lead = pickLead(ctx, programme);
  if (!lead) return false;
  const year = rng.int(Math.max(programme.from, lead.founded), programme.to);
  const competenceIds = rng.sample(lead.competences, rng.int(1, Math.min(3, lead.competences.length)));
  // The planted gaps: no research partner for a barred lead or a foundry topic.
  const researchAllowed = !lead.researchBarred && !competenceIds.includes(WHITE_SPOT_COMPETENCE_ID);
  if (programme.needsResearch && !researchAllowed) return false;
  const size = sampleSize(ctx, programme.size);
  const [chance, min, max] = programme.research;
  let research = researchAllowed && rng.chance(chance) ? rng.int(min, max) : 0;
  if (programme.researchOnly) research = Math.max(size, 2);
  else research = Math.min(research, size - 1); // at least one firm
  const members = [lead.id];
  const chosen = new Set(members);
  for (let k = lead.lab ? 1 : 0; k < research; k++) {
    const lab = ctx.labPool.pick(competenceIds, lead.anchor, chosen);
    if (!lab) break;
    members.push(lab.row.id);
    chosen.add(lab.row.id);
  }
  const hasResearch = members.some((id) => ctx.labById.has(id));
  const firmsIn: Firm[] = lead.firm ? [lead.firm] : [];
  const accept = (f: Firm) => !chosen.has(f.row.id) && f.founded <= year && !(hasResearch && f.researchBarred);
  while (!programme.researchOnly && members.length < size) {
    const firm = ctx.firmPool.pickNear(lead.anchor, competenceIds, accept);
    if (!firm) break;
    members.push(firm.row.id);
    chosen.add(firm.row.id);
    firmsIn.push(firm);
  }
  const actionFieldId = rng.weighted(Object.keys(programme.fields), (f) => programme.fields[f] ?? 0);
  // Intermediaries join skills projects (the regional chamber) and network projects.
  if (lead.firm && actionFieldId === 'fachkraefte' && rng.chance(0.4)) members.push(chambersOf(lead.firm.districtId).ihk);
  if (actionFieldId === 'kooperation' && rng.chance(0.2)) {
    const actor = rng.chance(0.5) ? CLUSTER_ID : WFBB_ID;
    if (!chosen.has(actor)) members.push(actor);
  }
  if (members.length < 2 || (programme.needsResearch && !hasResearch)) return false;
  const industries = lead.firm?.industries ?? [];
  ctx.ledger.addProject(
    {
      title: projectTitle(rng, {
        actionFieldId,
        competenceId: competenceIds[0] ?? 'maschinenbau',
        industryId: industries.length > 0 ? rng.pick(industries) : undefined,
        districtId: lead.anchor.districtId,
        crossBorder: programme.name.startsWith('Interreg'),
      }),
      level: programme.level,
      ...projectDates(year, rng.int(1, 12), rng.int(programme.years[0], programme.years[1])),
      programme: programme.name,
      synthetic: true,
      actionFieldId,
      competenceIds,
    },
    members,
  );
  for (const id of members) {
    const lab = ctx.labById.get(id);
    if (lab) ctx.labPool.noteTie(lab);
  }
  for (const firm of firmsIn) ctx.firmPool.noteTie(firm);
  return true;
}

export function generateProjects(ctx: TieContext, count: number): void {
  let made = 0;
  for (let attempt = 0; made < count && attempt < count * 20; attempt++) {
    if (makeProject(ctx)) made++;
  }
}
