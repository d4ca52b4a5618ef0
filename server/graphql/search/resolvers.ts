// search(text): full-text over names, competences, industries and places, from one named query.
import { z } from 'zod';
import type { Database } from '../../db.ts';
import type { Resolver } from '../domain.ts';
import { searchHitTypes } from '../vocabulary.ts';
import { searchParams, type SearchArgs } from './arguments.ts';

const SearchHit = z.object({
  id: z.string(),
  type: z.enum(searchHitTypes),
  // An organisation's, a place's or a district's kind: three value sets, so a string.
  kind: z.string().nullable(),
  name: z.string(),
  secondary: z.string().nullable(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export async function search(db: Database, args: SearchArgs): Promise<SearchHit[]> {
  return db.read('search/names', searchParams(args), SearchHit);
}

export const searchResolvers = {
  Query: {
    search: ((_, args, ctx) => search(ctx.db, args)) satisfies Resolver<SearchArgs>,
  },
};
