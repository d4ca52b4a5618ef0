// The query IDE (GraphiQL, bundled with the web client as graphiql.html) for browsers: at
// /graphiql, and at /graphql for a page load, that is a GET preferring HTML without a `query`
// parameter. Everything else at /graphql (POST, GET with a query, API clients) goes on to the API.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Request, RequestHandler } from 'express';
import { ErrorCode } from '../errors.ts';
import { sendError } from './errors.ts';

/** Paths that answer with the IDE's page, which gets the IDE's Content-Security-Policy. */
export const queryIdePaths: ReadonlySet<string> = new Set(['/graphql', '/graphiql', '/graphiql.html']);

// API clients send `Accept: application/json`, `*/*` or nothing; listing JSON first makes a tie its.
function wantsPage(req: Request): boolean {
  return req.path === '/graphiql' || (req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html');
}

/** Serves the IDE from the built client in `clientDir`; without a build, says how to get one. */
export function queryIde(clientDir: string | undefined): RequestHandler {
  const page = clientDir ? path.join(clientDir, 'graphiql.html') : null;
  return (req, res, next) => {
    if (!wantsPage(req)) {
      next();
      return;
    }
    if (page && existsSync(page)) {
      res.sendFile(page, { maxAge: 0 });
      return;
    }
    sendError(
      res,
      404,
      ErrorCode.NotFound,
      'The query IDE (GraphiQL) comes with the web client, which this server was started without: `npm start` builds and serves it (or `npm run build`). The API itself answers POST /graphql.',
    );
  };
}
