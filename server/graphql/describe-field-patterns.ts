// The words for the fields and arguments of the generated entity API, by the pattern of their type
// (describe-patterns.ts): filter operators, aggregates, connections, relationship filters.
import {
  getNamedType,
  isInputObjectType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { type Entity, mirror, relatedAs, type Shape, type Text } from './describe-patterns.ts';
import { pageSize } from './guard/index.ts';

/** The comparison operators of the library's scalar filters (StringScalarFilters, IntScalarFilters …). */
const operators: Readonly<Record<string, string>> = {
  eq: 'Equal to this value.',
  in: 'Equal to one of these values.',
  contains: 'Contains this text (case-sensitive).',
  startsWith: 'Starts with this text (case-sensitive).',
  endsWith: 'Ends with this text (case-sensitive).',
  gt: 'Greater than this value.',
  gte: 'Greater than or equal to this value.',
  lt: 'Less than this value.',
  lte: 'Less than or equal to this value.',
  includes: 'The list contains this value.',
  distance: 'The distance in metres from a point (from) compared with eq, gt, gte, lt or lte.',
  from: 'The point to measure the distance from.',
};

/** Aggregates, in selections (IntAggregateSelection) and in filters on them (IntScalarAggregationFilters). */
const aggregates: Readonly<Record<string, string>> = {
  min: 'The smallest (earliest) value',
  max: 'The largest (latest) value',
  average: 'The mean value',
  sum: 'The sum of the values',
  shortest: 'The shortest value',
  longest: 'The longest value',
  averageLength: 'The mean length of the values',
  shortestLength: 'The length of the shortest value',
  longestLength: 'The length of the longest value',
};

/** Fields named the same wherever the library puts them. */
const fixedFields: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  PageInfo: {
    hasNextPage: 'True when more items follow this page: ask again with after: endCursor.',
    hasPreviousPage: 'True when items come before this page.',
    startCursor: 'The cursor of the first item of this page; null for an empty page.',
    endCursor: 'The cursor of the last item of this page (pass it as after for the next page); null for an empty page.',
  },
  Point: {
    latitude: 'Latitude in degrees (WGS 84).',
    longitude: 'Longitude in degrees (WGS 84).',
    height: 'Height in metres, for 3D points; null here.',
    crs: 'The coordinate reference system, wgs-84 for every point of this graph.',
    srid: 'The numeric id of the coordinate reference system (4326 for WGS 84).',
  },
  PointInput: {
    latitude: 'Latitude in degrees (WGS 84).',
    longitude: 'Longitude in degrees (WGS 84).',
    height: 'Height in metres, for 3D points.',
  },
  Count: { nodes: 'How many nodes match.' },
  CountConnection: { nodes: 'How many distinct related nodes match.', edges: 'How many relationships to them match.' },
  ConnectionAggregationCountFilterInput: {
    nodes: 'Conditions on how many distinct related nodes there are.',
    edges: 'Conditions on how many relationships there are.',
  },
};

const combinators: Readonly<Record<string, string>> = {
  AND: 'Every one of these filters must match.',
  OR: 'At least one of these filters must match.',
  NOT: 'This filter must not match.',
};

type AnyField = GraphQLField<unknown, unknown> | GraphQLInputField;
type Container = GraphQLObjectType | GraphQLInterfaceType | GraphQLInputObjectType;

function deprecatedCount(name: string): Text {
  const m = /^count_(EQ|GT|GTE|LT|LTE)$/.exec(name);
  if (!m) return null;
  const op = m[1]?.toLowerCase() ?? 'eq';
  return `The older form of count: { ${op}: … } (deprecated): how many related nodes there are, ${operators[op]?.toLowerCase() ?? ''}`;
}

/** A filter field of an entity's Where (or of a relationship-properties Where). */
function whereField(field: AnyField, entity: Entity, entities: ReadonlyMap<string, Entity>): Text {
  const name = field.name;
  const named = getNamedType(field.type).name;
  const relation = entity.relations.get(name.charAt(0).toUpperCase() + name.slice(1));
  if (relation && named.endsWith('RelationshipFilters')) {
    return `Filter by ${name}${relatedAs(name, relation.target, entities)}: all, none, exactly one or at least one of them match.${mirror(entity, name)}`;
  }
  const base = name.replace(/(Connection|Aggregate)$/, '');
  const via = entity.relations.get(base.charAt(0).toUpperCase() + base.slice(1));
  if (via && name.endsWith('Connection')) {
    return `Filter by ${base} through the relationship: the related ${via.target} (node)${via.properties ? " and the relationship's properties (edge)" : ''}; all, none, single or some of them, or an aggregate.`;
  }
  if (via && name.endsWith('Aggregate'))
    return `The older form of ${base}Connection: { aggregate: … } (deprecated): filter by aggregates over the ${base}.`;
  if (named.endsWith('Where')) return `Filter on the related ${named.replace(/Where$/, '')} (${name}).${mirror(entity, name)}`;
  return `Filter on ${name}.${mirror(entity, name)}`;
}

