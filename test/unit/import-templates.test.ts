import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { nameKeys } from '../../server/curation/import/header-names.ts';
import { importDocs } from '../../server/curation/import/import-docs.ts';
import { readImportFile } from '../../server/curation/import/read-import-file.ts';
import { templateFile } from '../../server/curation/import/template-file.ts';
import { templates } from '../../shared/import-templates.ts';
import { recordKinds, recordSchemas } from '../../server/curation/records.ts';

describe('import templates', () => {
  it('have a column for every field of the record schemas, and no other', () => {
    for (const kind of recordKinds) {
      const fields = Object.keys(recordSchemas[kind].shape).sort();
      expect(templates[kind].columns.map((c) => c.field).sort(), kind).toEqual(fields);
    }
  });

  it('give no two columns of a kind the same name in any spelling', () => {
    for (const kind of recordKinds) {
      const owner = new Map<string, string>();
      for (const c of templates[kind].columns) {
        for (const name of [c.field, c.de, c.en, ...c.aliases]) {
          for (const key of nameKeys(name)) {
            const other = owner.get(key);
            expect(other === undefined || other === c.field, `${kind}: "${name}" of ${c.field} is also ${other}`).toBe(true);
            owner.set(key, c.field);
          }
        }
      }
    }
  });

  it.each(
    recordKinds.flatMap((kind) =>
      (['csv', 'xlsx'] as const).flatMap((format) => (['de', 'en'] as const).map((lang) => [kind, format, lang] as const)),
    ),
  )('downloads the %s template as %s (%s) that reads back without problems', async (kind, format, language) => {
    const t = await templateFile(kind, format, language);
    expect(t.filename).toMatch(new RegExp(`\\.${format}$`));
    expect(t.contentType).toBe(
      format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const file = await readImportFile(Readable.from([Buffer.from(t.bytes)]), { kind, fileName: t.filename });
    expect(file.header.problems).toEqual([]);
    const rows = [];
    for await (const r of file.rows) rows.push(r);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveProperty('record');
  });

  it('writes the German CSV template as German Excel opens it: BOM, ; and German headers', async () => {
    const t = await templateFile('organizations', 'csv', 'de');
    expect(t.filename).toBe('vorlage-organisationen.csv');
    const text = Buffer.from(t.bytes).toString('utf8');
    expect(text.startsWith('\ufeffId;Name;Kurzname;Art;Ort;PLZ;Straße;Land;Breitengrad;Längengrad;')).toBe(true);
    expect(text.split('\r\n')[1]).toContain(';Unternehmen;Cottbus;03046;');
  });

  it('reads a filled template back as the records typed in', async () => {
    const t = await templateFile('participations', 'csv', 'de');
    const filled = `${Buffer.from(t.bytes).toString('utf8')}BTU Cottbus-Senftenberg;LeiSchi;Partner;\r\nIHP;LeiSchi;Verbundpartner;Projektliste\r\n`;
    const file = await readImportFile(Readable.from([Buffer.from(filled)]), { kind: 'participations', fileName: t.filename });
    const rows = [];
    for await (const r of file.rows) rows.push(r);
    expect(rows.slice(1)).toEqual([
      { row: 3, record: { organization: 'BTU Cottbus-Senftenberg', project: 'LeiSchi', role: 'partner' } },
      { row: 4, record: { organization: 'IHP', project: 'LeiSchi', role: 'partner', source: 'Projektliste' } },
    ]);
  });

  it('are documented in docs/import.md as the module makes it (npm run docs:import)', () => {
    expect(readFileSync(path.join(projectRoot, 'docs', 'import.md'), 'utf8')).toBe(importDocs());
  });
});
