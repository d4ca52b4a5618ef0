// Every root field of a request passes one gate: at most a few of them talk to Neo4j at once,
// so one request with many fields cannot take the connection pool from everybody else; and
// while Neo4j does not answer (db-watch.ts), fields fail at once instead of waiting on it.
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import pLimit from 'p-limit';
import type { DatabaseWatch } from '../../db-watch.ts';
import { DatabaseUnavailableError } from '../../errors.ts';

/** Root fields of one request running at the same time; the rest wait their turn. */
export const fieldsAtOnce = 4;

export interface Gate {
  run<T>(work: () => T | Promise<T>): Promise<T>;
}

/** A gate for one request; without a watch (tools, in-process tests) it only bounds concurrency. */
export function requestGate(watch: DatabaseWatch | null): Gate {
  const limit = pLimit(fieldsAtOnce);
  return {
    run<T>(work: () => T | Promise<T>): Promise<T> {
      if (!watch) return limit(work);
      const state = watch.state();
      if (state.kind === 'down') return Promise.reject(new DatabaseUnavailableError(new Error(state.reason)));
      return new Promise<T>((resolve, reject) => {
        const off = watch.onDown(reject);
        limit(work).then(resolve, reject).finally(off);
      });
    },
  };
}

/** Puts every Query and Mutation field's resolver behind the request's gate (context.gate). */
export function gateRootFields(schema: GraphQLSchema): GraphQLSchema {
  const roots = [schema.getQueryType(), schema.getMutationType()];
  for (const field of roots.flatMap((t) => Object.values(t?.getFields() ?? {}))) {
    const resolve: GraphQLFieldResolver<unknown, { gate: Gate }> = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: { gate: Gate }, info) => context.gate.run(() => resolve(source, args, context, info));
  }
  return schema;
}
