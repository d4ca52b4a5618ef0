// The import templates, one per record kind, and the single source of every column's names: the
// server's reader maps headers with them, the downloadable templates and docs/import.md are made
// from them, and the upload dialog names fields by them. Fields are the names of
// server/curation/records.ts; a test checks every field is covered.
import {
  cooperationKindLabels,
  organizationKindLabels,
  participationRoleLabels,
  projectLevelLabels,
  societyLabels,
  universityKindLabels,
  type ValueLabels,
} from './value-labels.ts';

/** What can be imported, one template each, in the order the upload dialog offers them. */
export const recordKinds = ['organizations', 'projects', 'participations', 'cooperations', 'memberships'] as const;
export type RecordKind = (typeof recordKinds)[number];

/** How a cell becomes a value (cell-values.ts): the rules differ for numbers, dates and lists. */
export type CellType =
  | 'text'
  | 'multiline'
  | 'integer'
  | 'decimal'
  | 'amount'
  | 'date'
  | 'list'
  | 'enum'
  | 'postcode'
  | 'country'
  | 'phone'
  | 'url';

export interface TemplateColumn {
  field: string;
  de: string;
  en: string;
  /** Further names accepted as this column's header (the field name itself is always accepted). */
  aliases: readonly string[];
  required: boolean;
  type: CellType;
  /** For enum columns: the stored values with their German and English words. */
  values?: ValueLabels<string>;
  description: string;
  /** The example row's value (stored form: an enum's stored value, a date as YYYY-MM-DD); null leaves it empty. */
  example: string | number | readonly string[] | null;
}

export interface Template {
  kind: RecordKind;
  de: string;
  en: string;
  columns: readonly TemplateColumn[];
}

const col = (
  field: string,
  de: string,
  en: string,
  type: CellType,
  description: string,
  example: TemplateColumn['example'],
  more: { required?: boolean; aliases?: readonly string[]; values?: ValueLabels<string> } = {},
): TemplateColumn => ({
  field,
  de,
  en,
  type,
  description,
  example,
  required: more.required ?? false,
  aliases: more.aliases ?? [],
  ...(more.values ? { values: more.values } : {}),
});

const req = { required: true } as const;
const idColumn = (example: string | null) =>
  col(
    'id',
    'Id',
    'id',
    'text',
    'Our id (lower-case letters, digits, hyphens); empty for a new record, which gets one from its name.',
    example,
    {
      aliases: ['Kennung', 'ID-Nummer', 'identifier'],
    },
  );
const sourceColumn = col(
  'source',
  'Quelle',
  'source',
  'text',
  'Where the facts come from: a file, a register, a website, a conversation.',
  'Mitgliederliste 2026',
  {
    aliases: ['Datenquelle', 'Herkunft'],
  },
);
const sinceColumn = col('since', 'Seit', 'since', 'integer', 'The year it began (1900 to this year).', 2019, {
  aliases: ['seit Jahr', 'Beginn', 'Jahr', 'year'],
});
const orgRef = (field: string, de: string, en: string, description: string, example: string, aliases: readonly string[]) =>
  col(field, de, en, 'text', description, example, { required: true, aliases });

