// The words for the generated entity API's types, by naming pattern: what a CompanyWhere, a
// ChamberMembersConnection or an IntAggregateSelection is (their fields: describe-field-patterns.ts).
// describe-generated.ts finds the pattern of each type and applies these where nothing is written.
import type { GraphQLNamedType } from 'graphql';
import { pageSize } from './guard/index.ts';

/** A node type of the entity API, or a relationship-properties type, as the patterns need it. */
export interface Entity {
  name: string;
  /** Its Query list field, e.g. companies; null for relationship properties. */
  plural: string | null;
  fields: Readonly<Record<string, { description?: string | null | undefined }>>;
  /** Its relationship fields by their capitalised name (Competences → competences). */
  relations: ReadonlyMap<string, Relation>;
}

export interface Relation {
  field: string;
  target: string;
  /** The relationship-properties type (Participation, Cooperation, Membership), if it has one. */
  properties: string | null;
}

/**
 * A generated type as an entity, maybe one of its relationships, and the pattern: `Where`,
 * `AggregateNode`, `Connection` (a root connection), `RelationConnectionWhere` (ChamberMembersConnectionWhere) …
 */
export interface Shape {
  kind: string;
  entity: Entity;
  relation: Relation | null;
}

export type Text = string | null;

export const plural = (name: string, entities: ReadonlyMap<string, Entity>) => entities.get(name)?.plural ?? `${name} items`;

