// XLSX rows, streamed with exceljs's WorkbookReader (a maintained library that reads the zip and
// its XML as streams; only the shared-strings table is held). The sheet read is the one named
// after the kind ("Organisationen", "organizations") or else the first; the header is the first
// row with a value, and row numbers are the sheet's own. Formulas and Excel error values are kept
// as such: the report says so instead of importing a cached result.
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell, SheetEvent } from './cells.ts';
import { ImportFileError } from './file-errors.ts';
import { NameLookup } from './header-names.ts';

export async function* readXlsx(input: Readable, sheetNames: readonly string[]): AsyncGenerator<SheetEvent> {
  const wanted = new NameLookup<true>();
  for (const name of sheetNames) wanted.add(name, true);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  let read = false;
  try {
    for await (const sheet of workbook) {
      if (read) continue;
      const name = 'name' in sheet && typeof sheet.name === 'string' ? sheet.name : '';
      const anyNamed = (workbook.model?.sheets ?? []).some((s) => wanted.get(s.name) !== undefined);
      if (anyNamed && wanted.get(name) === undefined) continue;
      read = true;
      let header: string[] | null = null;
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? row.values : [];
        const cells = values.map(toCell);
        if (header === null) {
          if (cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) continue;
          header = [];
          for (let i = 1; i < cells.length; i++) header.push(headerText(cells[i] ?? null));
          yield { header, row: row.number };
          continue;
        }
        const map = new Map<string, Cell>();
        header.forEach((h, i) => {
          if (!map.has(h)) map.set(h, cells[i + 1] ?? null);
        });
        const overflow = cells.slice(header.length + 1).filter((c) => c !== null).length;
        yield overflow > 0 ? { row: row.number, cells: map, overflow } : { row: row.number, cells: map };
      }
      if (header === null) throw new ImportFileError(1, '(empty sheet)', 'a header row with the column names');
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    throw new ImportFileError(
      null,
      err instanceof Error ? err.message : String(err),
      'an Excel workbook (.xlsx); save .xls files as .xlsx',
    );
  }
  if (!read) throw new ImportFileError(null, '(no sheet)', 'a workbook with a sheet');
}

function headerText(cell: Cell): string {
  return typeof cell === 'string' ? cell.trim() : typeof cell === 'number' ? String(cell) : '';
}

function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('error' in value) return { unsupported: `an Excel error (${value.error})` };
  if ('formula' in value || 'sharedFormula' in value) return { formula: ('formula' in value ? value.formula : value.sharedFormula) ?? '' };
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : value.hyperlink;
  return null;
}
