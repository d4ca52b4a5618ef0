// The downloadable templates: per kind a CSV (UTF-8 with BOM so Excel shows umlauts; ";" and
// German headers for German Excel, "," and English headers in English) and an XLSX workbook
// (the data sheet named after the kind, with the example row, drop-downs for the fixed values,
// and a second sheet describing every column). Made from templates.ts, so they cannot drift.
import ExcelJS from 'exceljs';
import type { RecordKind } from '../records.ts';
import { type TemplateColumn, templates } from '../../../shared/import-templates.ts';

export type TemplateLanguage = 'de' | 'en';
export type TemplateFormat = 'csv' | 'xlsx';

export interface TemplateDownload {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

const contentTypes: Readonly<Record<TemplateFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const words = {
  de: {
    template: 'vorlage',
    notes: 'Hinweise',
    column: 'Spalte',
    required: 'Pflicht',
    yes: 'ja',
    no: 'nein',
    description: 'Beschreibung',
    example: 'Beispiel',
    values: 'Erlaubte Werte',
  },
  en: {
    template: 'template',
    notes: 'Notes',
    column: 'Column',
    required: 'Required',
    yes: 'yes',
    no: 'no',
    description: 'Description',
    example: 'Example',
    values: 'Allowed values',
  },
} as const;

export async function templateFile(kind: RecordKind, format: TemplateFormat, language: TemplateLanguage): Promise<TemplateDownload> {
  const template = templates[kind];
  const name = `${words[language].template}-${template[language].toLowerCase()}.${format}`;
  const bytes = format === 'csv' ? templateCsv(kind, language) : await templateXlsx(kind, language);
  return { filename: name, contentType: contentTypes[format], bytes };
}

/** A column's header in the language. */
export const headerIn = (c: TemplateColumn, language: TemplateLanguage) => c[language];

/** The example as text the way a person of the language writes it (decimal comma, DD.MM.YYYY in German). */
export function exampleText(c: TemplateColumn, language: TemplateLanguage): string {
  const e = c.example;
  if (e === null) return '';
  if (typeof e === 'number') return language === 'de' ? String(e).replace('.', ',') : String(e);
  if (typeof e !== 'string') return e.join('; ');
  if (c.type === 'enum') return c.values?.[e]?.[language] ?? e;
  if (c.type === 'date' && language === 'de') return e.split('-').reverse().join('.');
  return e;
}

/** The values an enum column accepts, in the language. */
export const valuesIn = (c: TemplateColumn, language: TemplateLanguage) => Object.values(c.values ?? {}).map((l) => l[language]);

function templateCsv(kind: RecordKind, language: TemplateLanguage): Uint8Array {
  const delimiter = language === 'de' ? ';' : ',';
  const cell = (s: string) => (s.includes(delimiter) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const columns = templates[kind].columns;
  const lines = [columns.map((c) => cell(headerIn(c, language))), columns.map((c) => cell(exampleText(c, language)))];
  return Buffer.from(`\ufeff${lines.map((l) => l.join(delimiter)).join('\r\n')}\r\n`, 'utf8');
}

/** The example as a typed XLSX value: numbers as numbers, dates as dates, the rest as text. */
function exampleCell(c: TemplateColumn, language: TemplateLanguage): ExcelJS.CellValue {
  if (typeof c.example === 'number') return c.example;
  if (c.type === 'date' && typeof c.example === 'string') return new Date(`${c.example}T00:00:00Z`);
  return exampleText(c, language) || null;
}

async function templateXlsx(kind: RecordKind, language: TemplateLanguage): Promise<Uint8Array> {
  const w = words[language];
  const template = templates[kind];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(template[language]);
  sheet.addRow(template.columns.map((c) => headerIn(c, language))).font = { bold: true };
  sheet.addRow(template.columns.map((c) => exampleCell(c, language)));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  template.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(12, headerIn(c, language).length + 2, exampleText(c, language).length + 2);
    // Text columns stay text, so Excel keeps a postcode's leading zero and an id's hyphens.
    if (c.type === 'postcode' || c.type === 'phone' || c.type === 'text') column.numFmt = '@';
    if (c.type === 'date') column.numFmt = language === 'de' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
    if (c.type === 'enum') {
      // A drop-down as a suggestion: the other language's words and aliases are accepted too.
      const formula = `"${valuesIn(c, language).join(',')}"`;
      for (let r = 2; r <= 501; r++) {
        sheet.getCell(r, i + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: false };
      }
    }
  });
  const notes = workbook.addWorksheet(w.notes);
  notes.addRow([w.column, w.required, w.description, w.example, w.values]).font = { bold: true };
  for (const c of template.columns) {
    notes.addRow([
      headerIn(c, language),
      c.required ? w.yes : w.no,
      c.description,
      exampleText(c, language),
      valuesIn(c, language).join(', '),
    ]);
  }
  notes.columns.forEach((col, i) => {
    col.width = [24, 10, 70, 30, 60][i] ?? 20;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
