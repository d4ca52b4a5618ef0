// The errors an edit can end in, each naming what was wrong: invalid fields, unknown references,
// a stale version (and what changed since), a record that does not exist.
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { Tx } from '../db.ts';
import { ErrorCode } from '../errors.ts';
import type { RecordProblem } from './records.ts';

export function invalidRecord(what: string, problems: readonly RecordProblem[]): GraphQLError {
  const list = problems.map((p) => `${p.field} ${JSON.stringify(p.value)}: expected ${p.expected}`).join('; ');
  return new GraphQLError(`The ${what} is not valid: ${list}.`, {
    extensions: { code: ErrorCode.BadUserInput, problems },
  });
}

export function missing(what: string, id: string): GraphQLError {
  return new GraphQLError(`No ${what} with id "${id}".`, { extensions: { code: ErrorCode.NotFound, id } });
}

const Since = z.object({
  fields: z.array(z.string()).nullable(),
  actorName: z.string(),
  at: z.string(),
  version: z.number().int().nullable(),
});

/**
 * An edit based on version `expected` of a record now at `current`: says who changed what since,
 * read from the audit trail, so the editor can reload and decide, never a silent overwrite.
 */
export async function conflict(tx: Tx, what: string, id: string, expected: number, current: number): Promise<GraphQLError> {
  const since = await tx.run('curation/changes-since-version', { id, version: expected }, Since);
  const fields = [...new Set(since.flatMap((c) => c.fields ?? []))].sort();
  const by = [...new Set(since.map((c) => `${c.actorName} (${c.at.slice(0, 16).replace('T', ' ')})`))];
  const detail = fields.length > 0 ? `changed since: ${fields.join(', ')}${by.length > 0 ? `, by ${by.join(', ')}` : ''}` : 'changed since';
  return new GraphQLError(
    `The ${what} "${id}" was changed after you loaded it (your version ${expected}, now ${current}; ${detail}). Reload it and make your edit again.`,
    { extensions: { code: ErrorCode.Conflict, id, yourVersion: expected, currentVersion: current, changedFields: fields, changedBy: by } },
  );
}
