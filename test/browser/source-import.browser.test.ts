// A public source's download uploaded in the explorer's import dialog, in real Chromium on the demo
// data: a manager chooses "CORDIS-Paket", uploads the package zip as downloaded, reads the dry
// run's report per part (nothing written), and imports it; a file that is no CORDIS package is
// refused with its problems in the report's table.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cordisFiles, cordisZip } from '../fixtures/sources/files.ts';
import { testUser, type TestUser } from '../setup/auth.ts';
import { openExplorer, screenshot, type ExplorerSession, signedInAs } from '../setup/browser.ts';
import { gql, type RunningApp } from '../setup/db.ts';
import { dataFingerprint } from '../setup/fingerprint.ts';
import { expectNoErrorsAfterEach } from '../setup/no-errors.ts';

let session: ExplorerSession;
let app: RunningApp;
let page: Page;
let errors: string[] = [];
const serverErrors: unknown[] = [];
let manager: TestUser;
const slow = { timeout: 120_000 };

beforeAll(async () => {
  session = await openExplorer((e) => serverErrors.push(e));
  ({ app, page, errors } = session);
  manager = await testUser(session.db, 'manager');
}, 600_000);

afterAll(async () => session?.close());
expectNoErrorsAfterEach(() => ({ browser: errors, server: serverErrors }));

/** The import dialog with the CORDIS package chosen and a file in the chooser. */
async function chooseCordis(name: string, bytes: Buffer, mimeType: string): Promise<void> {
  await signedInAs(page, app.url, manager);
  await page.goto(`${app.url}/`);
  await page.waitForSelector('#graph[data-ready="true"]', slow);
  await page.click('#import-open');
  await page.waitForSelector('#import-dialog[open]', slow);
  await page.selectOption('#import-kind', 'cordis');
  await page.setInputFiles('#import-file', { name, mimeType, buffer: bytes });
}

async function report(status: 'checked' | 'applied'): Promise<void> {
  await page.waitForFunction(
    (s) =>
      document.querySelector(`#import-report[data-status="${s}"]`) !== null &&
      document.querySelector('#import-dialog .dialog-body')?.getAttribute('aria-busy') === 'false',
    status,
    slow,
  );
}

/** The metrics an import before set refreshing have settled: the graph changes no more by itself. */
const metricsSettled = () =>
  vi.waitFor(
    async () => {
      const r = await gql<{ networkMetrics: { refreshing: string } }>(app.url, '{ networkMetrics { refreshing } }');
      expect(r.data?.networkMetrics.refreshing).toBe('idle');
    },
    { timeout: 240_000, interval: 500 },
  );

const count = (part: string, outcome: string) => page.textContent(`#source-counts tr[data-part="${part}"] td[data-outcome="${outcome}"]`);

describe('a public source in the import dialog', () => {
  it('dry-runs the CORDIS zip with a report per part and writes nothing, then imports it', async () => {
    const before = await dataFingerprint(session.db);
    await chooseCordis('cordis-horizon.zip', readFileSync(cordisZip), 'application/zip');
    expect(await page.textContent('#import-source-where')).toContain('data.europa.eu');
    expect(await page.isVisible('#import-template-csv'), 'a source has no template').toBe(false);
    await page.click('#import-check');
    await report('checked');
    expect(await count('projects', 'created')).toBe('2');
    expect(await page.textContent('#source-out-of-scope')).toContain('1 Projekt ohne Beteiligte in Brandenburg oder Berlin');
    expect(await page.textContent('#import-headline')).toContain('nichts wurde gespeichert');
    expect(await dataFingerprint(session.db), 'the dry run wrote nothing').toEqual(before);
    await screenshot(page, 'import-cordis-dry-run');

    expect(await page.isChecked('#import-mode-all'), 'without problems all or nothing is the choice').toBe(true);
    await page.click('#import-apply');
    await report('applied');
    expect(await count('projects', 'created')).toBe('2');
    expect(await dataFingerprint(session.db)).not.toEqual(before);
  }, 480_000);

  it('refuses a file that is no CORDIS package and shows what it expected, by file', async () => {
    await metricsSettled();
    const before = await dataFingerprint(session.db);
    await chooseCordis('organization.csv', readFileSync(cordisFiles.organizations), 'text/csv');
    await page.click('#import-check');
    await page.waitForSelector('#import-problems', slow);
    expect(await page.textContent('#import-status')).toContain('Der Server hat die Datei abgelehnt');
    const cells = await page.$$eval('#import-problems tbody td', (tds) => tds.map((td) => td.textContent));
    expect(cells[0]).toBe('organization.csv');
    // The refused upload is the browser's one expected failed request.
    const refused = errors.splice(0);
    expect(refused.every((e) => /422/.test(e))).toBe(true);
    expect(await dataFingerprint(session.db)).toEqual(before);
  }, 480_000);
});
