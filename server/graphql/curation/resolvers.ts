// Thin resolvers: decide who may (server/auth/viewer.ts), run one transaction in server/curation,
// hide what the viewer may not see. The rules, the version check and the audit trail live there.
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { canEditOrganization, canSeeNonPublic, requireRole, type Viewer } from '../../auth/viewer.ts';
import type { Actor, ChangeSource } from '../../curation/audit.ts';
import { listChanges } from '../../curation/changes.ts';
import { mergeOrganizations } from '../../curation/merge.ts';
import { type OrganizationChanges, saveOrganization } from '../../curation/organizations.ts';
import { nonPublicOrganizationFields, type OrganizationProfile, organizationProfile, projectProfile } from '../../curation/profiles.ts';
import { type ProjectChanges, saveProject } from '../../curation/projects.ts';
import { deleteOrganization, deleteProject } from '../../curation/removal.ts';
import { removeTie, setTie, type TieKind } from '../../curation/ties.ts';
import type { Tx } from '../../db.ts';
import { ErrorCode } from '../../errors.ts';
import type { GraphQLContext } from '../context.ts';
import type { Resolver } from '../domain.ts';
import { cursorArg, encodeCursor, pageSizeArg, sinceArg } from './arguments.ts';

const form: ChangeSource = { via: 'form' };

function actorOf(viewer: Extract<Viewer, { kind: 'user' }>): Actor {
  return { id: viewer.userId, name: viewer.login };
}

/** One change: the role checked first, then one transaction; listeners learn the data changed. */
async function change<T>(
  ctx: GraphQLContext,
  allowed: (v: Viewer) => boolean,
  what: string,
  work: (tx: Tx, actor: Actor) => Promise<T>,
): Promise<T> {
  requireRole(ctx.viewer, 'member', what);
  if (!allowed(ctx.viewer)) {
    throw new GraphQLError(
      `You may not ${what}: it needs a manager${what.includes('organisation') ? ' or a member of that organisation' : ''}.`,
      {
        extensions: { code: ErrorCode.Forbidden },
      },
    );
  }
  const viewer = ctx.viewer;
  const result = await ctx.db.transaction((tx) => work(tx, actorOf(viewer)));
  ctx.dataChanged?.();
  return result;
}

const manager = (v: Viewer) => v.kind === 'user' && (v.role === 'manager' || v.role === 'admin');

function visible(viewer: Viewer, p: OrganizationProfile): OrganizationProfile {
  if (canSeeNonPublic(viewer, p.id)) return p;
  const out = { ...p };
  for (const f of nonPublicOrganizationFields) out[f] = null;
  return out;
}

type Fields<T> = { fields: T };
const CountRow = z.object({ entity: z.string(), action: z.string(), count: z.number().int() });

const tie = (kind: TieKind, record: Record<string, unknown>) => ({ kind, record });

