// A small RFC 4180 reader: quoted fields may hold commas, line breaks and doubled quotes.
// Enough for the two fact files; no dependency needed.
import { readFileSync } from 'node:fs';

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    // A blank line (e.g. the trailing newline) is no record.
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch !== '\r') field += ch;
    i++;
  }
  if (quoted) throw new SyntaxError('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

// Rows as records keyed by the header; a row with the wrong field count is an error,
// since a silently shifted column would put a city into the latitude.
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...body] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) return [];
  return body.map((fields, n) => {
    if (fields.length !== header.length) {
      throw new SyntaxError(`CSV record ${n + 2} has ${fields.length} fields, expected ${header.length}`);
    }
    return Object.fromEntries(header.map((name, k) => [name, fields[k] ?? '']));
  });
}

export function readCsvRecords(url: URL): Record<string, string>[] {
  return parseCsvRecords(readFileSync(url, 'utf8'));
}

export function field(record: Record<string, string>, name: string): string {
  const value = record[name];
  if (value === undefined) throw new SyntaxError(`CSV column "${name}" is missing`);
  return value;
}
