// The rows of search/names, parsed where they come in.
import { z } from 'zod';
import { searchHitTypes } from '../vocabulary.ts';

export const SearchHit = z.object({
  id: z.string(),
  type: z.enum(searchHitTypes),
  // An organisation's, a place's or a district's kind: three value sets, so a string.
  kind: z.string().nullable(),
  name: z.string(),
  secondary: z.string().nullable(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;
