// The arguments of neighbourhood, shortestPath and paths, checked once each.
import { badInput } from '../../errors.ts';
import { ids, intInRange } from '../arguments.ts';

export interface NeighbourhoodArgs {
  id: string;
  hops?: number | null;
  includeMemberships?: boolean | null;
  limit?: number | null;
}

export function neighbourhoodParams(args: NeighbourhoodArgs): { id: string; hops: number; includeMemberships: boolean; limit: number } {
  ids('id', [args.id]);
  return {
    id: args.id,
    hops: intInRange('hops', args.hops ?? 1, 1, 2) ?? 1,
    includeMemberships: args.includeMemberships === true,
    limit: intInRange('limit', args.limit ?? 500, 1, 2000) ?? 500,
  };
}

export interface ShortestPathArgs {
  from: string;
  to: string;
  includeMemberships?: boolean | null;
  maxHops?: number | null;
}

export interface PathsArgs {
  from: string;
  to: string;
  k?: number | null;
  includeMemberships?: boolean | null;
}

/** Two different organisations; maxHops 1 to 12 (the searches' bound). */
export function pathEnds(
  args: ShortestPathArgs,
  defaultMaxHops: number,
): { from: string; to: string; includeMemberships: boolean; maxHops: number } {
  ids('from', [args.from]);
  ids('to', [args.to]);
  if (args.from === args.to) throw badInput('to', `must differ from "from" (both are "${args.to}").`, args.to);
  return {
    from: args.from,
    to: args.to,
    includeMemberships: args.includeMemberships === true,
    maxHops: intInRange('maxHops', args.maxHops ?? defaultMaxHops, 1, 12) ?? defaultMaxHops,
  };
}

/** k: 1 to 5 paths. */
export function pathCount(args: PathsArgs): number {
  return intInRange('k', args.k ?? 3, 1, 5) ?? 3;
}
