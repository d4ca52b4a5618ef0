import type { Resolver } from '../domain.ts';
import type { NeighbourhoodArgs, PathsArgs, ShortestPathArgs } from './arguments.ts';
import { diversePaths } from './diverse-paths.ts';
import { neighbourhood } from './neighbourhood.ts';
import { shortestPath } from './shortest-path.ts';

export const pathResolvers = {
  Query: {
    neighbourhood: ((_, args, ctx) => neighbourhood(ctx.db, args)) satisfies Resolver<NeighbourhoodArgs>,
    shortestPath: ((_, args, ctx) => shortestPath(ctx.db, args)) satisfies Resolver<ShortestPathArgs>,
    paths: ((_, args, ctx) => diversePaths(ctx.db, args)) satisfies Resolver<PathsArgs>,
  },
};
