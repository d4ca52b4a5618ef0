// Checks a dataset before anything is written: a bad row is reported with its table, row,
// field and value, and the database stays as it was.
import * as vocabulary from '../shared/vocabulary.ts';
import type { Dataset } from './dataset.ts';

export interface DatasetProblem {
  table: keyof Dataset;
  row: number;
  field: string;
  value: unknown;
  message: string;
}

export class DatasetError extends Error {
  override name = 'DatasetError';
  constructor(readonly problems: DatasetProblem[]) {
    const shown = problems.slice(0, 10).map((p) => `${p.table}[${p.row}].${p.field} = ${JSON.stringify(p.value)}: ${p.message}`);
    super(`The dataset has ${problems.length} problem(s):\n  ${shown.join('\n  ')}${problems.length > 10 ? '\n  …' : ''}`);
  }
}

const organizationKinds: ReadonlySet<string> = new Set(vocabulary.organizationKinds);
const levels: ReadonlySet<string> = new Set(vocabulary.projectLevels);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function validateDataset(d: Dataset): void {
  const problems: DatasetProblem[] = [];
  const fail = (table: keyof Dataset, row: number, field: string, value: unknown, message: string) =>
    problems.push({ table, row, field, value, message });

  const ids = (table: 'districts' | 'places' | 'competences' | 'industries' | 'actionFields' | 'organizations' | 'projects') => {
    const seen = new Set<string>();
    d[table].forEach((r, i) => {
      if (typeof r.id !== 'string' || r.id === '') fail(table, i, 'id', r.id, 'must be a non-empty string');
      else if (seen.has(r.id)) fail(table, i, 'id', r.id, 'is used twice');
      seen.add(r.id);
    });
    return seen;
  };
  const districts = ids('districts');
  const places = ids('places');
  const competences = ids('competences');
  const industries = ids('industries');
  const actionFields = ids('actionFields');
  const orgs = ids('organizations');
  const projects = ids('projects');

  const ref = (table: keyof Dataset, i: number, field: string, value: string, known: Set<string>, what: string) => {
    if (!known.has(value)) fail(table, i, field, value, `no ${what} with this id`);
  };
  const coordinate = (table: keyof Dataset, i: number, lat: number, lon: number) => {
    if (!Number.isFinite(lat) || lat < -90 || lat > 90) fail(table, i, 'lat', lat, 'must be a latitude in degrees');
    if (!Number.isFinite(lon) || lon < -180 || lon > 180) fail(table, i, 'lon', lon, 'must be a longitude in degrees');
  };

  d.places.forEach((p, i) => {
    ref('places', i, 'districtId', p.districtId, districts, 'district');
    coordinate('places', i, p.lat, p.lon);
  });
  d.organizations.forEach((o, i) => {
    if (!organizationKinds.has(o.kind)) fail('organizations', i, 'kind', o.kind, `must be one of ${[...organizationKinds].join(', ')}`);
    if (!o.name) fail('organizations', i, 'name', o.name, 'must not be empty');
    ref('organizations', i, 'placeId', o.placeId, places, 'place');
    coordinate('organizations', i, o.lat, o.lon);
    if (o.employees !== undefined && (!Number.isInteger(o.employees) || o.employees < 0)) {
      fail('organizations', i, 'employees', o.employees, 'must be a whole number ≥ 0');
    }
  });
  d.orgCompetences.forEach((r, i) => {
    ref('orgCompetences', i, 'orgId', r.orgId, orgs, 'organization');
    ref('orgCompetences', i, 'competenceId', r.competenceId, competences, 'competence');
  });
  d.orgIndustries.forEach((r, i) => {
    ref('orgIndustries', i, 'orgId', r.orgId, orgs, 'organization');
    ref('orgIndustries', i, 'industryId', r.industryId, industries, 'industry');
  });
  d.projects.forEach((p, i) => {
    if (!levels.has(p.level)) fail('projects', i, 'level', p.level, 'must be regional, national or international');
    if (!isoDate.test(p.start)) fail('projects', i, 'start', p.start, 'must be an ISO date (YYYY-MM-DD)');
    if (!isoDate.test(p.end)) fail('projects', i, 'end', p.end, 'must be an ISO date (YYYY-MM-DD)');
    if (p.end < p.start) fail('projects', i, 'end', p.end, `is before start ${p.start}`);
    ref('projects', i, 'actionFieldId', p.actionFieldId, actionFields, 'action field');
    p.competenceIds.forEach((c) => ref('projects', i, 'competenceIds', c, competences, 'competence'));
  });
  const leads = new Map<string, number>();
  d.participations.forEach((r, i) => {
    ref('participations', i, 'orgId', r.orgId, orgs, 'organization');
    ref('participations', i, 'projectId', r.projectId, projects, 'project');
    if (r.role !== 'lead' && r.role !== 'partner') fail('participations', i, 'role', r.role, 'must be lead or partner');
    if (r.role === 'lead') leads.set(r.projectId, (leads.get(r.projectId) ?? 0) + 1);
  });
  d.projects.forEach((p, i) => {
    if (leads.get(p.id) !== 1) fail('projects', i, 'id', p.id, `needs exactly one lead, has ${leads.get(p.id) ?? 0}`);
  });
  d.cooperations.forEach((r, i) => {
    ref('cooperations', i, 'fromId', r.fromId, orgs, 'organization');
    ref('cooperations', i, 'toId', r.toId, orgs, 'organization');
    if (r.fromId === r.toId) fail('cooperations', i, 'toId', r.toId, 'an organisation cannot cooperate with itself');
  });
  d.memberships.forEach((r, i) => {
    ref('memberships', i, 'orgId', r.orgId, orgs, 'organization');
    ref('memberships', i, 'targetId', r.targetId, orgs, 'organization');
  });
  if (problems.length > 0) throw new DatasetError(problems);
}
