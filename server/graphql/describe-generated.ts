// The Neo4j GraphQL Library generates the entity API (filters, sorts, connections, aggregates) and
// leaves most of it without descriptions. This fills in what it leaves empty, from the naming
// patterns of the generated types and from the entity fields they mirror (CompanyWhere.employees
// says what Company.employees says). A description the library or a domain gave always stays.
// It writes into the built schema in place, like gate.ts: the library's resolvers, the cost
// estimator and the gate all hold this schema object, and a description changes no behaviour.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isObjectType,
  isUnionType,
  parse,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
} from 'graphql';
import { describeField } from './describe-field-patterns.ts';
import { describeType, type Entity, type Relation, type Shape } from './describe-patterns.ts';
import { pageSize } from './guard/index.ts';

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const empty = (d: string | null | undefined) => !d?.trim();

/** The fields of an object type's field's type, or none. */
const fieldsUnder = (field: GraphQLField<unknown, unknown> | undefined) => {
  const named = field && getNamedType(field.type);
  return named && isObjectType(named) ? named.getFields() : {};
};

// A relationship field has a sibling <field>Connection; its edges say which properties it carries.
function relationsOf(fields: Record<string, GraphQLField<unknown, unknown>>): Map<string, Relation> {
  const out = new Map<string, Relation>();
  for (const [name, field] of Object.entries(fields)) {
    const connection = fields[`${name}Connection`];
    if (!connection) continue;
    const props = fieldsUnder(fieldsUnder(connection).edges).properties;
    const propsType = props && getNamedType(props.type);
    const member = propsType && isUnionType(propsType) ? propsType.getTypes()[0] : propsType;
    out.set(capitalised(name), { field: name, target: getNamedType(field.type).name, properties: member?.name ?? null });
  }
  return out;
}

/** The entities of the generated API, found in the built schema. */
function entitiesOf(schema: GraphQLSchema, nodeTypes: ReadonlySet<string>): Map<string, Entity> {
  const plurals = new Map<string, string>();
  for (const [name, field] of Object.entries(schema.getQueryType()?.getFields() ?? {})) {
    const named = getNamedType(field.type).name;
    if (nodeTypes.has(named) && isListType(getNullableType(field.type))) plurals.set(named, name);
  }
  const out = new Map<string, Entity>();
  const add = (name: string, plural: string | null) => {
    const type = schema.getType(name);
    if (!type || !(isObjectType(type) || isInterfaceType(type))) return;
    const fields = type.getFields();
    out.set(name, { name, plural, fields, relations: relationsOf(fields) });
  };
  for (const name of nodeTypes) add(name, plurals.get(name) ?? null);
  for (const e of [...out.values()])
    for (const r of e.relations.values()) if (r.properties && !out.has(r.properties)) add(r.properties, null);
  return out;
}

/** Finds which entity, relationship and generated pattern a type name is made of. */
function shapeOf(name: string, entities: ReadonlyMap<string, Entity>, connections: ReadonlyMap<string, Entity>): Shape | null {
  const top = connections.get(name);
  if (top) return { kind: 'Connection', entity: top, relation: null };
  const byLength = [...entities.values()].sort((a, b) => b.name.length - a.name.length);
  for (const entity of byLength) {
    if (!name.startsWith(entity.name)) continue;
    const rest = name.slice(entity.name.length);
    const relations = [...entity.relations.entries()].sort((a, b) => b[0].length - a[0].length);
    for (const [cap, relation] of relations) {
      // Aggregate selections name the target in between: ChamberOrganizationMembersAggregateSelection.
      for (const middle of ['', relation.target]) {
        const prefix = middle + cap;
        if (rest.startsWith(prefix)) {
          const kind = rest.slice(prefix.length);
          if (kind) return { kind: `Relation${kind}`, entity, relation };
        }
      }
    }
    if (rest) return { kind: rest, entity, relation: null };
  }
  return null;
}

/** The node type a list or connection field of the entity API pages, or null for any other field. */
function pagedEntity(field: GraphQLField<unknown, unknown>, entities: ReadonlyMap<string, Entity>): string | null {
  const named = getNamedType(field.type);
  if (entities.has(named.name) && isListType(getNullableType(field.type))) return named.name;
  if (isObjectType(named) && named.getFields().pageInfo) {
    const edge = getNamedType(named.getFields().edges?.type ?? named);
    const node = isObjectType(edge) ? edge.getFields().node : undefined;
    return node ? getNamedType(node.type).name : null;
  }
  return null;
}

function describeArgument(arg: GraphQLArgument, item: string, connection: boolean): string | null {
  switch (arg.name) {
    case 'where':
      return `Only the ${item} that match this filter.`;
    case 'sort':
      return 'The order: a list of { property: ASC or DESC }, the first entry deciding first.';
    case 'limit':
      return `How many to return: ${pageSize.default} when not given, at most ${pageSize.max}; an answer that hits it says so in extensions.pageLimit.`;
    case 'offset':
      return 'How many to skip first (with limit: the page to return).';
    case 'first':
      return `How many to return after the cursor: ${pageSize.default} when not given, at most ${pageSize.max}.`;
    case 'after':
      return connection ? "A cursor (an edge's cursor or pageInfo.endCursor): return what follows it." : null;
    default:
      return null;
  }
}

/** The descriptions the domains wrote on their type definitions, by type name. */
function writtenTypeDescriptions(typeDefs: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const definition of typeDefs.flatMap((text) => parse(text).definitions)) {
    if ('name' in definition && definition.name && 'description' in definition && definition.description) {
      out.set(definition.name.value, definition.description.value);
    }
  }
  return out;
}

/**
 * Fills every empty description of the generated entity API; `nodeTypes` are the node types
 * (entities/index.ts), `typeDefs` what the domains wrote: the library drops the descriptions of
 * interfaces and scalars, which come back from there. Returns the schema it was given.
 */
export function describeGenerated(schema: GraphQLSchema, nodeTypes: ReadonlySet<string>, typeDefs: readonly string[]): GraphQLSchema {
  const written = writtenTypeDescriptions(typeDefs);
  const entities = entitiesOf(schema, nodeTypes);
  const connections = new Map<string, Entity>();
  for (const e of entities.values()) {
    const field = e.plural ? schema.getQueryType()?.getFields()[`${e.plural}Connection`] : undefined;
    if (field) connections.set(getNamedType(field.type).name, e);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    const shape = shapeOf(type.name, entities, connections);
    if (empty(type.description)) type.description = written.get(type.name) ?? describeType(type, shape, entities);
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        const entity = entities.get(value.name);
        if (empty(value.description) && shape?.kind === 'Implementation' && entity) {
          value.description = `The ${value.name} node type. ${schema.getType(value.name)?.description ?? value.name}`;
        }
      }
    }
    if (!(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) continue;
    const fields: Record<string, GraphQLField<unknown, unknown> | GraphQLInputField> = type.getFields();
    for (const field of Object.values(fields)) {
      if (empty(field.description)) field.description = describeField(type, field, shape, entities, schema);
      if (!('args' in field)) continue;
      const paged = pagedEntity(field, entities);
      if (!paged) continue;
      const item = entities.get(paged)?.plural ?? `${paged} items`;
      for (const arg of field.args) {
        if (empty(arg.description)) arg.description = describeArgument(arg, item, !isListType(getNullableType(field.type)));
      }
    }
  }
  return schema;
}
