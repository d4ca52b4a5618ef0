import { describe, expect, it } from 'vitest';
import { checkMapping, initialMapping, needsMapping } from '../../client/src/curation/column-mapping-form.ts';
import { formatSize, uploadFailureText } from '../../client/src/curation/upload-texts.ts';
import { fieldLabel, importFields, importKinds, templateUrl } from '../../client/src/curation/import-kinds.ts';
import { problemsCsv, reportModel, shownProblems } from '../../client/src/curation/import-report.ts';
import { readImportAnswer, UploadError, type ImportAnswer } from '../../client/src/curation/imports-api.ts';
import { percent } from '../../client/src/curation/review-queue.ts';
import { translate, type Key } from '../../client/src/i18n.ts';
import { initialState, reduce } from '../../client/src/state.ts';
import { templates } from '../../shared/import-templates.ts';

const t = (key: Key) => translate('de', key);

function answer(summary: Partial<ImportAnswer['summary']> = {}, header: Partial<ImportAnswer['header']> = {}): ImportAnswer {
  return {
    header: { headers: ['Name', 'Art', 'Ort'], columns: [], missing: [], ...header },
    summary: {
      importId: 'imp-1',
      file: 'mitglieder.csv',
      status: 'checked',
      rows: 3,
      counts: { created: 1, updated: 1, unchanged: 0, rejected: 1, review: 0 },
      problems: [{ row: 3, column: 'Beschäftigte', field: 'employees', value: 'viele', expected: 'a whole number' }],
      problemCount: 1,
      ...summary,
    },
  };
}

describe('the kinds and fields the upload dialog offers', () => {
  it('offers every template, each with its columns in the template’s order', () => {
    expect([...importKinds].sort()).toEqual(Object.keys(templates).sort());
    expect(importFields('participations').map((c) => c.field)).toEqual(['organization', 'project', 'role', 'source']);
  });

  it('names a field in the UI language and links the template in it', () => {
    expect(fieldLabel('de', 'organizations', 'employees')).toBe('Beschäftigte');
    expect(fieldLabel('en', 'organizations', 'employees')).toBe('employees');
    expect(fieldLabel('de', 'projects', 'unknownField')).toBe('unknownField');
    expect(templateUrl('projects', 'xlsx', 'en')).toBe('/import/template/projects.xlsx?lang=en');
  });
});

describe('the report of an import', () => {
  it('counts every outcome in a fixed order and locates each problem by row, column and value', () => {
    const m = reportModel('de', 'organizations', 'ganze Datei', answer());
    expect(m.counts.map((c) => [c.outcome, c.n])).toEqual([
      ['created', 1],
      ['updated', 1],
      ['unchanged', 0],
      ['rejected', 1],
      ['review', 0],
    ]);
    expect(m.lines).toEqual([{ row: '3', column: 'Beschäftigte', value: 'viele', expected: 'a whole number' }]);
    expect(m.more).toBe(0);
  });

  it('offers all-or-nothing only without problems, and says how many rows skip-bad leaves out', () => {
    expect(reportModel('de', 'organizations', '', answer())).toMatchObject({ allOrNothing: false, skipped: 1, importable: 2 });
    const clean = answer({ problems: [], problemCount: 0, counts: { created: 3, updated: 0, unchanged: 0, rejected: 0, review: 0 } });
    expect(reportModel('de', 'organizations', '', clean)).toMatchObject({ allOrNothing: true, skipped: 0, importable: 3 });
  });

  it('sees a header that could not be read: no row was read, nothing can be applied', () => {
    const missing = { row: 1, column: null, field: 'city', value: null, expected: 'a column Ort (city)' };
    const m = reportModel('de', 'organizations', 'ganze Datei', answer({ rows: 0, problems: [missing], problemCount: 1 }));
    expect(m).toMatchObject({ headerFailed: true, allOrNothing: false });
    expect(m.lines[0]?.column, 'a missing column is named by its field').toBe('Ort');
  });

  it('shows the first problems and counts the rest as "N weitere", those the server did not send included', () => {
    const many = Array.from({ length: shownProblems + 5 }, (_, i) => ({
      row: i + 2,
      column: 'PLZ',
      field: 'postCode',
      value: 'x',
      expected: 'five digits',
    }));
    const m = reportModel('de', 'organizations', '', answer({ problems: many, problemCount: 1_000 }));
    expect(m.lines).toHaveLength(shownProblems);
    expect(m.more).toBe(1_000 - shownProblems);
  });

  it('writes the problems as a German CSV with the shared rules: BOM, semicolons, formula-safe cells', () => {
    const text = problemsCsv('de', t, [{ row: 'ganze Datei', column: 'Name', value: '=SUMME(A1)', expected: 'text' }]);
    expect(text).toBe('\uFEFF"Zeile";"Spalte";"Wert";"Erwartet"\r\n"ganze Datei";"Name";"\'=SUMME(A1)";"text"\r\n');
  });
});

