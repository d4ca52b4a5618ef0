// The editing API through GraphQL, in process: who may change what, what others may see, and
// that ties, merges, deletions and the audit trail behave as a cluster manager expects.
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Viewer } from '../../server/auth/viewer.ts';
import type { Database } from '../../server/db.ts';
import { ErrorCode } from '../../server/errors.ts';
import { buildSchema } from '../../server/graphql/schema.ts';
import type { UserRole } from '../../shared/vocabulary.ts';
import { loadDataset } from '../../seed/load.ts';
import { tinyDataset } from '../fixtures/tiny.ts';
import { connect, freshDatabase } from '../setup/db.ts';
import { run } from '../setup/execute.ts';

const user = (role: UserRole, organizationId: string | null = null): Viewer => ({
  kind: 'user',
  userId: `u-${role}${organizationId ? `-${organizationId}` : ''}`,
  login: `${role}${organizationId ? `@${organizationId}` : ''}`,
  role,
  organizationId,
  via: 'token',
  sessionId: null,
});
const viewers: Record<string, Viewer | undefined> = {
  public: undefined,
  'member of co-1': user('member', 'co-1'),
  'member of co-2': user('member', 'co-2'),
  manager: user('manager'),
  admin: user('admin'),
};

let db: Database;
let schema: GraphQLSchema;
beforeAll(async () => {
  db = connect();
  schema = await buildSchema(db);
});
afterAll(() => db.close());
beforeEach(async () => {
  await freshDatabase(db);
  await loadDataset(db, tinyDataset(), { layout: false });
});

const Counts = z.object({ nodes: z.number(), relationships: z.number() });
const counts = async () => (await db.read('admin/counts', {}, Counts))[0];

const mutations: Record<string, { source: string; variables: Record<string, unknown>; allowed: string[] }> = {
  createOrganization: {
    source: 'mutation($f: OrganizationFields!) { createOrganization(fields: $f) { id } }',
    variables: { f: { name: 'Oderland Stahlbau GmbH', kind: 'company', city: 'Cottbus' } },
    allowed: ['manager', 'admin'],
  },
  'updateOrganization (own)': {
    source: 'mutation { updateOrganization(id: "co-1", version: 0, fields: { employees: 77 }) { version } }',
    variables: {},
    allowed: ['member of co-1', 'manager', 'admin'],
  },
  deleteOrganization: { source: 'mutation { deleteOrganization(id: "co-2", version: 0) }', variables: {}, allowed: ['manager', 'admin'] },
  mergeOrganizations: {
    source: 'mutation { mergeOrganizations(keep: "co-1", keepVersion: 0, drop: "co-2", dropVersion: 0) { id } }',
    variables: {},
    allowed: ['manager', 'admin'],
  },
  createProject: {
    source: 'mutation { createProject(fields: { title: "Gusszentrum Lausitz", level: regional, start: "2025-01-01" }) { id } }',
    variables: {},
    allowed: ['manager', 'admin'],
  },
  updateProject: {
    source: 'mutation { updateProject(id: "pr-1", version: 0, fields: { acronym: "X" }) { version } }',
    variables: {},
    allowed: ['manager', 'admin'],
  },
  deleteProject: { source: 'mutation { deleteProject(id: "pr-1", version: 0) }', variables: {}, allowed: ['manager', 'admin'] },
  setParticipation: {
    source: 'mutation { setParticipation(organization: "co-2", project: "pr-1", role: partner) }',
    variables: {},
    allowed: ['manager', 'admin'],
  },
  removeParticipation: {
    source: 'mutation { removeParticipation(organization: "co-1", project: "pr-1") }',
    variables: {},
    allowed: ['manager', 'admin'],
  },
  setCooperation: {
    source: 'mutation { setCooperation(organization: "co-1", partner: "hs-btu", kind: research, since: 2024) }',
    variables: {},
    allowed: ['manager', 'admin'],
  },
  removeCooperation: {
    source: 'mutation { removeCooperation(organization: "co-2", partner: "co-1") }',
    variables: {},
    allowed: ['manager', 'admin'],
  },
  setMembership: {
    source: 'mutation { setMembership(organization: "co-2", memberOf: "ihk-cottbus", since: 2020) }',
    variables: {},
    allowed: ['manager', 'admin'],
  },
  removeMembership: {
    source: 'mutation { removeMembership(organization: "co-1", memberOf: "ihk-cottbus") }',
    variables: {},
    allowed: ['manager', 'admin'],
  },
};

describe('who may change what', () => {
  for (const [name, m] of Object.entries(mutations)) {
    it(`${name}: allowed for ${m.allowed.join(', ')}; everyone else is refused and nothing changes`, async () => {
      for (const [who, viewer] of Object.entries(viewers)) {
        if (m.allowed.includes(who)) continue;
        const before = await counts();
        const res = await run(schema, db, m.source, m.variables, viewer);
        expect(res.errors?.[0]?.extensions?.code, `${name} as ${who}`).toBe(viewer ? ErrorCode.Forbidden : ErrorCode.Unauthenticated);
        expect(await counts(), `${name} as ${who} changed the graph`).toEqual(before);
      }
      const allowed = m.allowed[0] ?? 'manager';
      const res = await run(schema, db, m.source, m.variables, viewers[allowed]);
      expect(res.errors, `${name} as ${allowed}`).toBeUndefined();
      const trail = await run<{ auditTrail: { entries: unknown[] } }>(schema, db, '{ auditTrail { entries { id } } }', {}, viewers.manager);
      expect(trail.data?.auditTrail.entries.length, `${name} left no audit entry`).toBeGreaterThan(0);
    });
  }
});