/** A field of a generated type of the pattern `shape`, or null when no pattern fits it. */
function patternField(field: AnyField, shape: Shape, entities: ReadonlyMap<string, Entity>): Text {
  const { entity, relation } = shape;
  const name = field.name;
  const target = relation ? entities.get(relation.target) : undefined;
  const props = relation?.properties ? entities.get(relation.properties) : undefined;
  switch (shape.kind) {
    case 'Where':
      return whereField(field, entity, entities);
    case 'Sort':
      return `Sort by ${name}.${mirror(entity, name)}`;
    case 'AggregateNode':
      return `Aggregates of ${name} over the match.${mirror(entity, name)}`;
    case 'AggregationWhereInput':
      return `Conditions on aggregates of ${name}.${mirror(entity, name)}`;
    case 'RelationNodeAggregationWhereInput':
      return `Conditions on aggregates of the related nodes' ${name}.${mirror(target, name)}`;
    case 'RelationNodeAggregateSelection':
      return `Aggregates of the related nodes' ${name}.${mirror(target, name)}`;
    case 'RelationEdgeAggregateSelection':
      return `Aggregates of the relationships' ${name}.${mirror(props, name)}`;
    default:
      break;
  }
  const item = relation ? `related ${relation.target}` : entity.name;
  const connectionFields: Readonly<Record<string, string>> = {
    edges: `This page: each ${item} with its cursor.`,
    pageInfo: 'Whether more pages follow, and the cursors to go on from.',
    totalCount: 'How many match in all, over every page.',
    aggregate: 'Aggregates over everything that matches, not only this page.',
    cursor: 'Where this item stands: pass it as after to get the items that follow it.',
    node: relation ? `The related ${relation.target}.` : `The ${entity.name}.`,
    properties: `The properties of the relationship${relation?.properties ? ` (${relation.properties})` : ''}.`,
    count: 'How many there are.',
    edge: relation?.properties ? `The properties of the relationship (${relation.properties}).` : 'The properties of the relationship.',
  };
  const forKind: Readonly<Record<string, readonly string[]>> = {
    Connection: ['edges', 'pageInfo', 'totalCount', 'aggregate'],
    RelationConnection: ['edges', 'pageInfo', 'totalCount', 'aggregate'],
    Edge: ['cursor', 'node'],
    RelationRelationship: ['cursor', 'node', 'properties'],
    Aggregate: ['count', 'node'],
    RelationAggregateSelection: ['count', 'node', 'edge'],
  };
  if (forKind[shape.kind]?.includes(name)) {
    if (shape.kind === 'Aggregate' && name === 'node') return 'Aggregates of each property over the match.';
    if (shape.kind === 'Aggregate' && name === 'count') return 'How many match.';
    if (shape.kind === 'RelationAggregateSelection' && name === 'count')
      return 'How many related nodes, and relationships to them, there are.';
    if (shape.kind === 'RelationAggregateSelection' && name === 'node')
      return `Aggregates of the related ${relation?.target ?? 'node'}'s properties.`;
    return connectionFields[name] ?? null;
  }
  if (shape.kind === 'RelationConnectionWhere' || shape.kind === 'RelationConnectionSort') {
    const verb = shape.kind === 'RelationConnectionWhere' ? 'Filter on' : 'Sort by';
    if (name === 'node') return `${verb} the related ${relation?.target ?? 'node'}.`;
    if (name === 'edge') return `${verb} the properties of the relationship.`;
  }
  if (shape.kind === 'RelationConnectionAggregateInput' || shape.kind === 'RelationAggregateInput') {
    if (name === 'count') return 'Conditions on how many related nodes there are.';
    if (name === 'node') return `Conditions on aggregates of the related ${relation?.target ?? 'node'}'s properties.`;
    if (name === 'edge') return "Conditions on aggregates of the relationship's properties.";
    return deprecatedCount(name);
  }
  return null;
}

/** A field of an entity's own type: the generated connection twin of a relationship field. */
function entityField(field: AnyField, entity: Entity): Text {
  const base = field.name.replace(/Connection$/, '');
  const relation = field.name.endsWith('Connection') ? entity.relations.get(base.charAt(0).toUpperCase() + base.slice(1)) : undefined;
  if (!relation) return null;
  return `${mirror(entity, base).trim() || `The ${base}.`} As a connection: cursor pagination (first, after), totalCount${relation.properties ? " and the relationship's properties" : ''}.`;
}

/** A Query field of the entity API: a list or a connection of a node type. */
function rootField(field: AnyField, entities: ReadonlyMap<string, Entity>): Text {
  const base = field.name.replace(/Connection$/, '');
  const entity = [...entities.values()].find((e) => e.plural === base);
  if (!entity) return null;
  const what = `${base.charAt(0).toUpperCase()}${base.slice(1)}`;
  return field.name.endsWith('Connection')
    ? `${what} as a connection: cursor pagination with first (${pageSize.default} when not given, at most ${pageSize.max}) and after, totalCount and aggregates over the whole match. Filter with where, order with sort.`
    : `${what}, filtered with where, ordered with sort, paged with limit (${pageSize.default} when not given, at most ${pageSize.max}) and offset.`;
}

export function describeField(
  type: Container,
  field: AnyField,
  shape: Shape | null,
  entities: ReadonlyMap<string, Entity>,
  schema: GraphQLSchema,
): Text {
  const name = field.name;
  const fixed = fixedFields[type.name]?.[name];
  if (fixed) return fixed;
  if (isInputObjectType(type) && combinators[name]) return combinators[name] ?? null;
  // The scalar filters and aggregates are named after their scalar: StringScalarFilters, PointDistanceFilters …
  if (/(ScalarFilters|ListFilters|PointFilters|DistanceFilters)$/.test(type.name) && operators[name]) {
    return /ListFilters$/.test(type.name) && name === 'eq' ? 'Equal to this list.' : (operators[name] ?? null);
  }
  if (/(AggregateSelection|ScalarAggregationFilters)$/.test(type.name) && !shape?.relation && aggregates[name]) {
    return `${aggregates[name]}${type.name.endsWith('Filters') ? ' must meet these conditions.' : '.'}`;
  }
  if (type === schema.getQueryType()) return rootField(field, entities);
  const own = entities.get(type.name);
  if (own) return entityField(field, own);
  return shape ? patternField(field, shape, entities) : null;
}
