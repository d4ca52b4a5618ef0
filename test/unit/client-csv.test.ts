// The one CSV writer behind every export: Excel opens it in columns, with umlauts, and never runs
// a cell as a formula.
import { describe, expect, it } from 'vitest';
import { csvSeparator, toCsv } from '../../client/src/csv.ts';

const lines = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n');

describe('the CSV writer', () => {
  it('starts with a UTF-8 byte order mark, ends every line with CRLF and keeps umlauts', async () => {
    const text = toCsv('de', ['Name'], [['Märkische Stahlbau GmbH'], ['Gießerei Süd']]);
    expect(text.startsWith('\uFEFF"Name"\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(lines(text)).toEqual(['"Name"', '"Märkische Stahlbau GmbH"', '"Gießerei Süd"', '']);
    const bytes = new Uint8Array(await new Blob([text]).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Gießerei Süd');
  });

  it('separates cells with a semicolon in German and a comma in English, numbers with the decimal mark of the language', () => {
    expect(csvSeparator).toEqual({ de: ';', en: ',' });
    expect(lines(toCsv('de', ['a', 'b', 'c'], [[1, 0.25, -3.5]]))).toEqual(['"a";"b";"c"', '"1";"0,25";"-3,5"', '']);
    expect(lines(toCsv('en', ['a', 'b', 'c'], [[1, 0.25, -3.5]]))).toEqual(['"a","b","c"', '"1","0.25","-3.5"', '']);
  });

  it('keeps separators, quotes and line breaks inside their cell', () => {
    expect(lines(toCsv('de', ['x'], [['a;b, c'], ['sagt "ja"']]))).toEqual(['"x"', '"a;b, c"', '"sagt ""ja"""', '']);
    expect(toCsv('en', ['x', 'y'], [['line 1\nline 2', 'z']])).toBe('\uFEFF"x","y"\r\n"line 1\nline 2","z"\r\n');
  });

  it('defuses text a spreadsheet would run as a formula, but writes numbers typed as numbers plainly', () => {
    const attacks = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const [, row] = lines(
      toCsv(
        'en',
        attacks.map((_, i) => `c${i}`),
        [attacks],
      ),
    );
    expect(row).toBe(`"'=HYPERLINK(""http://x"",""y"")","'+1+1","'-2+3","'@SUM(A1)","'\t=1","'\r=1"`);
    // A negative number from the data stays a number; the same characters as text are text.
    expect(lines(toCsv('de', ['n', 's'], [[-12, '-12']]))[1]).toBe(`"-12";"'-12"`);
    expect(lines(toCsv('de', ['a'], [['a=b'], ['Müller-Lüdenscheidt']])).slice(1, 3)).toEqual(['"a=b"', '"Müller-Lüdenscheidt"']);
  });

  it('writes nothing for empty values and non-finite numbers, and booleans as words', () => {
    expect(lines(toCsv('en', ['a', 'b', 'c', 'd', 'e'], [[null, undefined, Number.NaN, Number.POSITIVE_INFINITY, true]]))[1]).toBe(
      '"","","","","true"',
    );
  });
});
