// The import's GraphQL side (managers): the list of imports, the review queue and its decisions,
// and undoing a whole import. Uploads go over HTTP (server/http/imports.ts).
import { z } from 'zod';
import { requireRole } from '../../auth/viewer.ts';
import { decideReview, Review } from '../../curation/import/review-queue.ts';
import { undoImport } from '../../curation/import/undo-import.ts';
import type { Resolver } from '../domain.ts';
import { pageSizeArg } from './arguments.ts';

const ImportRow = z.object({
  import: z.object({
    id: z.string(),
    kind: z.string(),
    file: z.string(),
    mode: z.string(),
    actorName: z.string(),
    status: z.string(),
    summary: z.string().nullable(),
    at: z.string(),
  }),
});

export const importResolvers = {
  Query: {
    imports: (async (_, args, ctx) => {
      requireRole(ctx.viewer, 'manager', 'list imports');
      return (await ctx.db.read('curation/imports', { limit: pageSizeArg(args.first) }, ImportRow)).map((r) => r.import);
    }) satisfies Resolver<{ first?: number }>,
    matchReviews: (async (_, args, ctx) => {
      requireRole(ctx.viewer, 'manager', 'review matches');
      const rows = await ctx.db.read(
        'curation/reviews-waiting',
        { status: 'waiting', importId: args.importId ?? null, limit: pageSizeArg(args.first) },
        z.object({ review: Review }),
      );
      return rows.map(({ review: r }) => ({
        ...r,
        reasons: r.reasons ?? [],
        alternatives: r.alternatives ? (JSON.parse(r.alternatives) as unknown[]) : [],
      }));
    }) satisfies Resolver<{ first?: number; importId?: string | null }>,
  },
  Mutation: {
    decideMatch: (async (_, args, ctx) => {
      requireRole(ctx.viewer, 'manager', 'review matches');
      const actor = { id: ctx.viewer.userId, name: ctx.viewer.login };
      const profile = await ctx.db.transaction((tx) => decideReview(tx, actor, args.review, args.sameAs ?? null));
      ctx.dataChanged?.();
      return profile;
    }) satisfies Resolver<{ review: string; sameAs?: string | null }>,
    undoImport: (async (_, args, ctx) => {
      requireRole(ctx.viewer, 'manager', 'undo an import');
      const { undone } = await undoImport(ctx.db, { id: ctx.viewer.userId, name: ctx.viewer.login }, args.importId);
      ctx.dataChanged?.();
      return undone;
    }) satisfies Resolver<{ importId: string }>,
  },
};
