// The records people edit and import, with every rule they must pass, once: the edit mutations
// and every import (forms, files) validate with these schemas, so a rule cannot hold in one and
// not the other. Each message says what was expected; an import report shows it beside the value.
import { z } from 'zod';
import { type RecordKind, recordKinds } from '../../shared/import-templates.ts';
import {
  cooperationKinds,
  organizationKinds,
  participationRoles,
  projectLevels,
  societies,
  universityKinds,
} from '../../shared/vocabulary.ts';
import { countryBounds, type germany } from './countries.ts';

const thisYear = new Date().getUTCFullYear();

const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
const requiredText = (max: number) => text(max).min(1, 'a value (required)');
/** Lower-case letters, digits and hyphens, as every id of the graph ("co-0042", "fhg-ipk"). */
export const recordId = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'an id of lower-case letters, digits and hyphens (e.g. co-0042)');
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `one of ${values.join(', ')}` });
const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: `a whole number from ${min} to ${max}` })
    .int(`a whole number from ${min} to ${max}`)
    .min(min, `a whole number from ${min} to ${max}`)
    .max(max, `a whole number from ${min} to ${max}`);
/** A calendar date as YYYY-MM-DD that exists (no 31 April). */
export const isoDate = z
  .string()
  .trim()
  // abort: a value that is no date at all is not also reported as "a date that exists".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date as YYYY-MM-DD or DD.MM.YYYY', abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'a date that exists');
const website = z
  .string()
  .trim()
  .max(300, 'at most 300 characters')
  .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, 'a web address starting with http:// or https://');
const email = z.string().trim().max(200).email('an e-mail address (name@example.de)');
/** ISO 3166-1 alpha-2, upper case: DE, PL, FR … */
export const countryCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}$/, 'a two-letter country code (ISO 3166, e.g. DE, PL)');
/** Terms (competences, industries) by id or by their German or English name; resolved against the graph. */
const terms = z.array(requiredText(120)).max(50, 'at most 50 entries');

/**
 * Object rules run as soon as the fields they read have passed, even when another field failed:
 * zod skips a refinement after a field's type or enum check failed, and a row must report all its
 * problems at once (an import report that shows one problem per round trip is a week of uploads).
 */
const whenValid = (...fields: string[]) => ({
  when: (payload: z.core.ParsePayload): boolean =>
    !payload.issues.some((i) => i.path === undefined || i.path.length === 0 || fields.includes(String(i.path[0]))),
});

/** Coordinates must lie in the stated country (Germany when none is stated). */
function placedInCountry(
  r: { lat?: number | undefined; lon?: number | undefined; country?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (r.lat === undefined && r.lon === undefined) return;
  if (r.lat === undefined || r.lon === undefined) {
    ctx.addIssue({ code: 'custom', path: [r.lat === undefined ? 'lat' : 'lon'], message: 'latitude and longitude together, or neither' });
    return;
  }
  const country = r.country ?? 'DE';
  const box = countryBounds[country];
  const inside = (b: typeof germany) => r.lat! >= b.south && r.lat! <= b.north && r.lon! >= b.west && r.lon! <= b.east;
  if (box && !inside(box)) {
    ctx.addIssue({
      code: 'custom',
      path: ['lat'],
      message: `coordinates in ${country} (latitude ${box.south}…${box.north}, longitude ${box.west}…${box.east}); state the country for a site abroad`,
    });
  }
}

const organizationFields = {
  /** Our id; absent for a new organisation (one is made from the name). */
  id: recordId.optional(),
  name: requiredText(200).pipe(z.string().min(2, 'a name of at least 2 characters')),
  shortName: text(60).optional(),
  kind: oneOf(organizationKinds),
  /** The town (a known place of the graph, by name or id); a new town needs coordinates. */
  city: requiredText(100),
  postCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Z -]{3,10}$/, 'a postcode (5 digits in Germany)')
    .optional(),
  street: text(200).optional(),
  country: countryCode.optional(),
  lat: z.number({ error: 'a latitude in degrees (WGS 84)' }).min(-90).max(90).optional(),
  lon: z.number({ error: 'a longitude in degrees (WGS 84)' }).min(-180).max(180).optional(),
  employees: wholeNumber(0, 1_000_000).optional(),
  founded: wholeNumber(1700, thisYear).optional(),
  website: website.optional(),
  universityKind: oneOf(universityKinds).optional(),
  society: oneOf(societies).optional(),
  competences: terms.optional(),
  industries: terms.optional(),
  /** Non-public: contact person, e-mail and phone, internal notes (managers and the organisation itself). */
  contactName: text(200).optional(),
  contactEmail: email.optional(),
  contactPhone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()/-]{4,30}$/, 'a phone number of digits, spaces and + ( ) / -')
    .optional(),
  notes: text(5000).optional(),
  /** Where the facts come from: a file, a register, a website, a conversation. */
  source: text(500).optional(),
};

