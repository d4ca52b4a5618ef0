// The import's HTTP side: templates to download (anyone), and uploads (managers, with the
// session's CSRF token). An upload is streamed to a temporary file, read twice by the importer
// (check, then apply) and deleted; the answer is the import's summary with its problem report.
// An upload that names a progress token can be followed meanwhile (import-progress.ts).
import express, { type Router } from 'express';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { resolveViewer, viewerOf } from '../auth/index.ts';
import { requireCsrf } from '../auth/csrf.ts';
import { hasRole } from '../auth/viewer.ts';
import type { ColumnMapping } from '../curation/import/column-mapping.ts';
import { openImport } from '../curation/import/open-import.ts';
import { type ImportMode, runImport } from '../curation/import/run-import.ts';
import { templateFile } from '../curation/import/template-file.ts';
import { type RecordKind, recordKinds } from '../curation/records.ts';
import type { Database } from '../db.ts';
import { ErrorCode } from '../errors.ts';
import { sendError } from './errors.ts';
import { ImportProgress, progressToken } from './import-progress.ts';

/** The largest upload: a 100,000-row spreadsheet is about 15 MB as CSV. */
const maxUploadBytes = 200 * 1024 * 1024;
const modes: readonly ImportMode[] = ['dry-run', 'all-or-nothing', 'skip-bad'];

const isKind = (k: string): k is RecordKind => (recordKinds as readonly string[]).includes(k);

export function importRoutes(db: Database, idleMinutes: number, dataChanged: () => void): Router {
  const router = express.Router();
  const progress = new ImportProgress();
  router.get('/import/progress/:token', resolveViewer(db, idleMinutes), (req, res) => {
    const viewer = viewerOf(res);
    if (viewer.kind === 'public') return sendError(res, 401, ErrorCode.Unauthenticated, 'Sign in to follow your import.');
    const p = progress.of(String(req.params.token), viewer.userId);
    if (!p) return sendError(res, 404, ErrorCode.NotFound, 'No import of yours with this progress token.');
    res.json(p);
  });
  router.get('/import/template/:file', async (req, res, next) => {
    const [kind, format] = req.params.file.split('.');
    const lang = req.query.lang === 'en' ? 'en' : 'de';
    if (!kind || !isKind(kind) || (format !== 'csv' && format !== 'xlsx')) {
      sendError(
        res,
        404,
        ErrorCode.NotFound,
        `No template "${req.params.file}": one of ${recordKinds.map((k) => `${k}.csv`).join(', ')} (or .xlsx).`,
      );
      return;
    }
    try {
      const t = await templateFile(kind, format, lang);
      res.type(t.contentType).attachment(t.filename).send(Buffer.from(t.bytes));
    } catch (err) {
      next(err);
    }
  });
  router.post('/import/:kind', resolveViewer(db, idleMinutes), requireCsrf, async (req, res, next) => {
    const viewer = viewerOf(res);
    if (viewer.kind === 'public') return sendError(res, 401, ErrorCode.Unauthenticated, 'Sign in as a manager to import files.');
    if (!hasRole(viewer, 'manager')) return sendError(res, 403, ErrorCode.Forbidden, 'Only managers import files.');
    const kind = String(req.params.kind);
    const mode = String(req.query.mode ?? 'dry-run') as ImportMode;
    const fileName = path.basename(String(req.query.file ?? ''));
    if (!isKind(kind)) return sendError(res, 404, ErrorCode.NotFound, `No import of "${kind}": one of ${recordKinds.join(', ')}.`);
    if (!modes.includes(mode)) return sendError(res, 400, ErrorCode.BadRequest, `mode "${mode}": one of ${modes.join(', ')}.`);
    if (!fileName)
      return sendError(res, 400, ErrorCode.BadRequest, 'Name the file: ?file=mitglieder.xlsx (its extension tells the format).');
    let mapping: ColumnMapping | null = null;
    const rawMapping = req.get('x-column-mapping');
    if (rawMapping) {
      try {
        mapping = JSON.parse(rawMapping) as ColumnMapping;
      } catch {
        return sendError(
          res,
          400,
          ErrorCode.BadRequest,
          'x-column-mapping: a JSON object of header → field (or null to leave a column out).',
        );
      }
    }
    const token = req.get('x-import-progress');
    if (token !== undefined && !progressToken.test(token))
      return sendError(res, 400, ErrorCode.BadRequest, 'x-import-progress: a random token of 16 to 64 letters, digits and hyphens.');
    const onProgress = token === undefined ? undefined : progress.track(token, viewer.userId);
    const dir = await mkdtemp(path.join(tmpdir(), 'cluster-import-'));
    const file = path.join(dir, 'upload');
    try {
      let bytes = 0;
      await pipeline(
        req,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            bytes += chunk.length;
            if (bytes > maxUploadBytes) throw Object.assign(new Error('too large'), { tooLarge: true });
            yield chunk;
          }
        },
        createWriteStream(file),
      );
      const actor = { id: viewer.userId, name: viewer.login };
      const { header, open } = await openImport(db, () => file, { kind, fileName, mapping, actorId: actor.id });
      const summary = await runImport(db, actor, { kind, file: fileName, mode, open, ...(onProgress ? { onProgress } : {}) });
      if (summary.status === 'applied') dataChanged();
      res.json({ header: { headers: header.headers, columns: header.columns, missing: header.missing, csv: header.csv ?? null }, summary });
    } catch (err) {
      if ((err as { tooLarge?: boolean }).tooLarge)
        sendError(res, 413, ErrorCode.PayloadTooLarge, `The file is larger than ${maxUploadBytes / 1024 / 1024} MB.`);
      else next(err);
    } finally {
      if (token !== undefined) progress.finish(token);
      await rm(dir, { recursive: true, force: true });
    }
  });
  return router;
}
