// Every request gets an id: the caller's X-Request-Id when it is a plain token (a proxy's), else a
// new one. It goes back in the response header and into every log line about the request.
import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';

const acceptable = /^[A-Za-z0-9._-]{8,64}$/;

export const requestId: RequestHandler = (req, res, next) => {
  const given = req.get('x-request-id');
  const id = given && acceptable.test(given) ? given : randomUUID();
  res.locals.requestId = id;
  res.setHeader('X-Request-Id', id);
  next();
};

export function requestIdOf(res: Response): string {
  return typeof res.locals.requestId === 'string' ? res.locals.requestId : 'unknown';
}