export const organizationRecord = z
  .object(organizationFields)
  .superRefine(placedInCountry, whenValid('lat', 'lon', 'country'))
  .superRefine(
    (r, ctx) => {
      if (r.universityKind !== undefined && r.kind !== 'university') {
        ctx.addIssue({ code: 'custom', path: ['universityKind'], message: 'empty unless kind is university' });
      }
      if (r.society !== undefined && r.kind !== 'research_institute') {
        ctx.addIssue({ code: 'custom', path: ['society'], message: 'empty unless kind is research_institute' });
      }
    },
    whenValid('kind', 'universityKind', 'society'),
  );
export type OrganizationRecord = z.infer<typeof organizationRecord>;

export const projectRecord = z
  .object({
    id: recordId.optional(),
    title: requiredText(300).pipe(z.string().min(3, 'a title of at least 3 characters')),
    acronym: text(40).optional(),
    level: oneOf(projectLevels),
    programme: text(200).optional(),
    start: isoDate,
    end: isoDate.optional(),
    /** The Handlungsfeld (action field) it contributes to, by id or name. */
    actionField: text(120).optional(),
    competences: terms.optional(),
    fundingEur: z.number({ error: 'an amount in euros' }).min(0, 'an amount of at least 0 euros').max(1e10).optional(),
    website: website.optional(),
    source: text(500).optional(),
  })
  .superRefine(
    (r, ctx) => {
      if (r.end !== undefined && r.end < r.start) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `a date on or after the start (${r.start})` });
      }
    },
    whenValid('start', 'end'),
  );
export type ProjectRecord = z.infer<typeof projectRecord>;

/** An organisation by our id, or by name (matched like an imported organisation). */
const organizationRef = requiredText(200);

export const participationRecord = z.object({
  organization: organizationRef,
  project: requiredText(300),
  role: oneOf(participationRoles),
  source: text(500).optional(),
});

export const cooperationRecord = z
  .object({
    organization: organizationRef,
    partner: organizationRef,
    kind: oneOf(cooperationKinds),
    since: wholeNumber(1900, thisYear).optional(),
    source: text(500).optional(),
  })
  .refine((r) => r.organization !== r.partner, {
    path: ['partner'],
    message: 'another organisation than the first',
    ...whenValid('organization', 'partner'),
  });

export const membershipRecord = z.object({
  organization: organizationRef,
  /** The chamber, association or network it is a member of. */
  memberOf: organizationRef,
  since: wholeNumber(1900, thisYear).optional(),
  source: text(500).optional(),
});

// The kinds are the import templates' (shared with the upload dialog); named here too, where the
// records are.
export { type RecordKind, recordKinds };

export const recordSchemas = {
  organizations: organizationRecord,
  projects: projectRecord,
  participations: participationRecord,
  cooperations: cooperationRecord,
  memberships: membershipRecord,
} as const satisfies Record<RecordKind, z.ZodType>;

/** One broken rule: the field, the value given and what was expected. */
export interface RecordProblem {
  field: string;
  value: unknown;
  expected: string;
}

/** The problems of one record, one per field and rule, in field order. */
export function recordProblems(issues: readonly z.core.$ZodIssue[], input: Record<string, unknown>): RecordProblem[] {
  return issues.map((i) => {
    const field = String(i.path[0] ?? '(record)');
    return { field, value: input[field] ?? null, expected: i.message };
  });
}