describe('what others may see', () => {
  it('shows contact and notes to managers and the organisation itself, and null to everyone else', async () => {
    const set = await run(
      schema,
      db,
      'mutation { updateOrganization(id: "co-1", version: 0, fields: { contactName: "Erika Muster", contactEmail: "e.muster@example.de", notes: "Ansprechpartnerin für Guss" }) { version } }',
      {},
      viewers.manager,
    );
    expect(set.errors).toBeUndefined();
    const read = (who: string) =>
      run<{ organizationProfile: { contactEmail: string | null; notes: string | null; name: string } }>(
        schema,
        db,
        '{ organizationProfile(id: "co-1") { name contactEmail notes } }',
        {},
        viewers[who],
      );
    for (const who of ['manager', 'admin', 'member of co-1']) {
      expect((await read(who)).data?.organizationProfile, who).toMatchObject({
        contactEmail: 'e.muster@example.de',
        notes: 'Ansprechpartnerin für Guss',
      });
    }
    for (const who of ['public', 'member of co-2']) {
      expect((await read(who)).data?.organizationProfile, who).toMatchObject({ contactEmail: null, notes: null });
    }
  });

  it('keeps the audit trail and the change figures to managers', async () => {
    for (const who of ['public', 'member of co-1']) {
      for (const source of ['{ auditTrail { entries { id } } }', '{ changesSince(since: "2020-01-01") { count } }']) {
        const res = await run(schema, db, source, {}, viewers[who]);
        expect(
          res.errors?.map((e) => e.extensions?.code),
          `${source} as ${who}`,
        ).toEqual([who === 'public' ? ErrorCode.Unauthenticated : ErrorCode.Forbidden]);
      }
    }
  });
});

describe('ties, merges and deletions', () => {
  const asManager = (source: string) => run<Record<string, unknown>>(schema, db, source, {}, viewers.manager);

  it('sets a tie once: the same values again change nothing; a membership needs a chamber, association or network', async () => {
    expect((await asManager('mutation { setCooperation(organization: "co-1", partner: "hs-btu", kind: research) }')).data).toEqual({
      setCooperation: 'created',
    });
    expect((await asManager('mutation { setCooperation(organization: "hs-btu", partner: "co-1", kind: research) }')).data).toEqual({
      setCooperation: 'unchanged',
    });
    expect((await asManager('mutation { setCooperation(organization: "hs-btu", partner: "co-1", kind: development) }')).data).toEqual({
      setCooperation: 'updated',
    });
    const wrong = await asManager('mutation { setMembership(organization: "co-1", memberOf: "co-2") }');
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.BadUserInput,
      problems: [{ field: 'memberOf', value: 'co-2', expected: 'a chamber, association or network' }],
    });
    const dangling = await asManager('mutation { setParticipation(organization: "co-1", project: "pr-404", role: lead) }');
    expect(dangling.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.NotFound, id: 'pr-404' });
  });

  it('merges two records of one organisation: ties move over without duplicates, the dropped record is gone and kept in the trail', async () => {
    const res = await asManager(
      'mutation { mergeOrganizations(keep: "co-2", keepVersion: 0, drop: "co-1", dropVersion: 0, fields: { name: "Vereinigte Metallwerke" }) { id name competences industries } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.mergeOrganizations).toEqual({
      id: 'co-2',
      name: 'Vereinigte Metallwerke',
      competences: ['giessereitechnik', 'zerspanung'],
      industries: ['fahrzeugbau', 'schienenverkehr'],
    });
    expect((await asManager('{ organizationProfile(id: "co-1") { id } }')).data).toEqual({ organizationProfile: null });
    const trail = await run<{
      auditTrail: { entries: { action: string; entityId: string; otherId: string | null; before: string | null }[] };
    }>(schema, db, '{ auditTrail(record: "co-1") { entries { action entityId otherId before } } }', {}, viewers.manager);
    const merge = trail.data?.auditTrail.entries.find((e) => e.action === 'merge');
    expect(merge).toMatchObject({ entityId: 'co-1', otherId: 'co-2' });
    expect(JSON.parse(merge?.before ?? '{}')).toMatchObject({
      name: expect.any(String),
      ties: { participations: [{ project: 'pr-1', role: 'partner' }] },
    });
    // co-1 was a partner of pr-1 and a member of the IHK: co-2 now is; the co-1–co-2 cooperation is not a self-tie.
    const partners = await asManager(
      '{ companies(where: { id: { eq: "co-2" } }) { projects { id } memberOf { id } cooperationPartners { id } } }',
    );
    expect(partners.data).toEqual({
      companies: [{ projects: [{ id: 'pr-1' }], memberOf: [{ id: 'ihk-cottbus' }], cooperationPartners: [] }],
    });
  });

  it('pages the audit trail newest first with a cursor', async () => {
    for (const n of [1, 2, 3])
      await asManager(`mutation { updateOrganization(id: "co-1", version: ${n - 1}, fields: { employees: ${n * 10} }) { version } }`);
    const page = (after: string | null) =>
      run<{ auditTrail: { entries: { version: number }[]; endCursor: string | null } }>(
        schema,
        db,
        'query($after: String) { auditTrail(record: "co-1", first: 2, after: $after) { entries { version } endCursor } }',
        { after },
        viewers.manager,
      );
    const first = (await page(null)).data?.auditTrail;
    expect(first?.entries.map((e) => e.version)).toEqual([3, 2]);
    const second = (await page(first?.endCursor ?? null)).data?.auditTrail;
    expect(second).toEqual({ entries: [{ version: 1 }], endCursor: null });
    const figures = await run<{ changesSince: unknown[] }>(
      schema,
      db,
      '{ changesSince(since: "2020-01-01") { entity action count } }',
      {},
      viewers.manager,
    );
    expect(figures.data?.changesSince).toEqual([{ entity: 'organization', action: 'update', count: 3 }]);
  });
});
