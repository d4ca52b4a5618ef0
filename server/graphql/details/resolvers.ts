// organizationDetails: the detail panel's organisation from one named statement.
import type { Database } from '../../db.ts';
import type { Resolver } from '../domain.ts';
import { DetailsRow, type OrganizationDetails } from './rows.ts';

export async function organizationDetails(db: Database, id: string): Promise<OrganizationDetails | null> {
  const [row] = await db.read('details/organization', { id }, DetailsRow);
  return row?.organization ?? null;
}

export const detailResolvers = {
  Query: {
    organizationDetails: ((_, { id }, ctx) => organizationDetails(ctx.db, id)) satisfies Resolver<{ id: string }>,
  },
};
