// All ties of the demo network in a fixed order: planted structures first, then random
// projects and cooperations around them, then the checks that keep the planted gaps exact.
import type { Dataset, OrganizationRow, PlaceRow } from './dataset.ts';
import type { Firm } from './companies.ts';
import type { Lab } from './partners.ts';
import type { TieContext } from './ledger.ts';
import { TieLedger } from './ledger.ts';
import { FirmPool, LabPool } from './partners.ts';
import { createRng } from './random.ts';
import { BERLIN_ID } from './geography.ts';
import { generateProjects } from './projects.ts';
import { generateCooperations } from './cooperations.ts';
import { ensureCutOffTies, plantBrokerBridges, plantBrokerGroup, plantInstituteWithoutIndustry, plantWhiteSpotProject } from './plant.ts';
import { INSTITUTE_WITHOUT_INDUSTRY_ID, RESEARCH_KINDS, brokerGroup } from './planted.ts';

// 350 projects and 1,150 cooperations for the cluster's 2,600 firms, scaled linearly.
export const projectsFor = (companies: number): number => Math.max(10, Math.round((350 * companies) / 2600));
export const cooperationsFor = (companies: number): number => Math.max(20, Math.round((1150 * companies) / 2600));

// Research organisations with at least one cluster competence; the others (arts, medicine,
// social sciences) have nothing to offer a metal firm and get no ties.
export function researchLabs(
  organizations: readonly OrganizationRow[],
  orgCompetences: Dataset['orgCompetences'],
  places: readonly PlaceRow[],
): Lab[] {
  const districtOf = new Map(places.map((p) => [p.id, p.districtId]));
  const competencesOf = new Map<string, string[]>();
  for (const { orgId, competenceId } of orgCompetences) competencesOf.set(orgId, [...(competencesOf.get(orgId) ?? []), competenceId]);
  return organizations
    .filter((o) => RESEARCH_KINDS.includes(o.kind) && (competencesOf.get(o.id)?.length ?? 0) > 0)
    .map((row) => {
      const districtId = districtOf.get(row.placeId) ?? BERLIN_ID;
      return { row, districtId, competences: competencesOf.get(row.id) ?? [], brandenburg: districtId !== BERLIN_ID, ties: 0 };
    });
}

export interface TieInput {
  seed: number;
  firms: readonly Firm[];
  labs: readonly Lab[];
  actors: readonly OrganizationRow[];
  projects: number;
  cooperations: number;
}

export function generateTies(input: TieInput): Pick<Dataset, 'projects' | 'participations' | 'cooperations'> {
  const rng = createRng(input.seed, 'ties');
  // The institute without industry partners is kept out of the random draws entirely.
  const poolLabs = input.labs.filter((lab) => lab.row.id !== INSTITUTE_WITHOUT_INDUSTRY_ID);
  const ledger = new TieLedger(input.projects);
  const ctx: TieContext = {
    rng,
    firms: input.firms,
    firmPool: new FirmPool(input.firms, rng),
    labPool: new LabPool(poolLabs, rng),
    labById: new Map(input.labs.map((lab) => [lab.row.id, lab])),
    actorById: new Map(input.actors.map((a) => [a.id, a])),
    ledger,
  };
  const [broker, ...rest] = input.firms;
  if (!broker) throw new Error('no firms to tie');
  const group = rest.slice(0, brokerGroup.length);
  plantInstituteWithoutIndustry(ctx);
  plantBrokerGroup(ctx, broker, group);
  plantWhiteSpotProject(ctx);
  generateProjects(ctx, input.projects - ledger.projects.length);
  generateCooperations(ctx, input.cooperations - ledger.cooperations.length - 3);
  plantBrokerBridges(ctx, broker);
  ensureCutOffTies(ctx);
  return { projects: ledger.projects, participations: ledger.participations, cooperations: ledger.cooperations };
}
