// Importing spreadsheets in real Chromium on the demo data: a manager dry-runs a file, reads the
// bad rows' row, column, value and what was expected, and applies the good rows; a file with
// foreign headers goes through the column mapping; a near-duplicate waits in the review queue
// until the manager confirms it or chooses an alternative; a member sees neither button. Each
// test signs in itself.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterPaint, openExplorer, screenshot, type ExplorerSession, signedInAs as signedInAsIn } from '../setup/browser.ts';
import { apiTokenFor, testUser, type TestUser, type WithToken } from '../setup/auth.ts';
import { gql, type RunningApp } from '../setup/db.ts';
import { dataFingerprint } from '../setup/fingerprint.ts';
import { expectNoErrorsAfterEach } from '../setup/no-errors.ts';

let session: ExplorerSession;
let app: RunningApp;
let page: Page;
let errors: string[] = [];
const serverErrors: unknown[] = [];
let manager: TestUser;
let script: WithToken;
const slow = { timeout: 120_000 };

interface Hook {
  cy: {
    nodes(): {
      some(f: (n: { data(key: string): unknown }) => boolean): boolean;
      filter(f: (n: { data(key: string): unknown }) => boolean): { map<T>(f: (n: { position(): { x: number; y: number } }) => T): T[] };
    };
  };
}

beforeAll(async () => {
  session = await openExplorer((e) => serverErrors.push(e));
  ({ app, page, errors } = session);
  manager = await testUser(session.db, 'manager');
  script = await apiTokenFor(session.db, 'manager');
}, 600_000);

afterAll(async () => session?.close());
expectNoErrorsAfterEach(() => ({ browser: errors, server: serverErrors }));

const signedInAs = (user: TestUser | null) => signedInAsIn(page, app.url, user);

async function open(): Promise<void> {
  await page.goto(`${app.url}/`);
  await page.waitForSelector('#graph[data-ready="true"]', slow);
}