const organizations: Template = {
  kind: 'organizations',
  de: 'Organisationen',
  en: 'organizations',
  columns: [
    idColumn('muster-metallbau'),
    col('name', 'Name', 'name', 'text', 'The full name, with legal form (2 to 200 characters).', 'Muster Metallbau GmbH', {
      ...req,
      aliases: ['Firmenname', 'Organisation', 'Einrichtung', 'Unternehmen', 'organisation', 'company name'],
    }),
    col('shortName', 'Kurzname', 'short name', 'text', 'A short name or abbreviation (at most 60 characters).', 'Muster', {
      aliases: ['Kürzel', 'Abkürzung', 'Kurzbezeichnung', 'abbreviation'],
    }),
    col('kind', 'Art', 'kind', 'enum', 'The kind of organisation.', 'company', {
      ...req,
      values: organizationKindLabels,
      aliases: ['Typ', 'Organisationsart', 'type'],
    }),
    col('city', 'Ort', 'city', 'text', 'The town, a known place by name or id; a new town needs coordinates.', 'Cottbus', {
      ...req,
      aliases: ['Stadt', 'Standort', 'Gemeinde', 'town', 'place'],
    }),
    col('postCode', 'PLZ', 'post code', 'postcode', 'The postcode (5 digits in Germany; leading zeros are kept).', '03046', {
      aliases: ['Postleitzahl', 'zip', 'postcode', 'postal code'],
    }),
    col('street', 'Straße', 'street', 'text', 'Street and number.', 'Musterstraße 1', {
      aliases: ['Adresse', 'Anschrift', 'Straße und Hausnummer', 'address'],
    }),
    col('country', 'Land', 'country', 'country', 'Two-letter country code (ISO 3166); empty means Germany.', 'DE', {
      aliases: ['Staat', 'Ländercode', 'country code'],
    }),
    col('lat', 'Breitengrad', 'latitude', 'decimal', 'Latitude in degrees (WGS 84), inside the country.', 51.7563, {
      aliases: ['Breite', 'Lat', 'geografische Breite'],
    }),
    col('lon', 'Längengrad', 'longitude', 'decimal', 'Longitude in degrees (WGS 84), inside the country.', 14.3329, {
      aliases: ['Länge', 'Lon', 'Lng', 'geografische Länge'],
    }),
    col('employees', 'Beschäftigte', 'employees', 'integer', 'Number of employees (a whole number).', 45, {
      aliases: ['Mitarbeiter', 'Mitarbeitende', 'Mitarbeiterzahl', 'Anzahl Beschäftigte', 'staff'],
    }),
    col('founded', 'Gründungsjahr', 'founded', 'integer', 'The year it was founded (1700 to this year).', 1998, {
      aliases: ['gegründet', 'Gründung', 'year founded'],
    }),
    col('website', 'Webseite', 'website', 'url', 'Web address; "www." gets https:// in front.', 'https://www.muster-metallbau.de', {
      aliases: ['Website', 'Internetseite', 'Homepage', 'Internet', 'URL', 'Web'],
    }),
    col('universityKind', 'Hochschulart', 'university kind', 'enum', 'For a university only: its kind.', null, {
      values: universityKindLabels,
      aliases: ['Hochschultyp', 'Art der Hochschule'],
    }),
    col(
      'society',
      'Forschungsgesellschaft',
      'research society',
      'enum',
      'For a research institute only: the society it belongs to.',
      null,
      { values: societyLabels, aliases: ['Trägergesellschaft', 'Gesellschaft', 'society'] },
    ),
    col(
      'competences',
      'Kompetenzen',
      'competences',
      'list',
      'Competences by id or name, separated by ; or |.',
      ['Laserschweißen', 'CNC-Fräsen'],
      { aliases: ['Kompetenz', 'Kernkompetenzen', 'competencies'] },
    ),
    col('industries', 'Branchen', 'industries', 'list', 'Industries by id or name, separated by ; or |.', ['Maschinenbau'], {
      aliases: ['Branche', 'Wirtschaftszweige', 'industry', 'sectors'],
    }),
    col('contactName', 'Ansprechpartner', 'contact person', 'text', 'Non-public: the contact person.', 'Erika Mustermann', {
      aliases: ['Ansprechperson', 'Kontakt', 'Kontaktperson', 'contact', 'contact name'],
    }),
    col('contactEmail', 'E-Mail', 'e-mail', 'text', 'Non-public: the contact e-mail address.', 'info@muster-metallbau.de', {
      aliases: ['Mail', 'E-Mail-Adresse', 'email address', 'contact email'],
    }),
    col(
      'contactPhone',
      'Telefon',
      'phone',
      'phone',
      'Non-public: the contact phone number (digits, spaces and + ( ) / -).',
      '+49 355 123456',
      { aliases: ['Tel', 'Telefonnummer', 'Tel.', 'phone number', 'contact phone'] },
    ),
    col('notes', 'Notizen', 'notes', 'multiline', 'Non-public: internal notes (line breaks allowed).', 'Mitglied seit der Gründung', {
      aliases: ['Bemerkungen', 'Anmerkungen', 'Kommentar', 'comments'],
    }),
    sourceColumn,
  ],
};

