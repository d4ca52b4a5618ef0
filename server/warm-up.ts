// Runs the explorer's heaviest query shapes once, in process and without the API's time limit:
// Neo4j plans the large generated Cypher of an interface query on first use (10–25 s on two busy
// cores), longer than a public request may take. Planned once, the plan is cached for everyone.
import { execute, parse, type GraphQLSchema } from 'graphql';
import { orgQuery, projectQuery } from '../client/src/detail-queries.ts';
import type { Database } from './db.ts';
import { requestContext } from './graphql/schema.ts';

/** `db` without a timeout (a job's view); returns the seconds it took. */
export async function warmUp(schema: GraphQLSchema, db: Database): Promise<number> {
  const t0 = performance.now();
  // Any ids do: the plan depends on the query text, not on the values.
  const run = (query: string) =>
    execute({
      schema,
      document: parse(query),
      variableValues: { id: 'warm-up' },
      contextValue: requestContext(db, { clientId: 'warm-up', requestId: 'warm-up' }),
    });
  const results = await Promise.all([run(orgQuery), run(projectQuery)]);
  const error = results.flatMap((r) => r.errors ?? [])[0];
  if (error) throw error;
  return (performance.now() - t0) / 1000;
}