/** The import dialog, opened from the top bar, with a file of the kind chosen. */
async function chooseFile(kind: string, name: string, text: string): Promise<void> {
  await signedInAs(manager);
  await open();
  await page.click('#import-open');
  await page.waitForSelector('#import-dialog[open]', slow);
  await page.selectOption('#import-kind', kind);
  await page.setInputFiles('#import-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

/** Waits for the dialog's answer: a report of that status, or an error said in words. */
async function report(status: 'checked' | 'applied'): Promise<void> {
  await page.waitForFunction(
    (s) =>
      document.querySelector(`#import-report[data-status="${s}"]`) !== null &&
      document.querySelector('#import-dialog .dialog-body')?.getAttribute('aria-busy') === 'false',
    status,
    slow,
  );
}

const counts = () =>
  page.$$eval('#import-counts li', (items) =>
    Object.fromEntries(items.map((li) => [li.getAttribute('data-outcome'), li.querySelector('strong')?.textContent])),
  );

const inGraph = (name: string) =>
  page.waitForFunction(
    (n) => (Reflect.get(window, '__cluster' as string) as Hook).cy.nodes().some((x) => x.data('name') === n),
    name,
    slow,
  );

async function profile(id: string) {
  const r = await gql<{ organizationProfile: { employees: number | null; name: string } | null }>(
    app.url,
    'query($id: ID!) { organizationProfile(id: $id) { employees name } }',
    { id },
    script.headers,
  );
  return r.data?.organizationProfile ?? null;
}

describe('importing spreadsheets in the explorer', () => {
  it('dry-runs a CSV: the bad row is named by row, column and value and nothing is written; skipping it imports the good rows', async () => {
    const file =
      '\uFEFFName;Art;Ort;Beschäftigte\r\nQuendelwerk Zabelsdorf GmbH;Unternehmen;Cottbus;41\r\nXylowatt Pritzwalk KG;Unternehmen;Prenzlau;viele\r\nUrbaniq Schmelztechnik GmbH;Unternehmen;Cottbus;12\r\n';
    const before = await dataFingerprint(session.db);
    await chooseFile('organizations', 'mitglieder.csv', file);
    expect(await page.getAttribute('#import-template-csv', 'href')).toBe('/import/template/organizations.csv?lang=de');
    await page.click('#import-check');
    await report('checked');
    expect(await counts()).toEqual({ created: '2', updated: '0', unchanged: '0', rejected: '1', review: '0' });
    const bad = await page.$$eval('#import-problems tbody tr', (rows) =>
      rows.map((r) => [...(r as HTMLTableRowElement).cells].map((c) => c.textContent)),
    );
    expect(bad).toHaveLength(1);
    expect(bad[0]?.slice(0, 3)).toEqual(['3', 'Beschäftigte', 'viele']);
    expect(await page.textContent('#import-headline')).toContain('nichts wurde gespeichert');
    expect(await dataFingerprint(session.db), 'the dry run wrote nothing').toEqual(before);
    // All or nothing is refused with a bad row; skipping it is an explicit choice that says how many.
    expect(await page.isDisabled('#import-mode-all')).toBe(true);
    expect(await page.isDisabled('#import-apply')).toBe(true);
    expect(await page.textContent('label:has(#import-mode-skip)')).toContain('1 Zeile wird übersprungen');
    await screenshot(page, 'import-dry-run');

    await page.check('#import-mode-skip');
    await page.click('#import-apply');
    await report('applied');
    expect(await counts()).toMatchObject({ created: '2', rejected: '1' });
    await inGraph('Quendelwerk Zabelsdorf GmbH');
    await inGraph('Urbaniq Schmelztechnik GmbH');
    const placed = await page.evaluate(() =>
      (Reflect.get(window, '__cluster' as string) as Hook).cy
        .nodes()
        .filter((n) => n.data('name') === 'Quendelwerk Zabelsdorf GmbH')
        .map((n) => n.position()),
    );
    expect(placed).toHaveLength(1);
    expect(placed[0], 'the new organisation has a place in the layout').not.toEqual({ x: 0, y: 0 });
    await afterPaint(page);
  }, 480_000);

  it('says how many rows the server has checked while a large file is being checked', async () => {
    const rows = Array.from({ length: 6_000 }, (_, i) => `Stahlbau Nummer ${i} GmbH;Unternehmen;Cottbus;${i % 90}`);
    await chooseFile('organizations', 'gross.csv', `\uFEFFName;Art;Ort;Beschäftigte\r\n${rows.join('\r\n')}\r\n`);
    await page.click('#import-check');
    // The count while it runs, from the server (uploads name a progress token the dialog asks about).
    await page.waitForFunction(
      () => /[1-9][\d.]* Zeilen geprüft/.test(document.querySelector('#import-status')?.textContent ?? ''),
      null,
      slow,
    );
    await report('checked');
  }, 480_000);

  it('maps the columns of a file with foreign headers to fields, then checks and imports it with the mapping', async () => {
    await chooseFile(
      'organizations',
      'crm-export.csv',
      'Firma;Sitz;Kategorie;Interne ID\r\nWendelstahl Quappendorf GmbH;Cottbus;Unternehmen;4711\r\n',
    );
    await page.click('#import-check');
    await page.waitForSelector('#mapping-form', slow);
    expect(await page.$eval('select[data-header="Firma"]', (s) => (s as HTMLSelectElement).value)).toBe('');
    expect(await page.isDisabled('#mapping-submit'), 'required fields are still without a column').toBe(true);
    expect(await page.textContent('#mapping-status')).toContain('Name');
    await page.selectOption('select[data-header="Firma"]', 'name');
    await page.selectOption('select[data-header="Sitz"]', 'city');
    await page.selectOption('select[data-header="Kategorie"]', 'kind');
    await page.selectOption('select[data-header="Interne ID"]', '');
    await page.click('#mapping-submit');
    await page.waitForSelector('#import-modes', slow);
    await report('checked');
    expect(await page.locator('#mapping-form').count()).toBe(0);
    expect(await counts()).toMatchObject({ created: '1', rejected: '0' });
    expect(await page.isChecked('#import-mode-all'), 'without problems all or nothing is the choice').toBe(true);
    await page.click('#import-apply');
    await report('applied');
    await inGraph('Wendelstahl Quappendorf GmbH');
  }, 480_000);

  it('queues a near-duplicate for review; confirmed in the queue, the existing organisation gets the imported value', async () => {
    const created = await gql<{ createOrganization: { id: string } }>(
      app.url,
      'mutation($fields: OrganizationFields!) { createOrganization(fields: $fields) { id } }',
      { fields: { name: 'Lausitzer Zinkguss GmbH', shortName: 'Zinkguss', kind: 'company', city: 'Cottbus', employees: 20 } },
      script.headers,
    );
    const id = created.data?.createOrganization.id ?? '';
    expect(id).not.toBe('');
    await chooseFile('organizations', 'zinkguss.csv', 'Name;Art;Ort;Beschäftigte\r\nZinkguss Lausitz;Unternehmen;Cottbus;77\r\n');
    await page.click('#import-check');
    await report('checked');
    expect(await counts()).toMatchObject({ review: '1', created: '0' });
    await page.click('#import-apply');
    await report('applied');
    await page.waitForSelector('#review-count', slow);
    expect(await page.textContent('#import-review-note')).toContain('1 Zeile wartet in der Prüfliste');
    await page.click('#import-to-review');
    await page.waitForSelector('#review-dialog[open] .dialog-body[aria-busy="false"]', slow);
    const item = page.locator('.review-item', { hasText: 'Zinkguss Lausitz' });
    expect(await item.textContent()).toContain('Lausitzer Zinkguss GmbH');
    expect(await item.locator('.review-confidence').textContent()).toMatch(/^\d+ % Übereinstimmung$/);
    await item.locator('.review-same').click();
    await page.waitForSelector('#review-empty', slow);
    expect(await page.textContent('#review-empty')).toBe('Keine importierten Zeilen warten auf eine Entscheidung.');
    expect(await page.locator('#review-count').count()).toBe(0);
    expect(await profile(id)).toMatchObject({ name: 'Lausitzer Zinkguss GmbH', employees: 77 });
  }, 480_000);

  it('shows every bad row with row, column, value and what was expected in German; all or nothing is unavailable, skipping writes the rest', async () => {
    const file = [
      'Name;Art;Ort;Beschäftigte;E-Mail',
      'Ochsenwerk Vetschau GmbH;Unternehmen;Cottbus;18;info@ochsenwerk.de',
      'Pfeilring Lübbenau GmbH;Unternehmen;Cottbus;viele;',
      'Quirlbau Drebkau GmbH;Unternehmen;Cottbus;7;vertrieb(at)quirlbau.de',
      'Rautenguss Peitz GmbH;Unternehmen;Cottbus;23;',
    ].join('\r\n');
    const named = async () => {
      const r = await gql<{ organizations: { name: string }[] }>(
        app.url,
        'query($names: [String!]) { organizations(where: { name: { in: $names } }) { name } }',
        { names: ['Ochsenwerk Vetschau GmbH', 'Pfeilring Lübbenau GmbH', 'Quirlbau Drebkau GmbH', 'Rautenguss Peitz GmbH'] },
        script.headers,
      );
      return (r.data?.organizations.map((o) => o.name) ?? []).sort();
    };
    await chooseFile('organizations', 'fehlerhaft.csv', `${file}\r\n`);
    await page.click('#import-check');
    await report('checked');
    expect(await counts()).toMatchObject({ created: '2', rejected: '2' });
    const problems = await page.$$eval('#import-problems tbody tr', (rows) =>
      rows.map((r) => [...(r as HTMLTableRowElement).cells].map((c) => c.textContent)),
    );
    expect(problems).toEqual([
      ['3', 'Beschäftigte', 'viele', 'eine ganze Zahl (1234 oder 1.234)'],
      ['4', 'E-Mail', 'vertrieb(at)quirlbau.de', 'eine E-Mail-Adresse (name@beispiel.de)'],
    ]);
    expect(await page.isDisabled('#import-mode-all')).toBe(true);
    expect(await page.textContent('label:has(#import-mode-all)')).toContain('nicht möglich: 2 Zeilen haben Fehler');
    expect(await page.textContent('label:has(#import-mode-skip)')).toContain('2 Zeilen werden übersprungen');
    // Not the fingerprint: the metrics of the import before may still be refreshing in the background.
    expect(await named(), 'the check wrote nothing').toEqual([]);

    await page.check('#import-mode-skip');
    await page.click('#import-apply');
    await report('applied');
    expect(await counts()).toMatchObject({ created: '2', rejected: '2' });
    await inGraph('Ochsenwerk Vetschau GmbH');
    await inGraph('Rautenguss Peitz GmbH');
    expect(await named()).toEqual(['Ochsenwerk Vetschau GmbH', 'Rautenguss Peitz GmbH']);
  }, 480_000);

  it('in the review queue, choosing an alternative rather than the first candidate links the row to that organisation', async () => {
    const create = async (name: string) => {
      const r = await gql<{ createOrganization: { id: string } }>(
        app.url,
        'mutation($fields: OrganizationFields!) { createOrganization(fields: $fields) { id } }',
        { fields: { name, kind: 'company', city: 'Cottbus', employees: 5 } },
        script.headers,
      );
      return r.data?.createOrganization.id ?? '';
    };
    // Two firms one legal form apart: the row without one could be either, and a person must choose.
    const ids = [await create('Zabelsdorfer Blechbau GmbH'), await create('Zabelsdorfer Blechbau e.K.')];
    expect(ids).not.toContain('');
    await chooseFile('organizations', 'blechbau.csv', 'Name;Art;Ort;Beschäftigte\r\nZabelsdorfer Blechbau;Unternehmen;Cottbus;64\r\n');
    await page.click('#import-check');
    await report('checked');
    expect(await counts()).toMatchObject({ review: '1', created: '0' });
    await page.click('#import-apply');
    await report('applied');
    await page.click('#import-to-review');
    await page.waitForSelector('#review-dialog[open] .dialog-body[aria-busy="false"]', slow);
    const item = page.locator('.review-item', { hasText: 'Zabelsdorfer Blechbau' });
    const alternative = item.locator('.review-alternative').first();
    const chosen = (await alternative.getAttribute('data-id')) ?? '';
    const first = ids.find((id) => id !== chosen) ?? '';
    expect(ids, 'the alternative is the other firm').toContain(chosen);
    expect(await item.locator('.review-side').nth(1).textContent(), 'the first candidate is the other one').toContain(first);
    await alternative.click();
    await page.waitForSelector('#review-empty', slow);
    expect(await profile(chosen)).toMatchObject({ employees: 64 });
    expect(await profile(first), 'the first candidate is left as it was').toMatchObject({ employees: 5 });
  }, 480_000);

  it('shows a member neither the import nor the review queue', async () => {
    const member = await testUser(session.db, 'member', { organizationId: 'co-0043' });
    await signedInAs(member);
    await open();
    await page.waitForSelector('#signed-in-user', slow);
    expect(await page.locator('#import-open').count()).toBe(0);
    expect(await page.locator('#review-open').count()).toBe(0);
  }, 240_000);
});
