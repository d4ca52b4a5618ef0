import { describe, expect, it } from 'vitest';
import { changedFields, toFields } from '../../client/src/curation/organization-form.ts';
import type { Profile } from '../../client/src/curation/records-api.ts';
import { canEditOrganization, canSeeNonPublic, isManager, type Session } from '../../client/src/curation/session.ts';
import { initialState, reduce } from '../../client/src/state.ts';

const profile: Profile = {
  id: 'co-0042',
  version: 3,
  name: 'Präzisionsteile Nowak GmbH',
  shortName: 'Präzisionsteile Nowak',
  kind: 'company',
  city: 'Cottbus',
  postCode: null,
  street: null,
  country: 'DE',
  lat: 51.76,
  lon: 14.33,
  employees: 120,
  founded: 1991,
  website: null,
  universityKind: null,
  society: null,
  competences: ['leichtbau', 'fuegetechnik'],
  industries: [],
  contactName: null,
  contactEmail: null,
  contactPhone: null,
  notes: null,
  source: null,
  synthetic: true,
  updatedAt: null,
};

const user = (role: 'member' | 'manager' | 'admin', organizationId: string | null = null): Session => ({
  user: { id: 'u1', login: 'x', displayName: 'X', role, organizationId, mustChangePassword: false },
  csrfToken: 'token',
});

describe('an edit of an organisation', () => {
  it('sends only the fields that changed; lists in another order are unchanged', () => {
    const form = toFields({ ...profile, employees: 137, competences: ['fuegetechnik', 'leichtbau'] });
    expect(changedFields(profile, form)).toEqual({ employees: 137 });
  });

  it('clears the university kind and the society when the kind no longer has them', () => {
    expect(toFields({ kind: 'company', universityKind: 'university', society: 'leibniz' })).toMatchObject({
      kind: 'company',
      universityKind: null,
      society: null,
    });
    expect(toFields({ kind: 'university', universityKind: 'university' }).universityKind).toBe('university');
  });

  it('turns an emptied field into null (the API clears it) and an unknown kind into none', () => {
    const form = toFields({ ...profile, shortName: null, kind: 'guild' });
    expect(changedFields(profile, form)).toEqual({ shortName: null, kind: null });
  });
});

describe('who may edit in the explorer', () => {
  it('lets managers and admins edit every organisation and a member only its own', () => {
    expect(canEditOrganization(user('manager'), 'co-1')).toBe(true);
    expect(canEditOrganization(user('admin'), 'co-1')).toBe(true);
    expect(canEditOrganization(user('member', 'co-1'), 'co-1')).toBe(true);
    expect(canEditOrganization(user('member', 'co-1'), 'co-2')).toBe(false);
    expect(canEditOrganization(initialState.session, 'co-1')).toBe(false);
    expect(canSeeNonPublic(user('member', 'co-1'), 'co-2')).toBe(false);
    expect(isManager(user('member', 'co-1'))).toBe(false);
  });
});

describe('the session in the store', () => {
  it('asks a user with a one-time password for a new one, and closes the sign-in dialog otherwise', () => {
    const opened = reduce(initialState, { type: 'edit', editing: { kind: 'signIn' } });
    const fresh = user('manager').user;
    if (!fresh) throw new Error('no user');
    const once = reduce(opened, { type: 'signedIn', user: { ...fresh, mustChangePassword: true }, csrfToken: 't' });
    expect(once.editing).toEqual({ kind: 'changePassword' });
    expect(once.session.csrfToken).toBe('t');
    const changed = reduce(once, { type: 'signedIn', user: fresh, csrfToken: 't' });
    expect(changed.editing).toBeNull();
  });

  it('keeps the session and the revision when Back restores a view, and forgets both forms and session on sign-out', () => {
    const fresh = user('manager').user;
    if (!fresh) throw new Error('no user');
    const signed = reduce(initialState, { type: 'signedIn', user: fresh, csrfToken: 't' });
    const saved = reduce(reduce(signed, { type: 'edit', editing: { kind: 'organization', id: 'co-1' } }), { type: 'saved', id: 'co-1' });
    expect(saved).toMatchObject({ selected: 'co-1', editing: null, revision: 1 });
    const back = reduce(saved, { type: 'replace', state: initialState });
    expect(back.session).toBe(saved.session);
    expect(back.revision).toBe(1);
    const out = reduce(reduce(back, { type: 'edit', editing: { kind: 'newOrganization' } }), { type: 'signedOut' });
    expect(out.session).toEqual({ user: null, csrfToken: null });
    expect(out.editing).toBeNull();
  });

  it('leaves an open edit form when another node is selected', () => {
    const editing = reduce(initialState, { type: 'edit', editing: { kind: 'organization', id: 'co-1' } });
    expect(reduce(editing, { type: 'select', id: 'co-2' }).editing).toBeNull();
  });
});
