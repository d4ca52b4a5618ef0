// The network filter, checked and turned into the statements' parameters (null: no restriction).
import type { OrganizationKind, ProjectLevel, Society } from '../../vocabulary.ts';
import { ids, intInRange } from '../arguments.ts';

export interface NetworkFilterInput {
  kinds?: OrganizationKind[] | null;
  societies?: Society[] | null;
  districts?: string[] | null;
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
  includeMemberships?: boolean | null;
}

// Kinds, societies and levels are enums: the schema has already refused any other value.
export function networkParams(f: NetworkFilterInput) {
  return {
    kinds: f.kinds ?? null,
    societies: f.societies ?? null,
    districts: ids('filter.districts', f.districts),
    competences: ids('filter.competences', f.competences),
    industries: ids('filter.industries', f.industries),
    minEmployees: intInRange('filter.minEmployees', f.minEmployees, 0, 1_000_000),
    maxEmployees: intInRange('filter.maxEmployees', f.maxEmployees, 0, 1_000_000),
    synthetic: f.synthetic ?? null,
    levels: f.levels ?? null,
    actionFields: ids('filter.actionFields', f.actionFields),
    yearFrom: intInRange('filter.yearFrom', f.yearFrom, 1900, 2100),
    yearTo: intInRange('filter.yearTo', f.yearTo, 1900, 2100),
  };
}
