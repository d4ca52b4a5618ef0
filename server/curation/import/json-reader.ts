// JSON rows, streamed: an array of objects (stream-json's streamArray hands over one element at a
// time, so a 100 MB array is never one value in memory) or JSON Lines, one object per line. The
// header is the first object's keys; rows are numbered from 1 by element (array) or line (JSON Lines).
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import streamArray from 'stream-json/streamers/stream-array.js';
import type { Cell, SheetEvent } from './cells.ts';
import { ImportFileError } from './file-errors.ts';

const expectedShape = 'JSON: an array of objects, or one object per line (JSON Lines)';

export async function* readJson(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<SheetEvent> {
  const iterator = chunks[Symbol.asyncIterator]();
  let first = await iterator.next();
  while (!first.done && Buffer.from(first.value).toString('utf8').trim() === '') first = await iterator.next();
  if (first.done) throw new ImportFileError(null, '(empty file)', expectedShape);
  const head = Buffer.from(first.value);
  async function* all(): AsyncGenerator<Uint8Array> {
    yield head;
    for (let n = await iterator.next(); !n.done; n = await iterator.next()) yield n.value;
  }
  const text = head
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trimStart();
  const objects = text.startsWith('[') ? arrayItems(Readable.from(all())) : lineItems(Readable.from(all()));
  let header: string[] | null = null;
  for await (const { row, value } of objects) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new ImportFileError(
        row,
        value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value,
        `an object per row: ${expectedShape}`,
      );
    }
    const entries = Object.entries(value);
    if (header === null) {
      header = entries.map(([k]) => k);
      yield { header, row: null };
    }
    yield { row, cells: new Map(entries.map(([k, v]) => [k, jsonCell(v)])) };
  }
  if (header === null) yield { header: [], row: null };
}

async function* arrayItems(input: Readable): AsyncGenerator<{ row: number; value: unknown }> {
  const items = input.pipe(streamArray.withParserAsStream());
  input.on('error', (err) => items.destroy(err));
  try {
    for await (const item of items) {
      const { key, value } = item as { key: number; value: unknown };
      yield { row: key + 1, value };
    }
  } catch (err) {
    throw new ImportFileError(null, err instanceof Error ? err.message : String(err), expectedShape);
  }
}

async function* lineItems(input: Readable): AsyncGenerator<{ row: number; value: unknown }> {
  let row = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    row += 1;
    const t = line.replace(/^\ufeff/, '').trim();
    if (t === '') continue;
    try {
      yield { row, value: JSON.parse(t) };
    } catch (err) {
      throw new ImportFileError(
        row,
        t.length > 80 ? `${t.slice(0, 80)}…` : t,
        `${expectedShape} (${err instanceof Error ? err.message : 'not JSON'})`,
      );
    }
  }
}

function jsonCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((x): Cell => (typeof x === 'string' || typeof x === 'number' ? x : { unsupported: 'a nested value' }));
  return { unsupported: 'an object' };
}
