// Errors outside GraphQL (a body that is not JSON, too large, in an unknown charset or encoding,
// an unknown route) answer as JSON with a code and the request id: never Express's HTML page,
// a stack or a server path. The body has the shape of a GraphQL error, so one client-side
// handler reads both.
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { ErrorCode } from '../errors.ts';
import type { Logger } from '../log.ts';
import { requestIdOf } from './request-id.ts';

interface Known {
  status: number;
  code: ErrorCode;
  message: string;
}

// body-parser's error types, in words a client can act on.
function known(err: { type?: unknown; status?: unknown; limit?: unknown; charset?: unknown; encoding?: unknown }): Known | null {
  switch (err.type) {
    case 'entity.parse.failed':
      return { status: 400, code: ErrorCode.BadRequest, message: 'The request body is not valid JSON.' };
    case 'entity.too.large':
      return {
        status: 413,
        code: ErrorCode.PayloadTooLarge,
        message: `The request body is larger than ${typeof err.limit === 'number' ? `${Math.round(err.limit / 1024)} KB` : 'allowed'}.`,
      };
    case 'charset.unsupported':
      return {
        status: 415,
        code: ErrorCode.UnsupportedMediaType,
        message: `Unsupported charset "${String(err.charset).slice(0, 40)}": send UTF-8.`,
      };
    case 'encoding.unsupported':
      return {
        status: 415,
        code: ErrorCode.UnsupportedMediaType,
        message: `Unsupported content encoding "${String(err.encoding).slice(0, 40)}": send identity, gzip or deflate.`,
      };
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
    case 'stream.not.readable':
      return { status: 400, code: ErrorCode.BadRequest, message: 'The request body could not be read.' };
    default:
      return typeof err.status === 'number' && err.status >= 400 && err.status < 500
        ? { status: err.status, code: ErrorCode.BadRequest, message: 'The request could not be handled.' }
        : null;
  }
}

export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code, requestId: requestIdOf(res) } }] });
}

export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, ErrorCode.NotFound, `Nothing at ${req.method} ${req.path.slice(0, 200)}.`);
};

export function jsonErrors(log: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const k = known((err ?? {}) as Record<string, unknown>);
    if (!k) log.error('internal error outside GraphQL', { requestId: requestIdOf(res) }, err);
    const answer = k ?? { status: 500, code: ErrorCode.Internal, message: 'Unexpected error.' };
    sendError(res, answer.status, answer.code, answer.message);
  };
}