/** A type name with its article: a Chamber, an ActionField. */
const an = (name: string) => `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;

/** ` (related organizations)` where a relationship field's name does not say what it holds. */
export const relatedAs = (field: string, target: string, entities: ReadonlyMap<string, Entity>) => {
  const many = plural(target, entities);
  return many === field ? '' : ` (related ${many})`;
};

/** The description of `name` on an entity, as a sentence to append. */
export function mirror(entity: Entity | undefined, name: string): string {
  const d = entity?.fields[name]?.description?.trim();
  return d ? ` ${d}` : '';
}

const pageNote = `at most ${pageSize.max} per page, ${pageSize.default} when not asked`;

/** Types named the same in every schema of the library. */
const fixedTypes: Readonly<Record<string, string>> = {
  Query:
    'The reading API: the generated entity API (lists, cursor connections, filters, sorting, aggregates) and the cluster questions (network, search, paths, transfer partners, gap reports, figures); profiles and the audit trail for editors.',
  Mutation:
    'Changes to the cluster data and to accounts, each checked against the signed-in viewer (sign in at /auth/login, or send Authorization: Bearer ce_…); a browser session must also send the x-csrf-token header. Never over GET. Each change is one transaction, checked against the version it is based on, and recorded in the audit trail.',
  Count: 'How many nodes match.',
  CountConnection: 'How many related nodes, and how many relationships to them, match.',
  ConnectionAggregationCountFilterInput: 'Conditions on how many related nodes (nodes) and relationships (edges) there are.',
  IntAggregateSelection: 'Aggregates of a whole-number property over the match; null where no node has a value.',
  FloatAggregateSelection: 'Aggregates of a decimal property over the match; null where no node has a value.',
  StringAggregateSelection: 'The shortest and the longest value of a text property over the match.',
  DateTimeAggregateSelection: 'The earliest and the latest value of a date-time property over the match.',
};

export function describeType(type: GraphQLNamedType, shape: Shape | null, entities: ReadonlyMap<string, Entity>): Text {
  const fixed = fixedTypes[type.name];
  if (fixed) return fixed;
  if (!shape) return null;
  const { entity, relation } = shape;
  const e = entity.name;
  const many = entity.plural ?? `${e} relationships`;
  if (relation) {
    const r = relation.field;
    const t = relation.target;
    const props = relation.properties ? ` and the relationship's properties (${relation.properties})` : '';
    switch (shape.kind) {
      case 'RelationConnection':
        return `A page of ${an(e)}'s ${r} (cursor pagination, ${pageNote}): each related ${t} with its cursor${props}, pageInfo to go on, and totalCount.`;
      case 'RelationRelationship':
        return `One of ${an(e)}'s ${r}: the related ${t} (node) and its cursor${relation.properties ? `, and the properties of the relationship (properties)` : ''}.`;
      case 'RelationConnectionWhere':
        return `Filter on ${an(e)}'s ${r}: node filters the related ${t}${relation.properties ? ', edge the properties of the relationship' : ''}; AND, OR and NOT combine filters.`;
      case 'RelationConnectionSort':
        return `One sort key of ${an(e)}'s ${r}Connection: a property of the related ${t} (node)${relation.properties ? ' or of the relationship (edge)' : ''}.`;
      case 'RelationConnectionFilters':
        return `Filter ${many} by their ${r}: all, none, exactly one (single) or at least one (some) of them match, or an aggregate over them.`;
      case 'RelationConnectionAggregateInput':
        return `Filter ${many} by aggregates over their ${r}: how many there are (count), and aggregates of the related ${t}'s properties (node)${relation.properties ? " and of the relationship's (edge)" : ''}.`;
      case 'RelationAggregateInput':
        return `The older form of ${type.name.replace(/AggregateInput$/, 'ConnectionAggregateInput')} (deprecated; use ${r}Connection: { aggregate: … }): filter ${many} by aggregates over their ${r}.`;
      case 'RelationNodeAggregationWhereInput':
        return `Conditions on aggregates (min, max, average, sum; text lengths) of the properties of ${an(e)}'s ${r}${relatedAs(r, t, entities)}.`;
      case 'RelationEdgeAggregationWhereInput':
        return `Conditions on aggregates of the properties of ${an(e)}'s ${r} relationships, under the name of their properties type.`;
      case 'RelationEdgeWhere':
        return `Filter on the properties of ${an(e)}'s ${r} relationship, under the name of its properties type.`;
      case 'RelationEdgeSort':
        return `Sort by a property of ${an(e)}'s ${r} relationship, under the name of its properties type.`;
      case 'RelationRelationshipProperties':
        return `The properties stored on ${an(e)}'s ${r} relationship.`;
      case 'RelationAggregateSelection':
        return `Aggregates over ${an(e)}'s ${r}: how many (count), and per property of the related ${t} (node)${relation.properties ? ' and of the relationship (edge)' : ''}.`;
      case 'RelationNodeAggregateSelection':
        return `Aggregates of each property of ${an(e)}'s ${r} (the related ${t}): min, max, average and sum of numbers; shortest and longest of texts.`;
      case 'RelationEdgeAggregateSelection':
        return `Aggregates of each property of ${an(e)}'s ${r} relationships.`;
      default:
        return null;
    }
  }
  switch (shape.kind) {
    case 'Connection':
      return `A page of ${many} (cursor pagination, ${pageNote}): each ${e} with its cursor, pageInfo to go on, and totalCount and aggregate over the whole match.`;
    case 'Where':
      return entity.plural
        ? `Filter on ${many}: one field per property (with operators such as eq, in, gt) or relationship; fields combine with AND, and AND, OR and NOT combine whole filters.`
        : `Filter on the properties of ${an(e)} relationship; fields combine with AND, and AND, OR and NOT combine whole filters.`;
    case 'Sort':
      return `One sort key of ${many}: a property, ascending (ASC) or descending (DESC).`;
    case 'Edge':
      return `One ${e} of a page, with its cursor.`;
    case 'Aggregate':
      return `Aggregates over every ${e} the filter matches, not only one page: how many (count) and per property (node).`;
    case 'AggregateNode':
      return `Aggregates of each property of the ${many} that match: min, max, average and sum of numbers; shortest and longest of texts.`;
    case 'RelationshipFilters':
      return `Filter by related ${many}: all, none, exactly one (single) or at least one (some) of them match.`;
    case 'Implementation':
      return `The node types that implement ${e}.`;
    case 'AggregationWhereInput':
      return `Conditions on aggregates of the properties of ${e} relationships.`;
    default:
      return null;
  }
}
