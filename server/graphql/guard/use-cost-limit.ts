// Costs every operation before it runs (cost.ts), rejects it above the maximum, and charges the
// client's budget for the minute: an expensive question is allowed, a stream of them is slowed.
// The answer's extensions say what it cost and what is left, so a script can pace itself.
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { ApiLimits } from '../../config.ts';
import { ErrorCode } from '../../errors.ts';
import { costEstimator, type PageViolation } from './cost.ts';

export interface CostContext {
  /** Who pays: the client's address (behind a proxy, as TRUST_PROXY says). */
  clientId: string;
}

function reject(code: ErrorCode, message: string, status: number, extra: Record<string, unknown> = {}, headers?: HeaderMap): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, http: { status, ...(headers ? { headers } : {}) } } });
}

export function useCostLimit<C extends CostContext>(schema: GraphQLSchema, entityTypes: ReadonlySet<string>, limits: ApiLimits): ApolloServerPlugin<C> {
  const budget = new RateLimiterMemory({ points: limits.costPerMinute, duration: 60 });
  return {
    async requestDidStart() {
      let cost: { cost: number; maximum: number; remainingThisMinute: number } | null = null;
      return {
        async didResolveOperation({ document, operationName, request, contextValue }) {
          const violations: PageViolation[] = [];
          let value: number;
          try {
            value = getComplexity({
              schema,
              query: document,
              operationName: operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [costEstimator(entityTypes, violations)],
            });
          } catch (err) {
            // Variables that do not fit their types: graphql-js would say the same at execution.
            throw reject(ErrorCode.BadUserInput, err instanceof Error ? err.message : 'Invalid variables.', 400);
          }
          const first = violations[0];
          if (first) throw reject(ErrorCode.BadUserInput, first.message, 400, { argument: first.argument, value: first.value });
          if (value > limits.maxCost) {
            throw reject(
              ErrorCode.QueryTooComplex,
              `This query could touch about ${value.toLocaleString('en')} rows; at most ${limits.maxCost.toLocaleString('en')} are allowed per request. ` +
                'Ask for smaller pages (limit, first), fewer nested lists, or split it into several requests.',
              400,
              { limit: 'cost', cost: value, maximum: limits.maxCost },
            );
          }
          try {
            const res = await budget.consume(contextValue.clientId, Math.max(1, value));
            cost = { cost: value, maximum: limits.maxCost, remainingThisMinute: res.remainingPoints };
          } catch (res) {
            if (!(res instanceof RateLimiterRes)) throw res;
            const retryAfter = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
            throw reject(
              ErrorCode.RateLimited,
              `This client has used its query budget of ${limits.costPerMinute.toLocaleString('en')} per minute (this query costs ${value.toLocaleString('en')}). Try again in ${retryAfter} s.`,
              429,
              { retryAfterSeconds: retryAfter },
              new HeaderMap([['retry-after', String(retryAfter)]]),
            );
          }
        },
        async willSendResponse({ response }) {
          if (cost && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };
}
