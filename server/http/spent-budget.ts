// A client that has spent its budget for the minute is answered before its body is read or its
// query parsed: refusing must cost the server less than answering.
import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors.ts';
import type { ClientBudget } from '../graphql/guard/budget.ts';
import { sendError } from './errors.ts';

export function refuseSpentClients(budget: ClientBudget): RequestHandler {
  return (req, res, next) => {
    budget.blockedFor(req.ip ?? 'unknown').then((seconds) => {
      if (seconds === null) {
        next();
        return;
      }
      res.setHeader('Retry-After', String(seconds));
      sendError(res, 429, ErrorCode.RateLimited, `This client has used its query budget of ${budget.perMinute.toLocaleString('en')} per minute. Try again in ${seconds} s.`);
    }, next);
  };
}
