// Runs the explorer's heaviest query shapes once after start-up, so Neo4j has planned and cached
// their generated Cypher before the first user opens a detail panel (first call: seconds).
import { orgQuery, projectQuery } from '../client/src/detail-queries.ts';

export async function warmUp(baseUrl: string): Promise<number> {
  const t0 = performance.now();
  const post = (query: string, variables: Record<string, unknown>) =>
    fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  // Any ids do: the plan depends on the query text, not on the values.
  await Promise.all([post(orgQuery, { id: 'warm-up' }), post(projectQuery, { id: 'warm-up' })]);
  return (performance.now() - t0) / 1000;
}
