// A client that has spent its budget for the minute is answered before its body is read or its
// query parsed, and only after a pause: refusing must cost the server less than answering, and a
// client that ignores Retry-After in a tight loop must not turn cheap refusals into a flood.
import { setTimeout as delay } from 'node:timers/promises';
import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors.ts';
import type { ClientBudget } from '../graphql/guard/index.ts';
import { sendError } from './errors.ts';

/** How long a refusal waits before it is sent (at most until the budget returns). */
export const refusalPauseMs = 1_000;

export function refuseSpentClients(budget: ClientBudget): RequestHandler {
  return (req, res, next) => {
    budget.blockedFor(req.ip ?? 'unknown').then(async (seconds) => {
      if (seconds === null) {
        next();
        return;
      }
      await delay(Math.min(refusalPauseMs, seconds * 1000));
      res.setHeader('Retry-After', String(seconds));
      sendError(
        res,
        429,
        ErrorCode.RateLimited,
        `This client has used its query budget of ${budget.perMinute.toLocaleString('en')} per minute. Try again in ${seconds} s.`,
      );
    }, next);
  };
}
