// The gap reports that need nothing but Cypher: each validates its arguments and answers from one
// named statement in cypher/gaps/, so they work on any Neo4j 5, with or without GDS.
import type { Database, Params, RowParser } from '../../db.ts';
import { badInput } from '../../errors.ts';
import type { OrganizationKind } from '../../../shared/vocabulary.ts';
import { intInRange } from '../arguments.ts';
import {
  DistrictsRow,
  InternationalReachRow,
  IsolatedRow,
  KpisRow,
  ResearchReachRow,
  ResearchWithoutIndustryRow,
  WhiteSpotRow,
} from './rows.ts';

async function one<T>(db: Database, name: string, params: Params, parser: RowParser<T>): Promise<T> {
  const [row] = await db.read(name, params, parser);
  if (!row) throw new Error(`${name} returned no row`);
  return row;
}

export interface IsolatedArgs {
  kinds?: OrganizationKind[] | null;
  limit?: number | null;
}

export async function isolatedOrganizations(db: Database, args: IsolatedArgs): Promise<IsolatedRow> {
  return one(
    db,
    'gaps/isolated',
    {
      kinds: args.kinds ?? null,
      limit: intInRange('limit', args.limit ?? 50, 0, 500),
    },
    IsolatedRow,
  );
}

export async function researchReach(db: Database, args: { limit?: number | null }): Promise<ResearchReachRow> {
  return one(db, 'gaps/research-reach', { limit: intInRange('limit', args.limit ?? 50, 0, 500) }, ResearchReachRow);
}

export interface InternationalReachArgs {
  limit?: number | null;
  projects?: number | null;
}

export async function internationalReach(db: Database, args: InternationalReachArgs): Promise<InternationalReachRow> {
  return one(
    db,
    'gaps/international-reach',
    { limit: intInRange('limit', args.limit ?? 100, 0, 500), projects: intInRange('projects', args.projects ?? 10, 0, 50) },
    InternationalReachRow,
  );
}

export async function competenceWhiteSpots(db: Database): Promise<WhiteSpotRow[]> {
  return db.read('gaps/white-spots', {}, WhiteSpotRow);
}

export async function researchWithoutIndustry(
  db: Database,
  args: { withCompetencesOnly?: boolean | null; limit?: number | null },
): Promise<ResearchWithoutIndustryRow[]> {
  return db.read(
    'gaps/research-without-industry',
    {
      withCompetencesOnly: args.withCompetencesOnly ?? true,
      limit: intInRange('limit', args.limit ?? 100, 1, 500),
    },
    ResearchWithoutIndustryRow,
  );
}

export async function districtConnectivity(db: Database): Promise<DistrictsRow> {
  return one(db, 'gaps/districts', {}, DistrictsRow);
}

export async function networkKpis(db: Database, args: { fromYear?: number | null; toYear?: number | null }): Promise<KpisRow[]> {
  const fromYear = intInRange('fromYear', args.fromYear, 1900, 2100);
  const toYear = intInRange('toYear', args.toYear, 1900, 2100);
  if (fromYear !== null && toYear !== null && toYear < fromYear) {
    throw badInput('toYear', `must not be before fromYear (${fromYear}), got ${toYear}.`, toYear);
  }
  return db.read('gaps/kpis', { fromYear, toYear }, KpisRow);
}
