// Undoing a whole import from its audit trail, newest change first, in one transaction: what it
// created is deleted, what it changed gets its values from before, its ties go or get their old
// values back, and its rows waiting for review leave the queue. Refused, naming them, when
// someone changed the same records after the import.
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { Database, Tx } from '../../db.ts';
import { ErrorCode } from '../../errors.ts';
import type { Actor, ChangeSource } from '../audit.ts';
import { type Change, listChanges } from '../changes.ts';
import { type OrganizationChanges, saveOrganizations } from '../organizations.ts';
import type { OrganizationProfile, ProjectProfile } from '../profiles.ts';
import { type ProjectChanges, saveProject } from '../projects.ts';
import { removeTie, setTie, type TieKind } from '../ties.ts';

const Later = z.object({ id: z.string(), actorName: z.string(), at: z.string() });

const tieFields: Readonly<Record<TieKind, string>> = { participation: 'project', cooperation: 'partner', membership: 'memberOf' };

/** A profile as the changes that give a record its values back (null clears what it did not have). */
function restoring(before: Record<string, unknown>, drop: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(before)) if (!drop.includes(k)) out[k] = v;
  return out;
}

async function undoOne(tx: Tx, actor: Actor, source: ChangeSource, c: Change): Promise<void> {
  const before = c.before === null ? null : (JSON.parse(c.before) as Record<string, unknown>);
  if (c.entity === 'organization') {
    if (c.action === 'create') await tx.run('curation/organization-delete', { id: c.entityId });
    else if (before) {
      const p = before as OrganizationProfile;
      const changes = restoring({ ...p, city: p.placeId }, [
        'id',
        'version',
        'placeId',
        'synthetic',
        'updatedAt',
        'ties',
      ]) as OrganizationChanges;
      const [r] = await saveOrganizations(tx, actor, [{ id: c.entityId, expectedVersion: null, changes, source }]);
      if (r && !r.ok) throw new Error(`undo of ${c.entityId}: ${JSON.stringify(r.problems)}`);
    }
  } else if (c.entity === 'project') {
    if (c.action === 'create') await tx.run('curation/project-delete', { id: c.entityId });
    else if (before) {
      const changes = restoring(before as ProjectProfile, ['id', 'version', 'synthetic', 'updatedAt', 'participants']) as ProjectChanges;
      await saveProject(tx, actor, source, { id: c.entityId, expectedVersion: null, changes });
    }
  } else {
    const other = c.otherId ?? '';
    if (c.action === 'link') await removeTie(tx, actor, source, c.entity, c.entityId, other);
    else if (before)
      await setTie(tx, actor, source, { kind: c.entity, record: { ...before, organization: c.entityId, [tieFields[c.entity]]: other } });
  }
}

export async function undoImport(db: Database, actor: Actor, importId: string): Promise<{ undone: number }> {
  const later = await db.read('curation/import-later-changes', { importId }, Later);
  if (later.length > 0) {
    const list = later.map((l) => `${l.id} (${l.actorName}, ${l.at.slice(0, 16).replace('T', ' ')})`).join(', ');
    throw new GraphQLError(
      `The import cannot be undone: records it changed were changed again since: ${list}. Undo those changes first or edit the records.`,
      {
        extensions: { code: ErrorCode.Conflict, records: later },
      },
    );
  }
  const changes: Change[] = [];
  for (let before: { at: string; id: string } | null = null; ; ) {
    const page = await listChanges(db, { importId, before }, 1_000);
    changes.push(...page);
    const last = page.at(-1);
    if (page.length < 1_000 || !last) break;
    before = { at: last.at, id: last.id };
  }
  const source: ChangeSource = { via: 'undo', importId };
  await db.transaction(async (tx) => {
    for (const c of changes) await undoOne(tx, actor, source, c);
    await tx.run('curation/import-reviews-drop', { importId });
    await tx.run('curation/import-places-remove', { importId });
    await tx.run('sources/import-undo', { importId });
    await tx.run('curation/import-save', { id: importId, props: { status: 'undone', undoneBy: actor.name } });
  });
  return { undone: changes.length };
}
