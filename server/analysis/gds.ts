// Is the Graph Data Science library loaded in this Neo4j? Asked once per database, because a
// user's own server (NEO4J_URI) may lack it: then the metrics job and the reports that read its
// results say what is missing and how to add it, and everything else keeps working.
import { GraphQLError } from 'graphql';
import type { Database } from '../db.ts';
import { ErrorCode } from '../errors.ts';
import { GdsAvailableRow } from './rows.ts';

// Keyed by the driver: the API's view of a database (Database.withTimeout) shares it.
const probes = new WeakMap<Database['driver'], Promise<boolean>>();

async function probe(db: Database): Promise<boolean> {
  const [row] = await db.read('metrics/gds-available', {}, GdsAvailableRow);
  return row?.available === true;
}

/** Whether GDS is loaded; cached per database, except a failed probe (Neo4j down), which is retried. */
export function gdsAvailable(db: Database): Promise<boolean> {
  let answer = probes.get(db.driver);
  if (!answer) {
    answer = probe(db);
    probes.set(db.driver, answer);
    answer.catch(() => probes.delete(db.driver));
  }
  return answer;
}

/** Replaces the probe's answer for this database: tests use it to run the no-GDS path on a Neo4j that has GDS. */
export function overrideGdsAvailable(db: Database, available: boolean | null): void {
  if (available === null) probes.delete(db.driver);
  else probes.set(db.driver, Promise.resolve(available));
}

export const gdsMissingMessage =
  'The network metrics need the Neo4j Graph Data Science library (GDS 2.x), which this Neo4j does not have. ' +
  "To add it: put the GDS jar matching your Neo4j version into the server's plugins/ folder, set " +
  '"dbms.security.procedures.unrestricted=gds.*" in neo4j.conf and restart Neo4j ' +
  '(https://neo4j.com/docs/graph-data-science/current/installation/). ' +
  "The project's own Neo4j (started without NEO4J_URI) includes it. All other reports work without it.";

function gdsMissingError(): GraphQLError {
  return new GraphQLError(gdsMissingMessage, { extensions: { code: ErrorCode.FeatureUnavailable, missing: 'graph-data-science' } });
}

/** Throws FEATURE_UNAVAILABLE when GDS is not loaded. */
export async function requireGds(db: Database): Promise<void> {
  if (!(await gdsAvailable(db))) throw gdsMissingError();
}
