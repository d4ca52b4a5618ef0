// The accounts mutations' arguments, checked with messages that name the argument and the rule.
import { badInput } from '../../errors.ts';
import type { UserRole } from '../../../shared/vocabulary.ts';

const loginPattern = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

export function loginArg(raw: string): string {
  const login = raw.trim().toLowerCase();
  if (!loginPattern.test(login))
    throw badInput('login', '2–64 characters: letters, digits, . _ @ - (starting with a letter or digit).', raw);
  return login;
}

export function displayNameArg(raw: string): string {
  const name = raw.trim();
  if (name.length === 0 || name.length > 200) throw badInput('displayName', 'must have 1–200 characters.', raw);
  return name;
}

/** A member edits one organisation, so it must have one; others may. */
export function organizationArg(role: UserRole, raw: string | null | undefined): string | null {
  const id = raw?.trim() || null;
  if (role === 'member' && id === null) throw badInput('organizationId', 'a member needs the id of its organisation.');
  if (id !== null && id.length > 200) throw badInput('organizationId', 'is too long.', raw);
  return id;
}

export function labelArg(raw: string): string {
  const label = raw.trim();
  if (label.length === 0 || label.length > 200) throw badInput('label', 'must have 1–200 characters.', raw);
  return label;
}

export function expiryArg(raw: number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  if (!Number.isInteger(raw) || raw < 1 || raw > 3650)
    throw badInput('expiresInDays', 'must be a whole number of days from 1 to 3650, or null.', raw);
  return raw;
}
