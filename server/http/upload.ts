// What every upload route shares: who may upload (managers), the progress token the browser
// names its upload by, and the body streamed to a temporary file that is deleted afterwards, with
// a size limit checked while it streams (a Content-Length can lie).
import type { NextFunction, Request, Response } from 'express';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { viewerOf } from '../auth/index.ts';
import { hasRole } from '../auth/viewer.ts';
import type { Actor } from '../curation/audit.ts';
import type { ImportMode } from '../curation/import/run-import.ts';
import { ErrorCode } from '../errors.ts';
import { sendError } from './errors.ts';
import { type ImportProgress, type Progress, progressToken } from './import-progress.ts';

/** The largest upload: a 100,000-row spreadsheet is about 15 MB as CSV, a CORDIS package about 60 MB. */
export const maxUploadBytes = 200 * 1024 * 1024;
export const importModes: readonly ImportMode[] = ['dry-run', 'all-or-nothing', 'skip-bad'];

class UploadTooLarge extends Error {
  override name = 'UploadTooLarge';
}

/** The signed-in manager who uploads, or null once the refusal is sent. */
export function uploader(res: Response): Actor | null {
  const viewer = viewerOf(res);
  if (viewer.kind === 'public') {
    sendError(res, 401, ErrorCode.Unauthenticated, 'Sign in as a manager to import files.');
    return null;
  }
  if (!hasRole(viewer, 'manager')) {
    sendError(res, 403, ErrorCode.Forbidden, 'Only managers import files.');
    return null;
  }
  return { id: viewer.userId, name: viewer.login };
}

/** The mode of ?mode= (a dry run when not given), or null once the refusal is sent. */
export function uploadMode(req: Request, res: Response): ImportMode | null {
  const mode = String(req.query.mode ?? 'dry-run') as ImportMode;
  if (importModes.includes(mode)) return mode;
  sendError(res, 400, ErrorCode.BadRequest, `mode "${mode}": one of ${importModes.join(', ')}.`);
  return null;
}

export interface Followed {
  onProgress?: (p: Omit<Progress, 'done'>) => void;
  /** Marks the upload's progress done; call it however the import ends. */
  finish(): void;
}

/** Tracks the upload when it names a progress token (x-import-progress), or null once a bad token is refused. */
export function followed(req: Request, res: Response, progress: ImportProgress, actor: Actor): Followed | null {
  const token = req.get('x-import-progress');
  if (token === undefined) return { finish: () => undefined };
  if (!progressToken.test(token)) {
    sendError(res, 400, ErrorCode.BadRequest, 'x-import-progress: a random token of 16 to 64 letters, digits and hyphens.');
    return null;
  }
  return { onProgress: progress.track(token, actor.id), finish: () => progress.finish(token) };
}

/**
 * The request's body as a temporary file of that name (the name shows in reports and tells a
 * reader the format), handed to `use` and deleted afterwards whatever happens.
 */
export async function withUploadedFile<T>(req: Request, name: string, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cluster-import-'));
  const file = path.join(dir, name);
  try {
    let bytes = 0;
    await pipeline(
      req,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          bytes += chunk.length;
          if (bytes > maxUploadBytes) throw new UploadTooLarge();
          yield chunk;
        }
      },
      createWriteStream(file),
    );
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** An upload that failed: too large in words, anything else to the error handler. */
export function uploadFailed(res: Response, err: unknown, next: NextFunction): void {
  if (err instanceof UploadTooLarge)
    sendError(res, 413, ErrorCode.PayloadTooLarge, `The file is larger than ${maxUploadBytes / 1024 / 1024} MB.`);
  else next(err);
}