const projects: Template = {
  kind: 'projects',
  de: 'Projekte',
  en: 'projects',
  columns: [
    idColumn('p-leichtbau-2024'),
    col('title', 'Titel', 'title', 'text', 'The project title (3 to 300 characters).', 'Leichtbau für Schienenfahrzeuge', {
      ...req,
      aliases: ['Projekttitel', 'Projektname', 'Projekt', 'project title'],
    }),
    col('acronym', 'Akronym', 'acronym', 'text', 'The project acronym.', 'LeiSchi', { aliases: ['Kurztitel', 'Kürzel', 'short title'] }),
    col('level', 'Ebene', 'level', 'enum', 'The funding level.', 'national', {
      ...req,
      values: projectLevelLabels,
      aliases: ['Förderebene', 'funding level'],
    }),
    col('programme', 'Förderprogramm', 'programme', 'text', 'The funding programme.', 'ZIM', {
      aliases: ['Programm', 'program', 'funding programme'],
    }),
    col('start', 'Beginn', 'start', 'date', 'Start date (DD.MM.YYYY or YYYY-MM-DD).', '2024-01-01', {
      ...req,
      aliases: ['Projektbeginn', 'Start', 'Laufzeit von', 'Laufzeitbeginn', 'start date'],
    }),
    col('end', 'Ende', 'end', 'date', 'End date, on or after the start.', '2026-12-31', {
      aliases: ['Projektende', 'Laufzeit bis', 'Laufzeitende', 'end date'],
    }),
    col(
      'actionField',
      'Handlungsfeld',
      'action field',
      'text',
      'The action field (Handlungsfeld) it contributes to, by id or name.',
      'Leichtbau',
      { aliases: ['Themenfeld'] },
    ),
    col('competences', 'Kompetenzen', 'competences', 'list', 'Competences by id or name, separated by ; or |.', ['Leichtbau'], {
      aliases: ['Kompetenz', 'competencies'],
    }),
    col('fundingEur', 'Fördersumme', 'funding (EUR)', 'amount', 'Funding in euros (1.234.567,89 or 1234567.89).', 1250000, {
      aliases: ['Fördersumme (EUR)', 'Fördersumme EUR', 'Zuwendung', 'Fördervolumen', 'funding', 'funding EUR'],
    }),
    col('website', 'Webseite', 'website', 'url', 'Web address of the project.', 'https://www.leischi.de', {
      aliases: ['Website', 'Internetseite', 'Homepage', 'URL'],
    }),
    sourceColumn,
  ],
};

const participations: Template = {
  kind: 'participations',
  de: 'Projektbeteiligungen',
  en: 'participations',
  columns: [
    orgRef('organization', 'Organisation', 'organization', 'The organisation by id or name.', 'Muster Metallbau GmbH', [
      'Einrichtung',
      'Unternehmen',
      'Organisation-Id',
      'organisation',
    ]),
    col('project', 'Projekt', 'project', 'text', 'The project by id, acronym or title.', 'LeiSchi', {
      ...req,
      aliases: ['Projekttitel', 'Projekt-Id', 'project title'],
    }),
    col('role', 'Rolle', 'role', 'enum', 'Its role in the project.', 'lead', {
      ...req,
      values: participationRoleLabels,
      aliases: ['Funktion', 'Beteiligung'],
    }),
    sourceColumn,
  ],
};

const cooperations: Template = {
  kind: 'cooperations',
  de: 'Kooperationen',
  en: 'cooperations',
  columns: [
    orgRef('organization', 'Organisation', 'organization', 'The first organisation by id or name.', 'Muster Metallbau GmbH', [
      'Einrichtung',
      'Unternehmen',
      'organisation',
    ]),
    orgRef('partner', 'Partner', 'partner', 'The partner organisation by id or name (another one).', 'BTU Cottbus-Senftenberg', [
      'Kooperationspartner',
      'Partnerorganisation',
    ]),
    col('kind', 'Art', 'kind', 'enum', 'The kind of cooperation.', 'research', {
      ...req,
      values: cooperationKindLabels,
      aliases: ['Kooperationsart', 'Typ', 'type'],
    }),
    sinceColumn,
    sourceColumn,
  ],
};

const memberships: Template = {
  kind: 'memberships',
  de: 'Mitgliedschaften',
  en: 'memberships',
  columns: [
    orgRef('organization', 'Organisation', 'organization', 'The member organisation by id or name.', 'Muster Metallbau GmbH', [
      'Mitglied',
      'Einrichtung',
      'Unternehmen',
      'member',
    ]),
    orgRef('memberOf', 'Mitglied in', 'member of', 'The chamber, association or network it is a member of, by id or name.', 'IHK Cottbus', [
      'Netzwerk',
      'Verband',
      'Kammer',
      'Mitglied bei',
    ]),
    sinceColumn,
    sourceColumn,
  ],
};

export const templates: Readonly<Record<RecordKind, Template>> = { organizations, projects, participations, cooperations, memberships };
