// The text of a CSV file as German Excel and CRM exports write it: UTF-8 with a BOM ("CSV UTF-8"),
// UTF-8 without, UTF-16 ("Unicode text"), or Windows-1252 ("CSV (Trennzeichen-getrennt)"). A BOM
// decides; otherwise the first MiB is decoded as strict UTF-8, and Windows-1252 is taken when it is
// not UTF-8 (Windows-1252 bytes of umlauts are never valid UTF-8). Decoding stays strict after the
// sample, so a file that changes its encoding later stops with a clear message, never with "Ã¼".
// Windows-1252 goes through iconv-lite: Node 20's TextDecoder('windows-1252') decodes as
// ISO-8859-1 and turns the euro sign (0x80) and typographic quotes into control characters.
import iconv from 'iconv-lite';
import { ImportFileError } from './file-errors.ts';

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

const sampleBytes = 1 << 20;

export interface DecodedText {
  encoding: TextEncodingName;
  bom: boolean;
  text: AsyncGenerator<string>;
}

export async function decodeText(chunks: AsyncIterable<Uint8Array>): Promise<DecodedText> {
  const iterator = chunks[Symbol.asyncIterator]();
  const sample: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < sampleBytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    sample.push(next.value);
    size += next.value.length;
  }
  const head = Buffer.concat(sample);
  const { encoding, bom } = detect(head);
  const rest: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => iterator };
  return { encoding, bom, text: decode(head.subarray(bomLength(encoding, bom)), done ? null : rest, encoding) };
}

function detect(head: Buffer): { encoding: TextEncodingName; bom: boolean } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', bom: false };
  } catch {
    return { encoding: 'windows-1252', bom: false };
  }
}

const bomLength = (encoding: TextEncodingName, bom: boolean) => (!bom ? 0 : encoding === 'utf-8' ? 3 : 2);

async function* decode(head: Uint8Array, rest: AsyncIterable<Uint8Array> | null, encoding: TextEncodingName): AsyncGenerator<string> {
  const decoder = textDecoder(encoding);
  let decodedBytes = 0;
  const step = (bytes: Uint8Array, stream: boolean): string => {
    try {
      const text = decoder(bytes, stream);
      decodedBytes += bytes.length;
      return text;
    } catch {
      throw new ImportFileError(
        null,
        `bytes after byte ${decodedBytes.toLocaleString('en')} that are not UTF-8`,
        'one encoding throughout the file: save it again as "CSV UTF-8" (or all of it as Windows-1252)',
      );
    }
  };
  yield step(head, rest !== null);
  if (rest) {
    for await (const chunk of rest) yield step(chunk, true);
    yield step(new Uint8Array(0), false);
  }
}

type Decode = (bytes: Uint8Array, stream: boolean) => string;

function textDecoder(encoding: TextEncodingName): Decode {
  if (encoding === 'windows-1252') {
    const d = iconv.getDecoder('windows-1252');
    return (bytes, stream) => d.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) + (stream ? '' : (d.end() ?? ''));
  }
  const d = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  return (bytes, stream) => d.decode(bytes, { stream });
}
