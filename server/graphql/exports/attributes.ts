// The attributes every export declares, typed, in one list: GEXF and GraphML declare them as keys
// (with these types and descriptions), the CSV tables have them as columns in this order, and the
// graphology JSON carries them as they are (lists as arrays there, joined everywhere else).
import {
  cooperationKinds,
  organizationKinds,
  participationRoles,
  projectLevels,
  societies,
  universityKinds,
} from '../../../shared/vocabulary.ts';

export type AttributeType = 'string' | 'int' | 'double' | 'boolean';

export interface Attribute {
  name: string;
  type: AttributeType;
  description: string;
}

/** How lists (competences, industries) are written where a value must be one string. */
export const listSeparator = ';';

/** The allowed values of a fixed set, for a description: `(a, b, c)`. */
const oneOf = (values: readonly string[]) => `(${values.join(', ')})`;

const list = (what: string) => `${what}, separated by "${listSeparator}" (a list written as one string)`;

export const nodeAttributes: readonly Attribute[] = [
  { name: 'nodeType', type: 'string', description: 'organization or project' },
  { name: 'kind', type: 'string', description: `organisation kind ${oneOf(organizationKinds)} or "project"` },
  { name: 'name', type: 'string', description: 'organisation name' },
  { name: 'shortName', type: 'string', description: 'organisation short name' },
  { name: 'title', type: 'string', description: 'project title' },
  { name: 'society', type: 'string', description: `research society of an institute ${oneOf(societies)}` },
  { name: 'universityKind', type: 'string', description: `kind of university ${oneOf(universityKinds)}` },
  { name: 'employees', type: 'int', description: 'head count of a company' },
  { name: 'synthetic', type: 'boolean', description: 'true for invented demo data, false for real facts' },
  { name: 'place', type: 'string', description: 'place id' },
  { name: 'district', type: 'string', description: 'district (Landkreis or kreisfreie Stadt) id' },
  { name: 'lat', type: 'double', description: 'latitude, WGS 84' },
  { name: 'lon', type: 'double', description: 'longitude, WGS 84' },
  { name: 'x', type: 'double', description: 'stored layout position (ForceAtlas2)' },
  { name: 'y', type: 'double', description: 'stored layout position (ForceAtlas2)' },
  { name: 'competences', type: 'string', description: list('competence ids') },
  { name: 'industries', type: 'string', description: list('industry ids') },
  { name: 'level', type: 'string', description: `project level ${oneOf(projectLevels)}` },
  { name: 'programme', type: 'string', description: 'funding programme of a project' },
  { name: 'startYear', type: 'int', description: 'first year of a project' },
  { name: 'endYear', type: 'int', description: 'last year of a project' },
  { name: 'actionField', type: 'string', description: 'action field (Handlungsfeld) id of a project' },
  { name: 'degree', type: 'int', description: 'edges of the node within this exported graph' },
  { name: 'metricDegree', type: 'int', description: 'distinct tie partners in the whole cluster (stored network metric)' },
  { name: 'betweenness', type: 'double', description: 'betweenness centrality in the whole cluster (stored network metric)' },
  { name: 'componentId', type: 'int', description: 'weakly connected component, 1 = the largest (stored network metric)' },
  { name: 'componentSize', type: 'int', description: 'organisations in its component (stored network metric)' },
  { name: 'communityId', type: 'int', description: 'Leiden community, 1 = the largest (stored network metric)' },
  { name: 'articulation', type: 'boolean', description: 'its loss would split its component (stored network metric)' },
  { name: 'bridgeTies', type: 'int', description: 'its ties that are bridges (stored network metric)' },
  { name: 'effectiveSize', type: 'double', description: "Burt's effective size (stored network metric)" },
  { name: 'splitOff', type: 'int', description: 'organisations separated from the rest if it went (stored network metric)' },
  {
    name: 'researchCutOff',
    type: 'int',
    description: 'companies that would lose their last path to research if it went (stored network metric)',
  },
];

export const edgeAttributes: readonly Attribute[] = [
  { name: 'kind', type: 'string', description: 'participation (organisation to project), cooperation or membership' },
  { name: 'role', type: 'string', description: `role in the project ${oneOf(participationRoles)}` },
  { name: 'since', type: 'int', description: 'year a cooperation or membership began' },
  { name: 'cooperationKind', type: 'string', description: `kind of cooperation ${oneOf(cooperationKinds)}` },
  { name: 'startYear', type: 'int', description: 'first year of the project of a participation' },
  { name: 'endYear', type: 'int', description: 'last year of the project of a participation' },
  { name: 'synthetic', type: 'boolean', description: 'true for invented demo data' },
];

export type AttributeValue = string | number | boolean | null | readonly string[];

/** A node or edge attribute as one scalar: lists joined, absent values null. */
export function scalar(value: AttributeValue | undefined): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join(listSeparator);
  return value as string | number | boolean;
}
