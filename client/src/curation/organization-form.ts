// The fields of an organisation as a form, for editing a profile, creating an organisation and
// choosing values in a merge. Read back as the API's OrganizationFields; a new profile's values
// compared with the loaded ones give only what changed.
import type { Vocabulary } from '../api.ts';
import { h } from '../dom.ts';
import { organizationKinds, societies, universityKinds } from '../../../shared/vocabulary.ts';
import type { OrganizationKind } from '../gql/graphql.ts';
import { localName, valueLabel, type Key, type Lang } from '../i18n.ts';
import { FieldProblem, makeField, sameValue, type Choice, type Field, type FieldSpec, type FieldValue } from './fields.ts';
import type { OrganizationFields, Profile } from './records-api.ts';

const oneOf = <T extends string>(list: readonly T[], v: FieldValue): T | null =>
  typeof v === 'string' ? (list.find((x) => x === v) ?? null) : null;
const text = (v: FieldValue): string | null => (typeof v === 'string' ? v : null);
const num = (v: FieldValue): number | null => (typeof v === 'number' ? v : null);
const list = (v: FieldValue): string[] => (Array.isArray(v) ? v : []);

/** The form's names in the order shown; every one is a field of OrganizationFields. */
export const organizationFieldNames = [
  'name',
  'shortName',
  'kind',
  'universityKind',
  'society',
  'city',
  'postCode',
  'street',
  'country',
  'lat',
  'lon',
  'employees',
  'founded',
  'website',
  'competences',
  'industries',
  'source',
  'contactName',
  'contactEmail',
  'contactPhone',
  'notes',
] as const satisfies readonly (keyof OrganizationFields & keyof Profile)[];
export type OrganizationFieldName = (typeof organizationFieldNames)[number];
const nonPublic: readonly OrganizationFieldName[] = ['contactName', 'contactEmail', 'contactPhone', 'notes'];

/** Builds the API's fields from the form's values; a field hidden for the kind is cleared. */
export function toFields(v: Partial<Record<OrganizationFieldName, FieldValue>>): OrganizationFields {
  const kind = oneOf(organizationKinds, v.kind ?? null);
  return {
    name: text(v.name ?? null),
    shortName: text(v.shortName ?? null),
    kind,
    universityKind: kind === 'university' ? oneOf(universityKinds, v.universityKind ?? null) : null,
    society: kind === 'research_institute' ? oneOf(societies, v.society ?? null) : null,
    city: text(v.city ?? null),
    postCode: text(v.postCode ?? null),
    street: text(v.street ?? null),
    country: text(v.country ?? null),
    lat: num(v.lat ?? null),
    lon: num(v.lon ?? null),
    employees: num(v.employees ?? null),
    founded: num(v.founded ?? null),
    website: text(v.website ?? null),
    competences: list(v.competences ?? null),
    industries: list(v.industries ?? null),
    source: text(v.source ?? null),
    contactName: text(v.contactName ?? null),
    contactEmail: text(v.contactEmail ?? null),
    contactPhone: text(v.contactPhone ?? null),
    notes: text(v.notes ?? null),
  };
}

function copy<T, K extends keyof T>(to: T, from: T, key: K): void {
  to[key] = from[key];
}

/** The named fields only. */
export function pickFields(all: OrganizationFields, names: Iterable<OrganizationFieldName>): OrganizationFields {
  const out: OrganizationFields = {};
  for (const name of names) copy(out, all, name);
  return out;
}

/** Only what differs from the loaded profile: an edit never rewrites what the editor left alone. */
export function changedFields(profile: Profile, next: OrganizationFields): OrganizationFields {
  const out: OrganizationFields = {};
  for (const name of organizationFieldNames) if (!sameValue(profile[name] ?? null, next[name] ?? null)) copy(out, next, name);
  return out;
}

export interface OrganizationForm {
  element: HTMLElement;
  fill(profile: Profile): void;
  /** The values, or the fields whose text is no valid value (shown at the fields). */
  read(): { fields: OrganizationFields } | { problems: FieldProblem[] };
  /** Shows the server's problems at their fields; returns those no field of the form takes. */
  showProblems(problems: readonly { field: string; expected: string }[]): { field: string; expected: string }[];
}

