// docs/import.md, made from shared/import-templates.ts and the reading rules: `npm run docs:import`
// writes it, and a test fails when the file differs from what this makes, so the page cannot drift.
import { recordKinds } from '../records.ts';
import { maxCellLength } from './cell-values.ts';
import { exampleText, valuesIn } from './template-file.ts';
import { type TemplateColumn, templates } from '../../../shared/import-templates.ts';

const escape = (s: string) => s.replace(/\|/g, '\\|');
const names = (c: TemplateColumn) => [c.de, c.en, ...c.aliases].map((n) => `\`${escape(n)}\``).join(', ');

function valueLine(c: TemplateColumn): string {
  const values = Object.entries(c.values ?? {}).map(([stored, l]) => {
    const words = [l.de, l.en, ...(l.aliases ?? [])].map(escape).join(' / ');
    return `\`${stored}\`: ${words}`;
  });
  return values.join('; ');
}

export function importDocs(): string {
  const out: string[] = [
    '# Importing files',
    '',
    '<!-- Generated from shared/import-templates.ts by `npm run docs:import`; a test keeps it in step. -->',
    '',
    'Organisations, projects, participations, cooperations and memberships can be imported from the',
    'files people have: CSV, XLSX or JSON. Every import is checked first (a dry run): each problem is',
    "reported with the file, the row as the spreadsheet shows it, the column under the file's own header,",
    'the value and what was expected. Templates for every kind can be downloaded (CSV and XLSX, German or',
    'English headers).',
    '',
    '## Files',
    '',
    '- **CSV**: UTF-8 with or without BOM ("CSV UTF-8"), UTF-16 with BOM, or Windows-1252 (German Excel\'s',
    '  "CSV (Trennzeichen-getrennt)"), detected from the first MiB. The delimiter (`;`, `,` or tab) is the',
    '  one used most in the header line. Quoted cells may hold the delimiter, quotes (`""`) and line breaks.',
    '  Row 1 is the header; each record is one row, as Excel shows it.',
    '- **XLSX**: the sheet named after the kind (e.g. `Organisationen` or `organizations`), else the first',
    "  sheet. The header is the first row with a value; rows are the sheet's row numbers. Old `.xls` files",
    '  must be saved as `.xlsx`.',
    '- **JSON**: an array of objects, or JSON Lines (one object per line). Keys are column names; a list',
    '  may be a JSON array. Rows are numbered by element (array) or line (JSON Lines).',
    '',
    '## Column names',
    '',
    'Each column is recognised by its German or English name or an alias; case, umlauts (`ä`/`ae`/`a`),',
    '`ß`/`ss`, spaces and punctuation do not count. Other headers are reported once; a column mapping',
    '(header → field, or "leave out") handles them and is saved for the next file with the same headers.',
    '',
    '## Values',
    '',
    '- Cells are trimmed; an empty cell is no value.',
    '- Numbers: `1234,5` and `1234.5`, thousands as `1.234.567,89`, `1,234,567.89` or `1 234`. A comma',
    '  alone is a decimal comma, except in whole numbers (`1,200` employees are 1200). In whole numbers and',
    '  amounts `1.234` is one thousand two hundred and thirty-four; in coordinates a point is a decimal point.',
    '- Dates: `31.12.2024` or `2024-12-31`; XLSX date cells as they are.',
    '- Lists (competences, industries): separated by `;` or `|`.',
    '- Fixed values: in German or English, see each column.',
    '- A German postcode that lost its leading zero in a spreadsheet (`3046`) gets it back.',
    '- Refused: a cell starting with `=`, or with `+`, `-`, `@` unless it is a number (or a phone number',
    '  starting with `+`): "a value, not a formula", because a spreadsheet would run it; Excel formulas',
    `  and error values in XLSX; control characters; line breaks outside notes; cells over ${maxCellLength} characters.`,
    '- The same id twice in a file, or the same organisation (name and town), participation (organisation',
    '  and project), cooperation or membership twice: the later row is reported with the earlier row.',
    '',
  ];
  for (const kind of recordKinds) {
    const t = templates[kind];
    out.push(
      `## ${t.en[0]?.toUpperCase()}${t.en.slice(1)} (${t.de})`,
      '',
      '| Column (de) | Column (en) | Required | Accepted names | Description | Example (de) |',
      '|---|---|---|---|---|---|',
    );
    for (const c of t.columns) {
      out.push(
        `| ${escape(c.de)} | ${escape(c.en)} | ${c.required ? 'yes' : 'no'} | ${names(c)} | ${escape(c.description)} | ${escape(exampleText(c, 'de'))} |`,
      );
    }
    const enums = t.columns.filter((c) => c.type === 'enum');
    if (enums.length > 0) {
      out.push('', 'Fixed values (stored value: accepted words):', '');
      for (const c of enums) out.push(`- **${c.de}** (${valuesIn(c, 'en').length} values): ${valueLine(c)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
