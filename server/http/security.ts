// Security headers (helmet) and CORS. Neither the explorer nor the query IDE (GraphiQL at
// /graphql and /graphiql) needs anything from another origin.
import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { HttpConfig } from '../config.ts';

export const appHeaders: RequestHandler = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Cytoscape and the panels set style attributes from script.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  crossOriginEmbedderPolicy: false,
});

// GraphiQL comes from our own build: everything from this origin. Its editor (Monaco) writes
// <style> elements and style attributes from script, its stylesheet carries its fonts and icons as
// data: URIs, and it runs its language services in workers built as same-origin files.
export const queryIdeHeaders: RequestHandler = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      fontSrc: ["'self'", 'data:'],
      imgSrc: ["'self'", 'data:'],
      workerSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  crossOriginEmbedderPolicy: false,
});

/** CORS for the API: CORS_ORIGINS, or same origin only (no CORS headers at all). */
export function apiCors(config: HttpConfig): RequestHandler {
  if (config.corsOrigins.length === 0) return (_req, _res, next) => next();
  const any = config.corsOrigins.includes('*');
  return cors({
    origin: any ? '*' : [...config.corsOrigins],
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'apollo-require-preflight', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
}
