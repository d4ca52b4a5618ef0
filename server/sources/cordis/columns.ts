// The CORDIS open-data CSV files (project.csv, organization.csv of the Horizon 2020 and Horizon
// Europe packages), in one place: header as CORDIS writes it → our field. Only the columns read
// are named; the files have more (docs/sources.md lists them all) and may gain or reorder columns.
import type { SourceColumn } from '../columns.ts';

export type CordisProjectField =
  | 'id'
  | 'acronym'
  | 'title'
  | 'startDate'
  | 'endDate'
  | 'totalCost'
  | 'ecMaxContribution'
  | 'frameworkProgramme'
  | 'contentUpdateDate';

export const cordisProjectColumns: readonly SourceColumn<CordisProjectField>[] = [
  { field: 'id', names: ['id', 'projectID'], required: true },
  { field: 'acronym', names: ['acronym'], required: false },
  { field: 'title', names: ['title'], required: true },
  { field: 'startDate', names: ['startDate'], required: true },
  { field: 'endDate', names: ['endDate'], required: false },
  { field: 'totalCost', names: ['totalCost'], required: false },
  { field: 'ecMaxContribution', names: ['ecMaxContribution'], required: false },
  { field: 'frameworkProgramme', names: ['frameworkProgramme'], required: false },
  { field: 'contentUpdateDate', names: ['contentUpdateDate'], required: false },
];

export type CordisOrganizationField =
  | 'projectID'
  | 'organisationID'
  | 'name'
  | 'shortName'
  | 'SME'
  | 'activityType'
  | 'street'
  | 'postCode'
  | 'city'
  | 'country'
  | 'nutsCode'
  | 'geolocation'
  | 'organizationURL'
  | 'role'
  | 'ecContribution';

export const cordisOrganizationColumns: readonly SourceColumn<CordisOrganizationField>[] = [
  { field: 'projectID', names: ['projectID'], required: true },
  // CORDIS spells it with an s, the file name with a z.
  { field: 'organisationID', names: ['organisationID', 'organizationID'], required: true },
  { field: 'name', names: ['name'], required: true },
  { field: 'shortName', names: ['shortName'], required: false },
  { field: 'SME', names: ['SME'], required: false },
  { field: 'activityType', names: ['activityType'], required: true },
  { field: 'street', names: ['street'], required: false },
  { field: 'postCode', names: ['postCode'], required: false },
  { field: 'city', names: ['city'], required: true },
  { field: 'country', names: ['country'], required: true },
  { field: 'nutsCode', names: ['nutsCode'], required: true },
  { field: 'geolocation', names: ['geolocation'], required: false },
  { field: 'organizationURL', names: ['organizationURL'], required: false },
  { field: 'role', names: ['role'], required: true },
  { field: 'ecContribution', names: ['ecContribution'], required: false },
];

/** The file names inside a CORDIS package zip (the packages have put them in a folder, too). */
export const cordisFiles = { projects: 'project.csv', organizations: 'organization.csv' } as const;

/** A project's page on CORDIS. */
export const cordisProjectPage = (id: string) => `https://cordis.europa.eu/project/id/${encodeURIComponent(id)}`;

/**
 * The column each field of our records is made from: to locate a problem of a record (a project,
 * an organisation, its participation) at the cell the source wrote.
 */
export const cordisMadeFrom = {
  project: {
    title: 'title',
    acronym: 'acronym',
    start: 'startDate',
    end: 'endDate',
    fundingEur: 'ecMaxContribution',
    programme: 'frameworkProgramme',
    website: 'id',
  },
  organization: {
    name: 'name',
    shortName: 'shortName',
    kind: 'activityType',
    society: 'name',
    universityKind: 'name',
    city: 'city',
    country: 'country',
    street: 'street',
    postCode: 'postCode',
    lat: 'geolocation',
    lon: 'geolocation',
    website: 'organizationURL',
    organization: 'name',
    project: 'projectID',
    role: 'role',
  },
} as const satisfies Record<string, Record<string, CordisProjectField | CordisOrganizationField>>;
