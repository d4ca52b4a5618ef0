// The exported network as one ordered stream: every node (organisations, then projects), then
// every edge (participations, cooperations, memberships), each written as soon as Neo4j sends it.
// What stays in memory is the list of organisation ids, which the edge statements take as $ids
// exactly as network(filter) does; attributes and keys are the network's (wire-graph.ts).
import type { Database } from '../../db.ts';
import {
  CooperationRow,
  cooperationKey,
  MembershipRow,
  membershipKey,
  type NetworkFilterInput,
  networkParams,
  participationKey,
  ProjectRow,
} from '../network/index.ts';
import type { AttributeValue } from './attributes.ts';
import { ExportOrganizationRow, IdRow } from './rows.ts';

export interface ExportNode {
  key: string;
  attributes: Record<string, AttributeValue>;
}
export interface ExportEdge {
  key: string;
  source: string;
  target: string;
  attributes: Record<string, AttributeValue>;
}
export type ExportElement = { type: 'node'; node: ExportNode } | { type: 'edge'; edge: ExportEdge };

/** The filter's statement parameters; throws BAD_USER_INPUT naming the argument (prefix as networkParams). */
export function exportParams(filter: NetworkFilterInput, prefix: string) {
  return {
    ...networkParams(filter, prefix),
    includeProjects: filter.includeProjects !== false,
    includeMemberships: filter.includeMemberships === true,
  };
}
export type ExportParams = ReturnType<typeof exportParams>;

export async function* networkElements(db: Database, p: ExportParams): AsyncGenerator<ExportElement, void, undefined> {
  const ids: string[] = [];
  for await (const row of db.stream('exports/organization-ids', p, IdRow)) ids.push(row.id);
  const withIds = { ...p, ids };
  const idSet = Object.fromEntries(ids.map((id) => [id, true]));
  for await (const { id, ...attributes } of db.stream('exports/organizations', { ...withIds, idSet }, ExportOrganizationRow)) {
    yield { type: 'node', node: { key: id, attributes: { nodeType: 'organization', ...attributes } } };
  }
  if (p.includeProjects) {
    for await (const { id, participants, ...attributes } of db.stream('network/projects', withIds, ProjectRow)) {
      yield {
        type: 'node',
        node: { key: id, attributes: { nodeType: 'project', kind: 'project', ...attributes, degree: participants.length } },
      };
    }
    // The same statement again for the edges, rather than holding every project's participants.
    for await (const project of db.stream('network/projects', withIds, ProjectRow)) {
      for (const part of project.participants) {
        const attributes = { kind: 'participation', role: part.role, startYear: project.startYear, endYear: project.endYear };
        yield { type: 'edge', edge: { key: participationKey(part.org, project.id), source: part.org, target: project.id, attributes } };
      }
    }
  }
  for await (const r of db.stream('network/cooperations', withIds, CooperationRow)) {
    const attributes = { kind: 'cooperation', since: r.since, cooperationKind: r.kind, synthetic: r.synthetic };
    yield { type: 'edge', edge: { key: cooperationKey(r.source, r.target), source: r.source, target: r.target, attributes } };
  }
  if (p.includeMemberships) {
    for await (const r of db.stream('network/memberships', withIds, MembershipRow)) {
      const attributes = { kind: 'membership', since: r.since, synthetic: r.synthetic };
      yield { type: 'edge', edge: { key: membershipKey(r.source, r.target), source: r.source, target: r.target, attributes } };
    }
  }
}
