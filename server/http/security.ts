// Security headers (helmet) and CORS. The explorer needs nothing from another origin; the query
// IDE at GET /graphql (Apollo's landing page) loads from Apollo's CDN and sets its own nonce CSP
// in a meta tag, so its header policy only lets those origins through and the meta tag narrows it.
import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { HttpConfig } from '../config.ts';

const apolloCdn = [
  'https://embeddable-sandbox.cdn.apollographql.com',
  'https://embeddable-explorer.cdn.apollographql.com',
  'https://apollo-server-landing-page.cdn.apollographql.com',
];

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

export const queryIdeHeaders: RequestHandler = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'unsafe-inline'", ...apolloCdn],
      styleSrc: ["'self'", "'unsafe-inline'", 'https://fonts.googleapis.com'],
      fontSrc: ["'self'", 'https://fonts.gstatic.com'],
      imgSrc: ["'self'", 'data:', ...apolloCdn],
      manifestSrc: apolloCdn,
      frameSrc: ['https://sandbox.embed.apollographql.com', 'https://explorer.embed.apollographql.com'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
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
