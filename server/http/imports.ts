// The import's HTTP side: templates to download (anyone), and uploads (managers, with the
// session's CSRF token). An upload is streamed to a temporary file, read twice by the importer
// (check, then apply) and deleted; the answer is the import's summary with its problem report.
// An upload that names a progress token can be followed meanwhile (import-progress.ts).
import express, { type Router } from 'express';
import path from 'node:path';
import { resolveViewer, viewerOf } from '../auth/index.ts';
import { requireCsrf } from '../auth/csrf.ts';
import type { ColumnMapping } from '../curation/import/column-mapping.ts';
import { openImport } from '../curation/import/open-import.ts';
import { runImport } from '../curation/import/run-import.ts';
import { templateFile } from '../curation/import/template-file.ts';
import { type RecordKind, recordKinds } from '../curation/records.ts';
import type { Database } from '../db.ts';
import { ErrorCode } from '../errors.ts';
import { sendError } from './errors.ts';
import { ImportProgress } from './import-progress.ts';
import { sourceUpload } from './source-imports.ts';
import { followed, uploader, uploadFailed, uploadMode, withUploadedFile } from './upload.ts';

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
  router.post('/import/source/:source', resolveViewer(db, idleMinutes), requireCsrf, sourceUpload(db, progress, dataChanged));
  router.post('/import/:kind', resolveViewer(db, idleMinutes), requireCsrf, async (req, res, next) => {
    const actor = uploader(res);
    if (!actor) return;
    const kind = String(req.params.kind);
    const fileName = path.basename(String(req.query.file ?? ''));
    if (!isKind(kind)) return sendError(res, 404, ErrorCode.NotFound, `No import of "${kind}": one of ${recordKinds.join(', ')}.`);
    const mode = uploadMode(req, res);
    if (!mode) return;
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
    const follow = followed(req, res, progress, actor);
    if (!follow) return;
    try {
      // The user's name is only a label here: the file on disk is always "upload".
      await withUploadedFile(req, 'upload', async (file) => {
        const { header, open } = await openImport(db, () => file, { kind, fileName, mapping, actorId: actor.id });
        const { onProgress } = follow;
        const summary = await runImport(db, actor, { kind, file: fileName, mode, open, ...(onProgress ? { onProgress } : {}) });
        if (summary.status === 'applied') dataChanged();
        // Done before the answer: an uploader who asks right after it must read done.
        follow.finish();
        res.json({
          header: { headers: header.headers, columns: header.columns, missing: header.missing, csv: header.csv ?? null },
          summary,
        });
      });
    } catch (err) {
      uploadFailed(res, err, next);
    } finally {
      follow.finish();
    }
  });
  return router;
}