export const curationResolvers = {
  Query: {
    organizationProfile: (async (_, { id }, ctx) => {
      const p = await ctx.db.transaction((tx) => organizationProfile(tx, id));
      return p ? visible(ctx.viewer, p) : null;
    }) satisfies Resolver<{ id: string }>,
    projectProfile: ((_, { id }, ctx) => ctx.db.transaction((tx) => projectProfile(tx, id))) satisfies Resolver<{ id: string }>,
    auditTrail: (async (_, args, ctx) => {
      requireRole(ctx.viewer, 'manager', 'read the audit trail');
      const first = pageSizeArg(args.first);
      const entries = await listChanges(
        ctx.db,
        {
          entityId: args.record ?? null,
          actorId: args.user ?? null,
          importId: args.importId ?? null,
          since: sinceArg('since', args.since),
          before: cursorArg(args.after),
        },
        first + 1,
      );
      const page = entries.slice(0, first);
      const last = page.at(-1);
      return { entries: page, endCursor: entries.length > first && last ? encodeCursor(last) : null };
    }) satisfies Resolver<{
      record?: string | null;
      user?: string | null;
      importId?: string | null;
      since?: string | null;
      first?: number;
      after?: string | null;
    }>,
    changesSince: (async (_, args, ctx) => {
      requireRole(ctx.viewer, 'manager', 'read the change figures');
      return ctx.db.read('curation/changes-since', { since: sinceArg('since', args.since) }, CountRow);
    }) satisfies Resolver<{ since: string }>,
  },
  Mutation: {
    createOrganization: ((_, { fields }, ctx) =>
      change(ctx, manager, 'create an organisation', async (tx, actor) => {
        return (await saveOrganization(tx, actor, form, { id: null, expectedVersion: null, changes: fields })).profile;
      })) satisfies Resolver<Fields<OrganizationChanges>>,
    updateOrganization: ((_, { id, version, fields }, ctx) =>
      change(
        ctx,
        (v) => canEditOrganization(v, id),
        'change this organisation',
        async (tx, actor) => {
          return (await saveOrganization(tx, actor, form, { id, expectedVersion: version, changes: fields })).profile;
        },
      )) satisfies Resolver<{ id: string; version: number } & Fields<OrganizationChanges>>,
    deleteOrganization: ((_, { id, version }, ctx) =>
      change(ctx, manager, 'delete an organisation', async (tx, actor) => {
        await deleteOrganization(tx, actor, form, id, version);
        return id;
      })) satisfies Resolver<{ id: string; version: number }>,
    mergeOrganizations: ((_, a, ctx) =>
      change(ctx, manager, 'merge organisations', (tx, actor) =>
        mergeOrganizations(tx, actor, form, {
          keep: { id: a.keep, version: a.keepVersion },
          drop: { id: a.drop, version: a.dropVersion },
          changes: a.fields ?? {},
        }),
      )) satisfies Resolver<{ keep: string; keepVersion: number; drop: string; dropVersion: number; fields?: OrganizationChanges | null }>,
    createProject: ((_, { fields }, ctx) =>
      change(
        ctx,
        manager,
        'create a project',
        async (tx, actor) => (await saveProject(tx, actor, form, { id: null, expectedVersion: null, changes: fields })).profile,
      )) satisfies Resolver<Fields<ProjectChanges>>,
    updateProject: ((_, { id, version, fields }, ctx) =>
      change(
        ctx,
        manager,
        'change a project',
        async (tx, actor) => (await saveProject(tx, actor, form, { id, expectedVersion: version, changes: fields })).profile,
      )) satisfies Resolver<{ id: string; version: number } & Fields<ProjectChanges>>,
    deleteProject: ((_, { id, version }, ctx) =>
      change(ctx, manager, 'delete a project', async (tx, actor) => {
        await deleteProject(tx, actor, form, id, version);
        return id;
      })) satisfies Resolver<{ id: string; version: number }>,
    setParticipation: ((_, a, ctx) =>
      change(ctx, manager, 'change participations', (tx, actor) => setTie(tx, actor, form, tie('participation', a)))) satisfies Resolver<{
      organization: string;
      project: string;
      role: string;
    }>,
    removeParticipation: ((_, a, ctx) =>
      change(ctx, manager, 'change participations', async (tx, actor) => {
        await removeTie(tx, actor, form, 'participation', a.organization, a.project);
        return a.project;
      })) satisfies Resolver<{ organization: string; project: string }>,
    setCooperation: ((_, a, ctx) =>
      change(ctx, manager, 'change cooperations', (tx, actor) => setTie(tx, actor, form, tie('cooperation', a)))) satisfies Resolver<{
      organization: string;
      partner: string;
      kind: string;
      since?: number | null;
      source?: string | null;
    }>,
    removeCooperation: ((_, a, ctx) =>
      change(ctx, manager, 'change cooperations', async (tx, actor) => {
        await removeTie(tx, actor, form, 'cooperation', a.organization, a.partner);
        return a.partner;
      })) satisfies Resolver<{ organization: string; partner: string }>,
    setMembership: ((_, a, ctx) =>
      change(ctx, manager, 'change memberships', (tx, actor) => setTie(tx, actor, form, tie('membership', a)))) satisfies Resolver<{
      organization: string;
      memberOf: string;
      since?: number | null;
      source?: string | null;
    }>,
    removeMembership: ((_, a, ctx) =>
      change(ctx, manager, 'change memberships', async (tx, actor) => {
        await removeTie(tx, actor, form, 'membership', a.organization, a.memberOf);
        return a.memberOf;
      })) satisfies Resolver<{ organization: string; memberOf: string }>,
  },
  AuditEntry: {
    fields: ((parent) => (parent as { fields: string[] | null }).fields ?? []) satisfies Resolver,
  },
};
