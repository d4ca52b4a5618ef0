// Column mappings saved for the next import: the same headers (in any order and spelling) of the
// same kind find the mapping again. Stored as JSON text, since a node cannot hold a map; read back
// through zod, and fields the template no longer has are dropped rather than trusted.
import { z } from 'zod';
import type { Database } from '../../db.ts';
import type { RecordKind } from '../records.ts';
import { type ColumnMapping, headersKey } from './column-mapping.ts';
import { templates } from '../../../shared/import-templates.ts';

const MappingRow = z.object({ mapping: z.string() });
const MappingJson = z.record(z.string(), z.string().nullable());
const SavedRow = z.object({ kind: z.string() });

export async function saveColumnMapping(
  db: Database,
  kind: RecordKind,
  headers: readonly string[],
  mapping: ColumnMapping,
  actorId: string | null,
): Promise<void> {
  await db.write(
    'imports/save-column-mapping',
    { kind, headersKey: headersKey(headers), headers: [...headers], mapping: JSON.stringify(mapping), actorId },
    SavedRow,
  );
}

/** The mapping saved for these headers, or null. */
export async function loadColumnMapping(db: Database, kind: RecordKind, headers: readonly string[]): Promise<ColumnMapping | null> {
  const [row] = await db.read('imports/column-mapping', { kind, headersKey: headersKey(headers) }, MappingRow);
  if (!row) return null;
  let json: unknown;
  try {
    json = JSON.parse(row.mapping);
  } catch {
    return null;
  }
  const parsed = MappingJson.safeParse(json);
  if (!parsed.success) return null;
  const fields = new Set(templates[kind].columns.map((c) => c.field));
  return Object.fromEntries(Object.entries(parsed.data).filter(([, field]) => field === null || fields.has(field)));
}
