// The ties made so far (projects, participations, cooperations) and what the tie generators
// share. The ledger refuses what would break the dataset's rules: a duplicate cooperation pair
// in either direction, a self-cooperation, a project with fewer than two participants.
import type { CooperationKind, Dataset, OrganizationRow, ParticipationRole, ProjectRow } from './dataset.ts';
import type { Firm } from './companies.ts';
import type { FirmPool, Lab, LabPool } from './partners.ts';
import type { Rng } from './random.ts';
import { projectId } from './ids.ts';

export class TieLedger {
  readonly projects: ProjectRow[] = [];
  readonly participations: Dataset['participations'] = [];
  readonly cooperations: Dataset['cooperations'] = [];
  private readonly pairs = new Set<string>();
  private readonly tied = new Set<string>();

  constructor(private readonly projectTotal: number) {}

  private static key(a: string, b: string): string {
    return a < b ? `${a}|${b}` : `${b}|${a}`;
  }

  hasPair(a: string, b: string): boolean {
    return this.pairs.has(TieLedger.key(a, b));
  }

  isTied(id: string): boolean {
    return this.tied.has(id);
  }

  addCooperation(fromId: string, toId: string, since: number, kind: CooperationKind): boolean {
    if (fromId === toId || this.hasPair(fromId, toId)) return false;
    this.pairs.add(TieLedger.key(fromId, toId));
    this.cooperations.push({ fromId, toId, since, kind, synthetic: true });
    this.tied.add(fromId);
    this.tied.add(toId);
    return true;
  }

  // Members in order, the first leads; the id comes from the running count.
  addProject(project: Omit<ProjectRow, 'id'>, memberIds: readonly string[]): ProjectRow {
    const unique = new Set(memberIds);
    if (unique.size !== memberIds.length || unique.size < 2) {
      throw new Error(`project "${project.title}" needs two or more distinct participants`);
    }
    const row: ProjectRow = { id: projectId(this.projects.length, this.projectTotal), ...project };
    this.projects.push(row);
    memberIds.forEach((orgId, k) => {
      const role: ParticipationRole = k === 0 ? 'lead' : 'partner';
      this.participations.push({ orgId, projectId: row.id, role });
      this.tied.add(orgId);
    });
    return row;
  }
}

export interface TieContext {
  rng: Rng;
  firms: readonly Firm[];
  firmPool: FirmPool;
  labPool: LabPool;
  labById: ReadonlyMap<string, Lab>;
  actorById: ReadonlyMap<string, OrganizationRow>;
  ledger: TieLedger;
}

// ISO dates of a project that starts on the first of a month and runs whole years.
export function projectDates(year: number, month: number, years: number): { start: string; end: string } {
  const start = new Date(Date.UTC(year, month - 1, 1));
  const end = new Date(Date.UTC(year + years, month - 1, 1) - 86_400_000);
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

// A year from `from` to 2025, skewed towards recent years (most ties are young).
export function recentYear(rng: Rng, from: number, last = 2025): number {
  const lo = Math.min(from, last);
  return lo + Math.floor((last - lo + 1) * Math.pow(rng.next(), 0.7));
}
