// GET /export/network.{gexf,graphml,csv.zip,json}?<filter>: the network as a download, streamed
// from Neo4j to the client. It counts against the client's limits like a GraphQL request (in
// flight, the minute's cost budget), at most a few run at once across all clients, and it has a
// time limit of its own. An error before the first byte is a JSON error with its code; an error
// after it aborts the response, so a truncated file never arrives as a complete one.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Database } from '../../db.ts';
import type { DatabaseWatch } from '../../db-watch.ts';
import { DatabaseUnavailableError, ErrorCode, QueryTimeoutError } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import { requestIdOf } from '../../http/request-id.ts';
import { type ExportRequest, parseExportQuery } from './arguments.ts';
import { networkElements } from './elements.ts';
import type { ExportMeta } from './encoder.ts';
import { type ExportFormat, exportFormats, fileName, formatInfo, formatOfPath } from './formats.ts';

/** What one export costs the client's budget: as much as the network query it mirrors. */
export const exportCost = 5_000;

// Output is handed to the response in pieces of about this size.
const pieceBytes = 64 * 1024;

export interface ExportRouteOptions {
  /** The database with the export's own time limit (Database.withTimeout(exportTimeoutMs)). */
  db: Database;
  /**
   * Charges the client's budget for the minute (the GraphQL requests' budget): null when paid, else
   * the seconds until it may ask again. A function, so this domain need not know the guard.
   */
  charge(client: string, points: number): Promise<{ retryAfterSeconds: number; perMinute: number } | null>;
  watch: DatabaseWatch;
  log: Logger;
  timeoutMs: number;
  atOnce: number;
}

function fail(res: Response, status: number, code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions, requestId: requestIdOf(res) } }] });
}

/** The encoded file, in pieces, as the elements come (the benchmark measures this too). */
export async function* encoded(format: ExportFormat, request: ExportRequest, db: Database, meta: ExportMeta): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let size = 0;
  const encoder = formatInfo[format].encoder(
    (chunk) => {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      pending.push(b);
      size += b.length;
    },
    meta,
    request.lang,
  );
  const take = () => {
    const piece = Buffer.concat(pending);
    pending = [];
    size = 0;
    return piece;
  };
  for await (const element of networkElements(db, request.params)) {
    if (element.type === 'node') encoder.node(element.node);
    else encoder.edge(element.edge);
    if (size >= pieceBytes) yield take();
  }
  encoder.end();
  yield take();
}

function knownError(err: unknown): { status: number; code: ErrorCode; message: string; extensions?: Record<string, unknown> } | null {
  if (err instanceof GraphQLError && err.extensions.code === ErrorCode.BadUserInput) {
    const { argument, value } = err.extensions;
    return {
      status: 400,
      code: ErrorCode.BadUserInput,
      message: err.message.replace(/^Argument "/, 'Parameter "'),
      extensions: { argument, value },
    };
  }
  if (err instanceof DatabaseUnavailableError) return { status: 503, code: err.code, message: err.message };
  if (err instanceof QueryTimeoutError) return { status: 504, code: err.code, message: err.message };
  return null;
}

export function exportRoute(o: ExportRouteOptions): RequestHandler {
  let running = 0;
  return async (req: Request, res: Response) => {
    const format = formatOfPath(String(req.params.file));
    if (format === null) {
      const paths = exportFormats.map((f) => `/export/${formatInfo[f].path}`).join(', ');
      fail(res, 404, ErrorCode.NotFound, `No export at ${req.path.slice(0, 200)}; there are ${paths}.`);
      return;
    }
    let request: ExportRequest;
    try {
      request = parseExportQuery(new URL(req.originalUrl, 'http://localhost').searchParams);
    } catch (err) {
      const known = knownError(err);
      if (!known) throw err;
      fail(res, known.status, known.code, known.message, known.extensions);
      return;
    }
    if (o.watch.state().kind === 'down') {
      fail(res, 503, ErrorCode.DatabaseUnavailable, new DatabaseUnavailableError(undefined).message);
      return;
    }
    if (running >= o.atOnce) {
      res.setHeader('Retry-After', '10');
      fail(res, 429, ErrorCode.RateLimited, `${o.atOnce} network exports are running; try again in a few seconds.`);
      return;
    }
    // The slot is taken before anything is awaited: exports that arrive together cannot all pass
    // the check above while the first of them waits for its budget.
    running += 1;
    let spent: Awaited<ReturnType<ExportRouteOptions['charge']>>;
    try {
      spent = await o.charge(req.ip ?? 'unknown', exportCost);
    } catch (err) {
      running -= 1;
      throw err;
    }
    if (spent) {
      running -= 1;
      res.setHeader('Retry-After', String(spent.retryAfterSeconds));
      fail(
        res,
        429,
        ErrorCode.RateLimited,
        `This client has used its query budget of ${spent.perMinute.toLocaleString('en')} per minute (an export costs ${exportCost.toLocaleString('en')}). Try again in ${spent.retryAfterSeconds} s.`,
      );
      return;
    }

    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new QueryTimeoutError('network export', o.timeoutMs)), o.timeoutMs);
    // A client that leaves stops the export: the pipeline ends, the statements are cancelled.
    res.once('close', () => abort.abort(new Error('The client closed the connection.')));
    const aborted = new Promise<never>((_, reject) =>
      abort.signal.addEventListener('abort', () => reject(abort.signal.reason), { once: true }),
    );
    aborted.catch(() => {});
    const day = new Date();
    const meta: ExportMeta = { name: 'Cluster Metall Brandenburg', filter: req.originalUrl.split('?')[1] ?? '', exportedAt: day };
    const pieces = encoded(format, request, o.db, meta);
    try {
      let first: IteratorResult<Buffer>;
      try {
        first = await Promise.race([pieces.next(), aborted]);
      } catch (err) {
        void pieces.return(undefined).catch(() => {});
        if (res.writableEnded || res.destroyed) return;
        const known = knownError(err);
        if (!known) o.log.error('network export failed', { requestId: requestIdOf(res), format }, err);
        const answer = known ?? { status: 500, code: ErrorCode.Internal, message: 'Unexpected error.' };
        fail(res, answer.status, answer.code, answer.message, answer.extensions);
        return;
      }
      res.setHeader('Content-Type', formatInfo[format].contentType);
      res.setHeader('Content-Disposition', `attachment; filename="${fileName(format, request.filtered, day)}"`);
      res.setHeader('Cache-Control', 'no-store');
      async function* all(): AsyncGenerator<Buffer> {
        if (!first.done) yield first.value;
        yield* pieces;
      }
      try {
        await pipeline(Readable.from(all()), res, { signal: abort.signal });
      } catch (err) {
        // Mid-stream: the response is cut off (no final chunk), so the client sees a failed download.
        res.destroy();
        const reason: unknown = abort.signal.aborted ? abort.signal.reason : err;
        if (reason instanceof QueryTimeoutError)
          o.log.warn('network export stopped at its time limit', { requestId: requestIdOf(res), format });
        else if (!knownError(reason) && !abort.signal.aborted)
          o.log.error('network export broke off', { requestId: requestIdOf(res), format }, err);
      }
    } finally {
      clearTimeout(timer);
      running -= 1;
    }
  };
}
