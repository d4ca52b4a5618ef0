// search(text): full-text over names, competences, industries and places, from one named query.
import type { Database } from '../../db.ts';
import type { Resolver } from '../domain.ts';
import { searchParams, type SearchArgs } from './arguments.ts';
import { SearchHit } from './rows.ts';

export async function search(db: Database, args: SearchArgs): Promise<SearchHit[]> {
  return db.read('search/names', searchParams(args), SearchHit);
}

export const searchResolvers = {
  Query: {
    search: ((_, args, ctx) => search(ctx.db, args)) satisfies Resolver<SearchArgs>,
  },
};
