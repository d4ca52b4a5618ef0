// Costs every operation before it runs (cost.ts), rejects it above the maximum, and charges the
// client's budget for the minute: an expensive question is allowed, a stream of them is slowed.
// A request refused before it ran (unparsable, over a limit) is charged a penalty. The answer's
// extensions say what it cost and what is left, so a script can pace itself.
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { ApiLimits } from '../../config.ts';
import { ErrorCode } from '../../errors.ts';
import { BudgetSpent, type ClientBudget } from './budget.ts';
import { costEstimator, type PageViolation } from './cost.ts';

export interface CostContext {
  /** Who pays: the client's address (behind a proxy, as TRUST_PROXY says). */
  clientId: string;
}

function reject(code: ErrorCode, message: string, status: number, extra: Record<string, unknown> = {}, headers?: HeaderMap): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, http: { status, ...(headers ? { headers } : {}) } } });
}

/**
 * Operations costing this much or more run one at a time per client: a client may ask for the
 * whole network, but not take both cores for it while others wait.
 */
export const heavyCost = 2_000;

/** One slot per client for heavy operations; the next waits for the last to be answered. */
export function heavySlots() {
  const tails = new Map<string, Promise<void>>();
  return (client: string): Promise<() => void> => {
    const before = tails.get(client) ?? Promise.resolve();
    let release: () => void = () => {};
    const done = new Promise<void>((r) => (release = r));
    const tail = before.then(() => done);
    tails.set(client, tail);
    void tail.then(() => {
      if (tails.get(client) === tail) tails.delete(client);
    });
    return before.then(() => release);
  };
}

/** What a refused request costs its client: parsing and checking it was work too. */
export const rejectionPenalty = (limits: ApiLimits) => limits.maxCost / 10;

function spent(err: BudgetSpent, perMinute: number, value: number): GraphQLError {
  return reject(
    ErrorCode.RateLimited,
    `This client has used its query budget of ${perMinute.toLocaleString('en')} per minute (this query costs ${value.toLocaleString('en')}). Try again in ${err.retryAfterSeconds} s.`,
    429,
    { retryAfterSeconds: err.retryAfterSeconds },
    new HeaderMap([['retry-after', String(err.retryAfterSeconds)]]),
  );
}

export function useCostLimit<C extends CostContext>(
  schema: GraphQLSchema,
  entityTypes: ReadonlySet<string>,
  limits: ApiLimits,
  budget: ClientBudget,
): ApolloServerPlugin<C> {
  const heavySlot = heavySlots();
  return {
    async requestDidStart() {
      let cost: { cost: number; maximum: number; remainingThisMinute: number } | null = null;
      let charged = false;
      let release: (() => void) | null = null;
      return {
        async didEncounterErrors({ errors, contextValue }) {
          if (charged || errors.some((e) => e.extensions?.code === ErrorCode.RateLimited)) return;
          charged = true;
          await budget.charge(contextValue.clientId, rejectionPenalty(limits)).catch(() => {});
        },
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
          // Charged its cost: errors of execution itself (a bad id, an outage) are no refusals.
          charged = true;
          try {
            cost = { cost: value, maximum: limits.maxCost, remainingThisMinute: await budget.charge(contextValue.clientId, value) };
          } catch (err) {
            throw err instanceof BudgetSpent ? spent(err, budget.perMinute, value) : err;
          }
          if (value >= heavyCost) release = await heavySlot(contextValue.clientId);
        },
        async willSendResponse({ response }) {
          release?.();
          if (cost && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };
}
