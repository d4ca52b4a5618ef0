// The rows of paths/shortest and paths/avoiding (both project a path with paths/path.part.cypher).
import { z } from 'zod';
import { participationRoles } from '../../../shared/vocabulary.ts';
import { nodeTypes } from '../vocabulary.ts';

export const PathNodeRow = z.object({
  id: z.string(),
  name: z.string(),
  // The organisation's kind, or "project".
  kind: z.string(),
  nodeType: z.enum(nodeTypes),
  // A project's start year.
  year: z.number().int().nullable(),
});
export type PathNodeRow = z.infer<typeof PathNodeRow>;

export const PathRelationshipRow = z.object({
  type: z.enum(['PARTICIPATES_IN', 'COOPERATES_WITH', 'MEMBER_OF']),
  // In the stored direction.
  source: z.string(),
  target: z.string(),
  role: z.enum(participationRoles).nullable(),
  since: z.number().int().nullable(),
});
export type PathRelationshipRow = z.infer<typeof PathRelationshipRow>;

/** A path, or nulls when there is none. */
const path = {
  nodes: z.array(PathNodeRow).nullable(),
  relationships: z.array(PathRelationshipRow).nullable(),
};

export const ShortestRow = z.object(path);
export const AvoidingRow = z.object({ index: z.number().int(), ...path });

export const ReachRow = z.object({
  center: z.string(),
  organizations: z.array(z.object({ id: z.string(), hop: z.number().int() })),
  projects: z.array(z.object({ id: z.string(), hop: z.number().int() })),
  truncated: z.boolean(),
});

/** Whether an organisation exists (entities/organization-by-id returns it, or nothing). */
export const Exists = z.object({});
