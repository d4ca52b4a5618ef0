// At most a few GraphQL requests of one client run at once; the next is told to come back.
// With the gate's bound per request (graphql/guard/gate.ts) this bounds what one client can hold
// of the connection pool and of Neo4j's threads, however fast it sends.
import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors.ts';
import { sendError } from './errors.ts';

export function inFlightPerClient(limit: number): RequestHandler {
  const running = new Map<string, number>();
  return (req, res, next) => {
    const client = req.ip ?? 'unknown';
    const n = running.get(client) ?? 0;
    if (n >= limit) {
      res.setHeader('Retry-After', '1');
      sendError(res, 429, ErrorCode.RateLimited, `This client already has ${limit} requests running; wait for one to finish.`);
      return;
    }
    running.set(client, n + 1);
    // 'close' fires once, when the response is sent or the client gave up.
    res.once('close', () => {
      const left = (running.get(client) ?? 1) - 1;
      if (left > 0) running.set(client, left);
      else running.delete(client);
    });
    next();
  };
}
