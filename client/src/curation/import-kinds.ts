// What can be imported, as the upload dialog offers it: the five kinds and each kind's fields in
// the order of the server's templates (server/curation/import/templates.ts), with the templates'
// own German and English column names. A unit test holds this list to the templates.
import type { Lang } from '../i18n.ts';

export const importKinds = ['organizations', 'projects', 'participations', 'cooperations', 'memberships'] as const;
export type ImportKind = (typeof importKinds)[number];

export interface ImportField {
  field: string;
  de: string;
  en: string;
  required: boolean;
}

const f = (field: string, de: string, en: string, required = false): ImportField => ({ field, de, en, required });

export const importFields: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  organizations: [
    f('id', 'Id', 'id'),
    f('name', 'Name', 'name', true),
    f('shortName', 'Kurzname', 'short name'),
    f('kind', 'Art', 'kind', true),
    f('city', 'Ort', 'city', true),
    f('postCode', 'PLZ', 'post code'),
    f('street', 'Straße', 'street'),
    f('country', 'Land', 'country'),
    f('lat', 'Breitengrad', 'latitude'),
    f('lon', 'Längengrad', 'longitude'),
    f('employees', 'Beschäftigte', 'employees'),
    f('founded', 'Gründungsjahr', 'founded'),
    f('website', 'Webseite', 'website'),
    f('universityKind', 'Hochschulart', 'university kind'),
    f('society', 'Forschungsgesellschaft', 'research society'),
    f('competences', 'Kompetenzen', 'competences'),
    f('industries', 'Branchen', 'industries'),
    f('contactName', 'Ansprechpartner', 'contact person'),
    f('contactEmail', 'E-Mail', 'e-mail'),
    f('contactPhone', 'Telefon', 'phone'),
    f('notes', 'Notizen', 'notes'),
    f('source', 'Quelle', 'source'),
  ],
  projects: [
    f('id', 'Id', 'id'),
    f('title', 'Titel', 'title', true),
    f('acronym', 'Akronym', 'acronym'),
    f('level', 'Ebene', 'level', true),
    f('programme', 'Förderprogramm', 'programme'),
    f('start', 'Beginn', 'start', true),
    f('end', 'Ende', 'end'),
    f('actionField', 'Handlungsfeld', 'action field'),
    f('competences', 'Kompetenzen', 'competences'),
    f('fundingEur', 'Fördersumme', 'funding (EUR)'),
    f('website', 'Webseite', 'website'),
    f('source', 'Quelle', 'source'),
  ],
  participations: [
    f('organization', 'Organisation', 'organization', true),
    f('project', 'Projekt', 'project', true),
    f('role', 'Rolle', 'role', true),
    f('source', 'Quelle', 'source'),
  ],
  cooperations: [
    f('organization', 'Organisation', 'organization', true),
    f('partner', 'Partner', 'partner', true),
    f('kind', 'Art', 'kind', true),
    f('since', 'Seit', 'since'),
    f('source', 'Quelle', 'source'),
  ],
  memberships: [
    f('organization', 'Organisation', 'organization', true),
    f('memberOf', 'Mitglied in', 'member of', true),
    f('since', 'Seit', 'since'),
    f('source', 'Quelle', 'source'),
  ],
};

/** A field's column name in the language; an unknown field (a newer server's) by its own name. */
export function fieldLabel(lang: Lang, kind: ImportKind, field: string): string {
  const found = importFields[kind].find((x) => x.field === field);
  return found ? found[lang] : field;
}

/** Where the template of a kind is downloaded, in the UI's language. */
export const templateUrl = (kind: ImportKind, format: 'csv' | 'xlsx', lang: Lang): string =>
  `/import/template/${kind}.${format}?lang=${lang}`;