export interface OrganizationFormOptions {
  t: (key: Key) => string;
  lang: Lang;
  vocabulary: Pick<Vocabulary, 'competences' | 'industries'>;
  /** Contact and notes only for those who may see them. */
  showNonPublic: boolean;
  idPrefix: string;
}

export function organizationForm(o: OrganizationFormOptions): OrganizationForm {
  const { t, lang } = o;
  const terms = (items: Vocabulary['competences']): Choice[] => items.map((c) => ({ value: c.id, label: localName(lang, c) }));
  const labelled = (prefix: 'kind' | 'uni' | 'society', values: readonly string[]): Choice[] =>
    values.map((v) => ({ value: v, label: valueLabel(lang, prefix, v) }));
  const specs: Record<OrganizationFieldName, FieldSpec> = {
    name: { type: 'text', required: true },
    shortName: { type: 'text' },
    kind: { type: 'select', choices: labelled('kind', organizationKinds) },
    universityKind: { type: 'select', choices: labelled('uni', universityKinds), none: t('noneOption') },
    society: { type: 'select', choices: labelled('society', societies), none: t('noneOption') },
    city: { type: 'text', required: true },
    postCode: { type: 'text' },
    street: { type: 'text' },
    country: { type: 'text' },
    lat: { type: 'float', expected: t('expectNumber') },
    lon: { type: 'float', expected: t('expectNumber') },
    employees: { type: 'int', expected: t('expectWhole') },
    founded: { type: 'int', expected: t('expectWhole') },
    website: { type: 'url' },
    competences: { type: 'multi', choices: terms(o.vocabulary.competences), hint: t('multiHint') },
    industries: { type: 'multi', choices: terms(o.vocabulary.industries), hint: t('multiHint') },
    source: { type: 'text' },
    contactName: { type: 'text' },
    contactEmail: { type: 'email' },
    contactPhone: { type: 'tel' },
    notes: { type: 'textarea' },
  };
  const shown = organizationFieldNames.filter((n) => o.showNonPublic || !nonPublic.includes(n));
  const fields = new Map<OrganizationFieldName, Field>(
    shown.map((n) => [n, makeField(o.idPrefix, n, t(`f_${n}`), specs[n], nonPublic.includes(n) ? t('nonPublic') : undefined)]),
  );
  const kindField = fields.get('kind');
  const onlyFor = (name: OrganizationFieldName, kind: OrganizationKind) => {
    const f = fields.get(name);
    if (f) f.element.hidden = kindField?.control.value !== kind;
  };
  const syncKind = () => {
    onlyFor('universityKind', 'university');
    onlyFor('society', 'research_institute');
  };
  kindField?.control.addEventListener('change', syncKind);
  const element = h(
    'div',
    { className: 'org-form' },
    ...shown.filter((n) => !nonPublic.includes(n)).map((n) => fields.get(n)?.element),
    o.showNonPublic
      ? h('fieldset', { className: 'non-public' }, h('legend', {}, t('nonPublicSection')), ...nonPublic.map((n) => fields.get(n)?.element))
      : null,
  );
  syncKind();
  return {
    element,
    fill(profile) {
      for (const [name, f] of fields) f.write(profile[name] ?? null);
      syncKind();
    },
    read() {
      const values: Partial<Record<OrganizationFieldName, FieldValue>> = {};
      const problems: FieldProblem[] = [];
      for (const [name, f] of fields) {
        f.problem(null);
        try {
          values[name] = f.read();
        } catch (e) {
          if (!(e instanceof FieldProblem)) throw e;
          problems.push(e);
          f.problem(`${t('expected')} ${e.expected}`);
        }
      }
      return problems.length ? { problems } : { fields: toFields(values) };
    },
    showProblems(problems) {
      const rest: { field: string; expected: string }[] = [];
      for (const p of problems) {
        const f = [...fields.values()].find((x) => x.name === p.field);
        if (f && !f.element.hidden) f.problem(`${t('expected')} ${p.expected}`);
        else rest.push(p);
      }
      return rest;
    },
  };
}
