// Uploads of a public source's download (POST /import/source/cordis | foerderkatalog): the CORDIS
// package zip or a Förderkatalog CSV export, read and imported like `npm run import -- --source`
// (server/sources/), with the same rules as every upload (upload.ts). The answer is the source
// import's summary; a file that is not the source's download is refused with its problems (422),
// located by file, row and column like the rows' own.
import type { RequestHandler } from 'express';
import path from 'node:path';
import { z } from 'zod';
import type { Database } from '../db.ts';
import { ErrorCode } from '../errors.ts';
import { townCoordinates } from '../sources/gazetteer.ts';
import { importSource } from '../sources/import-source.ts';
import { type SourceName, sourceNames } from '../sources/provenance.ts';
import { sourcePackages } from '../sources/read-source.ts';
import { SourceFileError } from '../sources/source-problems.ts';
import { requestIdOf } from './request-id.ts';
import { sendError } from './errors.ts';
import type { ImportProgress } from './import-progress.ts';
import { followed, uploader, uploadFailed, uploadMode, withUploadedFile } from './upload.ts';

const isSource = (s: string): s is SourceName => (sourceNames as readonly string[]).includes(s);
const FileDate = z.iso.date();

/**
 * The user's file name as the temporary file's: it names the package in reports and the import
 * list, and its extension tells a CORDIS zip from its CSV files. Never a path, never hidden.
 */
function safeName(raw: string): string | null {
  const name = path
    .basename(raw)
    .replace(/[^\p{L}\p{N} ._()+-]/gu, '_')
    .slice(-120);
  return name.trim() === '' || name.startsWith('.') ? null : name;
}

export function sourceUpload(db: Database, progress: ImportProgress, dataChanged: () => void): RequestHandler {
  return async (req, res, next) => {
    const actor = uploader(res);
    if (!actor) return;
    const source = String(req.params.source);
    if (!isSource(source)) return sendError(res, 404, ErrorCode.NotFound, `No source "${source}": one of ${sourceNames.join(', ')}.`);
    const mode = uploadMode(req, res);
    if (!mode) return;
    const fileName = safeName(String(req.query.file ?? ''));
    if (!fileName)
      return sendError(res, 400, ErrorCode.BadRequest, 'Name the file: ?file=cordis-HORIZONprojects-csv.zip or ?file=suche.csv.');
    const rawDate = req.query.fileDate;
    const fileDate = rawDate === undefined ? undefined : FileDate.safeParse(rawDate).data;
    if (rawDate !== undefined && fileDate === undefined)
      return sendError(res, 400, ErrorCode.BadRequest, `fileDate "${String(rawDate).slice(0, 40)}": the download's day as YYYY-MM-DD.`);
    const follow = followed(req, res, progress, actor);
    if (!follow) return;
    try {
      await withUploadedFile(req, fileName, async (file) => {
        const [pkg] = sourcePackages(source, [file], fileDate ? { fileDate } : {});
        if (!pkg) throw new Error('one file makes one package');
        const batch = await pkg.read();
        // The import reports each step's records; the dialog shows them all as one running count.
        const done = { organizations: 0, projects: 0, participations: 0 };
        const pass = mode === 'dry-run' ? 'check' : 'apply';
        const summary = await importSource(db, actor, {
          source,
          file: pkg.name,
          mode,
          batch,
          placing: { town: townCoordinates },
          onProgress: (p) => {
            done[p.step] = p.done;
            follow.onProgress?.({ pass, rows: done.organizations + done.projects + done.participations });
          },
        });
        if (summary.status === 'applied') dataChanged();
        // Done before the answer: an uploader who asks right after it must read done.
        follow.finish();
        res.json({ summary });
      });
    } catch (err) {
      if (err instanceof SourceFileError)
        res.status(422).json({
          errors: [
            {
              message: `${fileName} is no ${source === 'cordis' ? 'CORDIS package' : 'Förderkatalog export'}: ${err.message}`,
              extensions: { code: ErrorCode.BadUserInput, problems: err.problems, requestId: requestIdOf(res) },
            },
          ],
        });
      else uploadFailed(res, err, next);
    } finally {
      follow.finish();
    }
  };
}
