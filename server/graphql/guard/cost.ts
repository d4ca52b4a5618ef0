// What an operation costs, before it runs: roughly the rows Neo4j may have to touch.
// - Entity lists of the generated API multiply what they select by their page size (limit or
//   first, else the @limit default), so nesting lists multiplies: 100 organisations × 100
//   projects × 100 participants is a million, whatever the data hold today.
// - The custom fields cost what their Cypher can touch: the whole network, a neighbourhood of
//   `limit` organisations per hop, a ranking over every candidate, a report over every organisation.
// - Scalars are free; an object or a computed (@cypher) field costs one lookup.
import { getNamedType, getNullableType, isListType, Kind, type FieldNode, type GraphQLField } from 'graphql';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { Args } from '../domain.ts';
import { rootFieldCosts } from '../domains.ts';
import { pageSize } from './page-size.ts';

// Custom Query and Mutation fields cost what each domain says its root fields can touch (domains.ts).

/** Counting a connection's whole match (aggregate, totalCount) touches every row it could page through. */
const countCost = pageSize.max;

/** An argument that pages a list, found out of range while costing. */
export interface PageViolation {
  field: string;
  argument: string;
  value: unknown;
  message: string;
}

// `where: { id: { eq: … } }` finds one node at most: every id has a uniqueness constraint.
function byId(args: Args): boolean {
  const where = args.where as { id?: { eq?: unknown } } | undefined;
  return where !== null && typeof where === 'object' && typeof where.id?.eq === 'string' && Object.keys(where).length === 1;
}

function pageOf(field: GraphQLField<unknown, unknown>, args: Args, argument: 'limit' | 'first', violations: PageViolation[]): number {
  const where = `${field.name}(${argument})`;
  const value = args[argument];
  for (const name of [argument, 'offset'] as const) {
    const v = args[name];
    if (v !== undefined && v !== null && (typeof v !== 'number' || !Number.isInteger(v) || v < 0)) {
      violations.push({
        field: field.name,
        argument: name,
        value: v,
        message: `${field.name}(${name}): must be a whole number ≥ 0, got ${JSON.stringify(v)}.`,
      });
    }
  }
  if (typeof value === 'number' && value > pageSize.max) {
    violations.push({
      field: field.name,
      argument,
      value,
      message: `${where}: at most ${pageSize.max} per page, got ${value}. Page through with ${argument === 'first' ? 'after' : 'offset'}.`,
    });
  }
  if (byId(args)) return 1;
  return typeof value === 'number' && value >= 0 ? Math.min(value, pageSize.max) : pageSize.default;
}

/**
 * The estimator for graphql-query-complexity. `entityTypes` are the node types of the generated
 * API (their lists page); `violations` collects paging arguments out of range.
 */
export function costEstimator(entityTypes: ReadonlySet<string>, violations: PageViolation[]): ComplexityEstimator {
  // A connection's counts (aggregate, totalCount) do not repeat per page item; the estimator runs
  // children first, so they leave their cost here for the connection to take out of the product.
  const counts = new WeakMap<FieldNode, number>();
  const countsUnder = (node: FieldNode) =>
    (node.selectionSet?.selections ?? []).reduce((sum, s) => sum + (s.kind === Kind.FIELD ? (counts.get(s) ?? 0) : 0), 0);
  return ({ type, field, args, childComplexity, node }: ComplexityEstimatorArgs): number => {
    const rootCost = type.name === 'Query' || type.name === 'Mutation' ? rootFieldCosts[field.name] : undefined;
    if (rootCost) return rootCost(args) + childComplexity;

    const returns = getNullableType(field.type);
    const named = getNamedType(field.type);
    const isConnection = named.name.endsWith('Connection') && 'getFields' in named && 'edges' in named.getFields();
    if (isConnection) {
      const counted = countsUnder(node);
      return pageOf(field, args, 'first', violations) * Math.max(1, childComplexity - counted) + counted;
    }
    if (isListType(returns) && entityTypes.has(named.name)) return pageOf(field, args, 'limit', violations) * (1 + childComplexity);
    if (field.name === 'aggregate' || field.name === 'totalCount') {
      counts.set(node, countCost + childComplexity);
      return countCost + childComplexity;
    }
    if ('getFields' in named) return 1 + childComplexity; // an object: one lookup, plus what it selects
    // A computed scalar (@cypher, e.g. degree) runs a small subquery per row; stored scalars are free.
    return field.astNode?.directives?.some((d) => d.name.value === 'cypher') ? 1 : 0;
  };
}
