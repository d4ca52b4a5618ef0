// One file of a zip, streamed: fflate (already used for the CSV export) inflates the entry as the
// zip's bytes are read, so a CORDIS package of some hundred MiB is never held whole. The entry is
// found by its name at any depth (the packages have put their files in a folder, too).
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Unzip, UnzipInflate } from 'fflate';
import { SourceFileError } from './source-problems.ts';

const entryMatches = (entry: string, name: string): boolean => {
  const e = entry.toLowerCase();
  const n = name.toLowerCase();
  return e === n || e.endsWith(`/${n}`);
};

export async function* zipEntry(zipPath: string, name: string): AsyncGenerator<Uint8Array> {
  const queue: Uint8Array[] = [];
  let found = false;
  let done = false;
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    if (found || !entryMatches(file.name, name)) return;
    found = true;
    file.ondata = (err, data, final) => {
      if (err) failure = err;
      else {
        if (data.length > 0) queue.push(data);
        if (final) done = true;
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const fail = (err: Error) =>
    new SourceFileError([
      {
        file: path.basename(zipPath),
        row: null,
        column: null,
        field: null,
        value: err.message,
        expected: `a zip whose ${name} can be unpacked`,
      },
    ]);
  let first = true;
  for await (const chunk of createReadStream(zipPath, { highWaterMark: 256 * 1024 })) {
    // fflate skips bytes that are no zip: a file that is none would read as one without the entry.
    if (first && !(chunk[0] === 0x50 && chunk[1] === 0x4b)) {
      throw new SourceFileError([
        {
          file: path.basename(zipPath),
          row: null,
          column: null,
          field: null,
          value: null,
          expected: 'a zip file (as CORDIS packages are downloaded)',
        },
      ]);
    }
    first = false;
    try {
      unzip.push(chunk as Buffer);
    } catch (err) {
      throw fail(err instanceof Error ? err : new Error(String(err)));
    }
    if (failure) throw fail(failure);
    while (queue.length > 0) yield queue.shift() as Uint8Array;
    // The rest of the zip holds other files: stop reading it.
    if (done) return;
  }
  if (!found) {
    throw new SourceFileError([
      { file: path.basename(zipPath), row: null, column: null, field: null, value: null, expected: `a file ${name} in the zip` },
    ]);
  }
  if (!done) throw fail(new Error(`${name} ends before its last byte`));
}
