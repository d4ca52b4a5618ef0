// A source file by path: its bytes streamed, and the date to record as its provenance when the
// caller knows no better (the file's own date, as the download left it).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

export const fileChunks = (filePath: string): AsyncIterable<Uint8Array> => createReadStream(filePath, { highWaterMark: 256 * 1024 });

export async function fileDay(filePath: string): Promise<string> {
  return (await stat(filePath)).mtime.toISOString().slice(0, 10);
}
