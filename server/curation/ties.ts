// The ties people edit: participations (organisation → project, with a role), cooperations
// (between two organisations, undirected) and memberships (in a chamber, association or
// network). Setting one that exists with the same values changes nothing; every change is audited.
import { z } from 'zod';
import type { Tx } from '../db.ts';
import type { OrganizationKind } from '../../shared/vocabulary.ts';
import { type Actor, type ChangeEntity, type ChangeSource, recordChange } from './audit.ts';
import { invalidRecord, missing } from './problems.ts';
import { cooperationRecord, membershipRecord, participationRecord, recordProblems } from './records.ts';

export const tieKinds = {
  participation: { type: 'PARTICIPATES_IN', schema: participationRecord, to: 'project' },
  cooperation: { type: 'COOPERATES_WITH', schema: cooperationRecord, to: 'partner' },
  membership: { type: 'MEMBER_OF', schema: membershipRecord, to: 'memberOf' },
} as const;
export type TieKind = keyof typeof tieKinds;

/** Who can have members: a membership elsewhere is a mistake. */
const memberHolders: readonly string[] = ['chamber', 'association', 'network'] satisfies OrganizationKind[];

const Found = z.object({
  from: z.string().nullable(),
  fromKind: z.string().nullable(),
  to: z.string().nullable(),
  toKind: z.string().nullable(),
  props: z.record(z.string(), z.unknown()).nullable(),
});

export interface TieEdit {
  kind: TieKind;
  /** The record as the rules see it: organization, and project / partner / memberOf, by id. */
  record: Record<string, unknown>;
}

async function findTie(tx: Tx, kind: TieKind, from: string, to: string) {
  const [row] = await tx.run('curation/tie-get', { from, to, type: tieKinds[kind].type }, Found);
  if (!row?.from) throw missing('organisation', from);
  if (!row.to) throw missing(kind === 'participation' ? 'project' : 'organisation', to);
  if (kind !== 'participation' && row.toKind === 'project') throw missing('organisation', to);
  if (kind === 'participation' && row.toKind !== 'project') throw missing('project', to);
  return row;
}

export async function setTie(tx: Tx, actor: Actor, source: ChangeSource, edit: TieEdit): Promise<'created' | 'updated' | 'unchanged'> {
  const spec = tieKinds[edit.kind];
  const parsed = spec.schema.safeParse(edit.record);
  if (!parsed.success) throw invalidRecord(edit.kind, recordProblems(parsed.error.issues, edit.record));
  const r = parsed.data as Record<string, unknown> & { organization: string; source?: string | undefined };
  const to = String(r[spec.to]);
  const found = await findTie(tx, edit.kind, r.organization, to);
  if (edit.kind === 'membership' && !memberHolders.includes(found.toKind ?? '')) {
    throw invalidRecord('membership', [{ field: 'memberOf', value: to, expected: 'a chamber, association or network' }]);
  }
  const props: Record<string, unknown> =
    edit.kind === 'participation'
      ? { role: r.role }
      : { ...(edit.kind === 'cooperation' ? { kind: r.kind } : {}), since: r.since ?? null, synthetic: false, source: r.source ?? null };
  const before = found.props;
  const after = { ...(before ?? {}), ...props };
  for (const k of Object.keys(after)) if (after[k] === null) delete after[k];
  if (before && JSON.stringify(Object.entries(before).sort()) === JSON.stringify(Object.entries(after).sort())) return 'unchanged';
  await tx.run('curation/tie-set', { from: r.organization, to, type: spec.type, props });
  await recordChange(tx, actor, source, {
    action: before ? 'update' : 'link',
    entity: edit.kind satisfies ChangeEntity,
    entityId: r.organization,
    otherId: to,
    version: null,
    before,
    after,
  });
  return before ? 'updated' : 'created';
}

export async function removeTie(tx: Tx, actor: Actor, source: ChangeSource, kind: TieKind, from: string, to: string): Promise<void> {
  const found = await findTie(tx, kind, from, to);
  if (!found.props) throw missing(kind, `${from} → ${to}`);
  await tx.run('curation/tie-remove', { from, to, type: tieKinds[kind].type });
  await recordChange(tx, actor, source, {
    action: 'unlink',
    entity: kind satisfies ChangeEntity,
    entityId: from,
    otherId: to,
    version: null,
    before: found.props,
    after: null,
  });
}
