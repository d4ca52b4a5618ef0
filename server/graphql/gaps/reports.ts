// The gap reports that need nothing but Cypher: each validates its arguments and answers from one
// named statement in cypher/gaps/, so they work on any Neo4j 5, with or without GDS.
import type { Database, Row } from '../../db.ts';
import { badInput } from '../../errors.ts';
import type { OrganizationKind } from '../../vocabulary.ts';
import { intInRange } from '../arguments.ts';

async function one(db: Database, name: string, params: Record<string, unknown> = {}): Promise<Row> {
  const [row] = await db.read(name, params);
  if (!row) throw new Error(`${name} returned no row`);
  return row;
}

export interface IsolatedArgs {
  kinds?: OrganizationKind[] | null;
  limit?: number | null;
}

export async function isolatedOrganizations(db: Database, args: IsolatedArgs): Promise<Row> {
  return one(db, 'gaps/isolated', {
    kinds: args.kinds ?? null,
    limit: intInRange('limit', args.limit ?? 50, 0, 500),
  });
}

export async function researchReach(db: Database, args: { limit?: number | null }): Promise<Row> {
  return one(db, 'gaps/research-reach', { limit: intInRange('limit', args.limit ?? 50, 0, 500) });
}

export async function competenceWhiteSpots(db: Database): Promise<Row[]> {
  return db.read('gaps/white-spots');
}

export async function researchWithoutIndustry(db: Database, args: { withCompetencesOnly?: boolean | null; limit?: number | null }): Promise<Row[]> {
  return db.read('gaps/research-without-industry', {
    withCompetencesOnly: args.withCompetencesOnly ?? true,
    limit: intInRange('limit', args.limit ?? 100, 1, 500),
  });
}

export async function districtConnectivity(db: Database): Promise<Row> {
  return one(db, 'gaps/districts');
}

export async function networkKpis(db: Database, args: { fromYear?: number | null; toYear?: number | null }): Promise<Row[]> {
  const fromYear = intInRange('fromYear', args.fromYear, 1900, 2100);
  const toYear = intInRange('toYear', args.toYear, 1900, 2100);
  if (fromYear !== null && toYear !== null && toYear < fromYear) {
    throw badInput('toYear', `must not be before fromYear (${fromYear}), got ${toYear}.`, toYear);
  }
  return db.read('gaps/kpis', { fromYear, toYear });
}