describe('the column-mapping step', () => {
  const foreign = answer(
    { rows: 0 },
    {
      headers: ['Firma', 'Sitz', 'Art'],
      columns: [
        { header: 'Firma', field: null, by: 'unknown' },
        { header: 'Sitz', field: null, by: 'unknown' },
        { header: 'Art', field: 'kind', by: 'template' },
      ],
      missing: ['name', 'city'],
    },
  ).header;

  it('is needed when a column is unknown or a required field has no column, not for a template’s header', () => {
    expect(needsMapping(foreign)).toBe(true);
    expect(needsMapping({ headers: ['Name'], columns: [{ header: 'Name', field: 'name', by: 'template' }], missing: [] })).toBe(false);
    expect(needsMapping({ headers: ['Name'], columns: [{ header: 'Name', field: 'name', by: 'template' }], missing: ['city'] })).toBe(true);
  });

  it('starts from the server’s guess and names the required fields still missing and a field chosen twice', () => {
    const start = initialMapping(foreign.columns);
    expect(start).toEqual({ Firma: null, Sitz: null, Art: 'kind' });
    expect(checkMapping('organizations', start)).toEqual({ missing: ['name', 'city'], twice: [] });
    expect(checkMapping('organizations', { ...start, Firma: 'name', Sitz: 'name' })).toEqual({ missing: ['city'], twice: ['name'] });
    expect(checkMapping('organizations', { ...start, Firma: 'name', Sitz: 'city' })).toEqual({ missing: [], twice: [] });
  });
});

describe('the upload’s answer where it enters', () => {
  it('reads a well-formed answer and refuses anything else', () => {
    const body = JSON.parse(JSON.stringify({ ...answer(), header: { ...answer().header, csv: null } })) as unknown;
    expect(readImportAnswer(body)).toEqual(answer());
    expect(readImportAnswer({ errors: [{ message: 'nope' }] })).toBeNull();
    expect(readImportAnswer(null)).toBeNull();
  });

  it('reads a missing count as 0 and an unknown column source as unknown', () => {
    const read = readImportAnswer({
      header: { headers: ['X'], columns: [{ header: 'X', field: null, by: 'guess' }], missing: [] },
      summary: { status: 'checked', rows: 1, counts: { created: 1 }, problems: [], problemCount: 0 },
    });
    expect(read?.summary.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 0, review: 0 });
    expect(read?.header.columns[0]?.by).toBe('unknown');
  });

  it('says why an upload failed in German, with the server’s reason where it gave one', () => {
    expect(uploadFailureText(t, new UploadError('tooLarge', 'The file is larger than 200 MB.'))).toBe(
      'Die Datei ist zu groß. (The file is larger than 200 MB.)',
    );
    expect(uploadFailureText(t, new UploadError('forbidden', 'Only managers import files.'))).toBe(
      'Dafür fehlt Ihnen die Berechtigung. (Only managers import files.)',
    );
    expect(uploadFailureText(t, new UploadError('rejected', 'mode "x": one of dry-run'))).toMatch(
      /^Der Server hat die Datei abgelehnt\. \(mode/,
    );
    expect(uploadFailureText(t, new UploadError('signedOut', 'HTTP 401'))).toBe(
      'Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.',
    );
    expect(uploadFailureText(t, new UploadError('network', ''))).toContain('Verbindung');
  });

  it('shows a match’s confidence as a whole percent', () => {
    expect(percent(0.874)).toBe('87');
    expect(percent(1)).toBe('100');
  });

  it('says a file’s size in KB or MB', () => {
    expect(formatSize('de', 300)).toBe('1 KB');
    expect(formatSize('de', 150 * 1024)).toBe('150 KB');
    expect(formatSize('de', 15 * 1024 * 1024)).toBe('15 MB');
  });
});

describe('the store around an import', () => {
  it('opens the import and the review queue as editing kinds; data changed in bulk keeps the dialog and bumps the revision', () => {
    const importing = reduce(initialState, { type: 'edit', editing: { kind: 'import' } });
    const changed = reduce(importing, { type: 'dataChanged' });
    expect(changed.editing).toEqual({ kind: 'import' });
    expect(changed.revision).toBe(importing.revision + 1);
    expect(reduce(changed, { type: 'signedOut' }).editing).toBeNull();
  });
});
