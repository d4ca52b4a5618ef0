// The network filter, checked and turned into the statements' parameters (null: no restriction).
import type { OrganizationKind, ProjectLevel, Society } from '../../../shared/vocabulary.ts';
import { maxNamedOrganizations } from '../../../shared/limits.ts';
import { badInput } from '../../errors.ts';
import { ids, intInRange } from '../arguments.ts';

function listOfAtMost(argument: string, values: string[] | null, max: number): string[] | null {
  if (values && values.length > max) throw badInput(argument, `names at most ${max} organisations, got ${values.length}.`, values.length);
  return values;
}

export interface NetworkFilterInput {
  kinds?: OrganizationKind[] | null;
  societies?: Society[] | null;
  districts?: string[] | null;
  places?: string[] | null;
  organizations?: string[] | null;
  competences?: string[] | null;
  industries?: string[] | null;
  minEmployees?: number | null;
  maxEmployees?: number | null;
  synthetic?: boolean | null;
  levels?: ProjectLevel[] | null;
  actionFields?: string[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  includeProjects?: boolean | null;
  minParticipants?: number | null;
  includeMemberships?: boolean | null;
}

/**
 * Kinds, societies and levels are enums: the schema has already refused any other value (the
 * export's query string checks them before it calls this). `prefix` names the arguments in errors:
 * `filter.` for GraphQL, nothing for the export's query-string parameters.
 */
export function networkParams(f: NetworkFilterInput, prefix = 'filter.') {
  return {
    kinds: f.kinds ?? null,
    societies: f.societies ?? null,
    districts: ids(`${prefix}districts`, f.districts),
    places: ids(`${prefix}places`, f.places),
    organizations: listOfAtMost(`${prefix}organizations`, ids(`${prefix}organizations`, f.organizations), maxNamedOrganizations),
    competences: ids(`${prefix}competences`, f.competences),
    industries: ids(`${prefix}industries`, f.industries),
    minEmployees: intInRange(`${prefix}minEmployees`, f.minEmployees, 0, 1_000_000),
    maxEmployees: intInRange(`${prefix}maxEmployees`, f.maxEmployees, 0, 1_000_000),
    synthetic: f.synthetic ?? null,
    levels: f.levels ?? null,
    actionFields: ids(`${prefix}actionFields`, f.actionFields),
    yearFrom: intInRange(`${prefix}yearFrom`, f.yearFrom, 1900, 2100),
    yearTo: intInRange(`${prefix}yearTo`, f.yearTo, 1900, 2100),
    minParticipants: intInRange(`${prefix}minParticipants`, f.minParticipants, 1, 1000) ?? 1,
  };
}
