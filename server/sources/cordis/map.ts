// CORDIS rows to the records the import understands. Kinds by activity type, the nearest of our
// kinds where CORDIS has one we lack (docs/sources.md): PUB, a public body, is an agency; OTH,
// "other" (associations, foundations, NGOs), is an association. Roles: the coordinator leads,
// participants, third parties and associated partners are partners (the source's role is kept).
import { organizationRecord, projectRecord } from '../../curation/records.ts';
import type { ImportProblem } from '../../curation/import/problems.ts';
import type { OrganizationKind, ParticipationRole } from '../../../shared/vocabulary.ts';
import { checked } from '../checked.ts';
import { kindDetails } from '../societies.ts';
import type { Provenance } from '../provenance.ts';
import type { SourceOrganization, SourceProject } from '../source-records.ts';
import type { SourceRow } from '../source-csv.ts';
import { flag, flagExpected, isoDay, isoDayExpected, plainAmount, plainAmountExpected, siteCoordinates } from '../values.ts';
import { type CordisOrganizationField, type CordisProjectField, cordisMadeFrom, cordisProjectPage } from './columns.ts';

const kinds: Readonly<Record<string, OrganizationKind>> = {
  PRC: 'company',
  HES: 'university',
  REC: 'research_institute',
  PUB: 'agency',
  OTH: 'association',
};

const roles: Readonly<Record<string, ParticipationRole>> = {
  coordinator: 'lead',
  participant: 'partner',
  thirdparty: 'partner',
  associatedpartner: 'partner',
};

const programmes: Readonly<Record<string, string>> = { H2020: 'Horizon 2020', HORIZON: 'Horizon Europe' };

/** CORDIS writes the EU's country codes: EL for Greece, UK for the United Kingdom. */
const isoCountry = (code: string): string => ({ EL: 'GR', UK: 'GB' })[code.toUpperCase()] ?? code.toUpperCase();

export interface FileContext {
  file: string;
  fileDate: string;
}

const provenance = (ctx: FileContext, recordId: string): Provenance => ({
  source: 'cordis',
  recordId,
  file: ctx.file,
  fileDate: ctx.fileDate,
});
const sourceText = (ctx: FileContext) => `CORDIS, ${ctx.file} (${ctx.fileDate})`;

type Mapped<T> = { value: T } | { problems: ImportProblem[] };

export function cordisProject(row: SourceRow<CordisProjectField>, ctx: FileContext): Mapped<SourceProject> {
  const problems: ImportProblem[] = [];
  const date = (field: CordisProjectField) => {
    const text = row.get(field);
    const day = text === '' ? undefined : isoDay(text);
    if (text !== '' && day === undefined) problems.push(row.problem(field, isoDayExpected));
    return day;
  };
  const amount = (field: CordisProjectField) => {
    const text = row.get(field);
    const value = text === '' ? undefined : plainAmount(text);
    if (text !== '' && value === undefined) problems.push(row.problem(field, plainAmountExpected));
    return value;
  };
  const id = row.get('id');
  const start = date('startDate');
  const end = date('endDate');
  const ec = amount('ecMaxContribution');
  const total = amount('totalCost');
  if (problems.length > 0) return { problems };
  const fp = row.get('frameworkProgramme');
  const candidate = {
    title: row.get('title'),
    acronym: row.get('acronym') || undefined,
    level: 'international',
    programme: fp === '' ? undefined : (programmes[fp.toUpperCase()] ?? fp),
    start: start ?? '',
    end,
    fundingEur: ec,
    website: cordisProjectPage(id),
    source: sourceText(ctx),
  };
  const made = checked(projectRecord, candidate, row, cordisMadeFrom.project);
  if ('problems' in made) return made;
  return {
    value: {
      row: row.row,
      record: made.record,
      provenance: provenance(ctx, id),
      ...(ec === undefined ? {} : { euContributionEur: ec }),
      ...(total === undefined ? {} : { totalCostEur: total }),
    },
  };
}

export interface CordisParticipant {
  organization: SourceOrganization;
  projectId: string;
  role: ParticipationRole;
  sourceRole: string;
  euContributionEur?: number;
}

/** A web address as our records take it: CORDIS often leaves out the scheme. */
const webAddress = (url: string): string | undefined =>
  /^https?:\/\/\S+$/i.test(url) ? url : /^www\.\S+$/i.test(url) ? `https://${url}` : undefined;

export function cordisParticipant(row: SourceRow<CordisOrganizationField>, ctx: FileContext): Mapped<CordisParticipant> {
  const problems: ImportProblem[] = [];
  const activity = row.get('activityType').toUpperCase();
  const kind = kinds[activity];
  if (kind === undefined) problems.push(row.problem('activityType', `one of ${Object.keys(kinds).join(', ')}`));
  const sourceRole = row.get('role');
  const role = roles[sourceRole.toLowerCase()];
  if (role === undefined) problems.push(row.problem('role', 'one of coordinator, participant, thirdParty, associatedPartner'));
  const smeText = row.get('SME');
  const sme = smeText === '' ? undefined : flag(smeText);
  if (smeText !== '' && sme === undefined) problems.push(row.problem('SME', flagExpected));
  const ecText = row.get('ecContribution');
  const ec = ecText === '' ? undefined : plainAmount(ecText);
  if (ecText !== '' && ec === undefined) problems.push(row.problem('ecContribution', plainAmountExpected));
  if (problems.length > 0 || kind === undefined || role === undefined) return { problems };
  const shortName = row.get('shortName');
  const country = isoCountry(row.get('country'));
  const postCode = row.get('postCode').toUpperCase();
  const candidate = {
    name: row.get('name'),
    shortName: shortName !== '' && shortName.length <= 60 ? shortName : undefined,
    kind,
    ...kindDetails(kind, row.get('name')),
    city: row.get('city'),
    // Optional facts the graph can do without: left out when they do not fit our rules.
    postCode: /^[0-9A-Z -]{3,10}$/.test(postCode) ? postCode : undefined,
    street: row.get('street') || undefined,
    country,
    ...siteCoordinates(row.get('geolocation'), country),
    website: webAddress(row.get('organizationURL')),
    source: sourceText(ctx),
  };
  const made = checked(organizationRecord, candidate, row, cordisMadeFrom.organization);
  if ('problems' in made) return made;
  const pic = row.get('organisationID');
  const nutsCode = row.get('nutsCode');
  return {
    value: {
      organization: {
        key: `cordis:${pic}`,
        row: row.row,
        record: made.record,
        provenance: provenance(ctx, pic),
        sourceKind: activity,
        ...(sme === undefined ? {} : { sme }),
        ...(nutsCode === '' ? {} : { nutsCode }),
      },
      projectId: row.get('projectID'),
      role,
      sourceRole,
      ...(ec === undefined ? {} : { euContributionEur: ec }),
    },
  };
}
