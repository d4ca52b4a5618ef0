// paths(from, to, k): up to k short connections between two organisations that differ in who is in
// between, shortest first. Neo4j's `SHORTEST k` returns the k shortest paths, but at this graph's
// density those are mostly one route through different projects of the same organisations; so the
// search is iterative, in the spirit of Yen's algorithm: every kept path spawns one search per
// organisation in its middle that avoids that organisation (and whatever its own search avoided),
// all in one round trip (cypher/paths/avoiding.cypher); the shortest result that brings a new
// organisation in between is kept next. At most k round trips, each a few bidirectional searches.
import type { z } from 'zod';
import type { Database } from '../../db.ts';
import { pathCount, pathEnds, type PathsArgs } from './arguments.ts';
import { AvoidingRow } from './rows.ts';
import { missingEnd, toPath, type Path } from './shortest-path.ts';

export interface Exclusion {
  nodes: string[]; // organisation or project ids the path must not pass
  direct: boolean; // no cooperation of the two ends themselves
}

interface Candidate {
  path: Path;
  exclusion: Exclusion;
}

const key = (p: Path): string => p.nodeIds.join(' ');

/** The organisations strictly between the ends. */
export function middleOrganizations(p: Path): string[] {
  return p.steps
    .slice(0, -1)
    .map((s) => s.to)
    .filter((n) => n.nodeType === 'organization')
    .map((n) => n.id);
}

/**
 * A path is new when it passes an organisation no kept path passes; a direct connection (nobody in
 * between) when no kept direct connection uses the same project or cooperation.
 */
export function isNew(p: Path, kept: readonly Path[]): boolean {
  const middle = middleOrganizations(p);
  if (middle.length > 0) {
    const seen = new Set(kept.flatMap(middleOrganizations));
    return middle.some((id) => !seen.has(id));
  }
  return !kept.some((q) => middleOrganizations(q).length === 0 && key(q) === key(p));
}

/** The searches a kept path spawns: avoid each organisation in its middle, or its direct tie. */
export function spawn(c: Candidate): Exclusion[] {
  const middle = middleOrganizations(c.path);
  if (middle.length > 0) return middle.map((id) => ({ nodes: [...c.exclusion.nodes, id], direct: c.exclusion.direct }));
  const project = c.path.steps.length === 2 ? c.path.nodeIds[1] : undefined;
  return [project ? { nodes: [...c.exclusion.nodes, project], direct: c.exclusion.direct } : { nodes: c.exclusion.nodes, direct: true }];
}

/** Shortest first, equal lengths by their node ids: the same graph always gives the same order. */
const byLength = (a: Candidate, b: Candidate): number =>
  a.path.length - b.path.length || (key(a.path) < key(b.path) ? -1 : key(a.path) > key(b.path) ? 1 : 0);

export async function diversePaths(db: Database, args: PathsArgs): Promise<Path[]> {
  const { from, to, includeMemberships } = pathEnds(args, 12);
  const k = pathCount(args);

  const search = async (exclusions: Exclusion[]): Promise<z.infer<typeof AvoidingRow>[]> =>
    db.read('paths/avoiding', { from, to, includeMemberships, exclusions: exclusions.map((e, index) => ({ ...e, index })) }, AvoidingRow);

  const first = await search([{ nodes: [], direct: false }]);
  if (first.length === 0) throw await missingEnd(db, from, to);
  const kept: Path[] = [];
  const pool = new Map<string, Candidate>();
  let rows = first;
  let exclusions: Exclusion[] = [{ nodes: [], direct: false }];
  for (;;) {
    for (const row of rows) {
      const exclusion = exclusions[row.index];
      if (row.nodes === null || row.relationships === null || !exclusion) continue;
      const path = toPath(row.nodes, row.relationships);
      if (!pool.has(key(path)) && !kept.some((p) => key(p) === key(path))) pool.set(key(path), { path, exclusion });
    }
    const next = [...pool.values()].sort(byLength).find((c) => isNew(c.path, kept));
    if (!next) break;
    pool.delete(key(next.path));
    kept.push(next.path);
    if (kept.length === k) break;
    exclusions = spawn(next);
    rows = await search(exclusions);
  }
  // Kept in the order found; shown shortest first (equal lengths by node ids), like the pool.
  return kept
    .map((path) => ({ path, exclusion: { nodes: [], direct: false } }))
    .sort(byLength)
    .map((c) => c.path);
}
