// Opening an import file as the importer reads it: with the caller's column mapping, or else the
// mapping saved for the same kind and headers last time; a given mapping is saved for next time.
import type { Database } from '../../db.ts';
import type { RecordKind } from '../records.ts';
import type { ColumnMapping } from './column-mapping.ts';
import { loadColumnMapping, saveColumnMapping } from './mapping-store.ts';
import { type ImportFile, type ImportHeader, type ImportSource, readImportFile } from './read-import-file.ts';

export async function openImport<K extends RecordKind>(
  db: Database,
  source: () => ImportSource,
  o: { kind: K; fileName: string; mapping?: ColumnMapping | null; actorId: string },
): Promise<{ header: ImportHeader; open: () => Promise<ImportFile<K>> }> {
  let mapping = o.mapping ?? null;
  const first = await readImportFile(source(), { kind: o.kind, fileName: o.fileName });
  await first.rows.return(undefined);
  if (mapping) await saveColumnMapping(db, o.kind, first.header.headers, mapping, o.actorId);
  else mapping = await loadColumnMapping(db, o.kind, first.header.headers);
  const options = { kind: o.kind, fileName: o.fileName, ...(mapping ? { mapping } : {}) };
  const open = () => readImportFile(source(), options);
  // The header as the import will read it: with the mapping, when one applies.
  let header = first.header;
  if (mapping) {
    const mapped = await open();
    await mapped.rows.return(undefined);
    header = mapped.header;
  }
  return { header, open };
}
