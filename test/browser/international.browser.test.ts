// Provenance and international reach in real Chromium: the demo data with the international
// network of test/fixtures/international.ts planted beside it (Fraunhofer IPK in two EU projects,
// its records from CORDIS and the Förderkatalog).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, screenshot, type ExplorerSession } from '../setup/browser.ts';
import type { RunningApp } from '../setup/db.ts';
import { expectNoErrorsAfterEach } from '../setup/no-errors.ts';
import { plantInternational } from '../fixtures/international.ts';

let session: ExplorerSession;
let app: RunningApp;
let page: Page;
let errors: string[] = [];
const slow = { timeout: 120_000 };

beforeAll(async () => {
  session = await openExplorer();
  ({ app, page, errors } = session);
  await plantInternational(session.db, ['co-0001', 'co-0002']);
});
afterAll(async () => session?.close());
expectNoErrorsAfterEach(() => ({ browser: errors }));

async function open(query: string): Promise<void> {
  await page.goto(`${app.url}/${query}`);
  await page.waitForSelector('#graph[data-ready="true"]', slow);
}

describe('provenance and international reach in the browser', () => {
  it("shows an organisation's source records under Herkunft, with a link to the Förderkatalog page that opens apart", async () => {
    await open('?sel=fhg-ipk');
    await page.waitForSelector('#details[aria-busy="false"] #details-provenance li', slow);
    const items = await page.$$eval('#details-provenance li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('CORDIS');
    expect(items[0]).toContain('999880001');
    expect(items[1]).toContain('Förderkatalog des Bundes');
    expect(items[1]).toContain('20.11.2026');
    const link = await page.$eval('#details-provenance a', (a) => ({
      href: a.getAttribute('href'),
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
    }));
    expect(link.href).toBe('https://foerderportal.bund.de/foekat/jsp/SucheAction.do?actionMode=view&fkz=03XP0001B');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
    expect(await page.$$eval('#details h3', (hs) => hs.map((x) => x.textContent))).toContain('Herkunft');
  }, 300_000);

  it('lists the countries reached under Internationale Reichweite, and a click on an organisation focuses it', async () => {
    await open('?gap=international');
    await page.waitForSelector('#gap-countries tbody tr[data-row="FR"]', slow);
    const countries = await page.$$eval('#gap-countries tbody tr', (rows) => rows.map((r) => r.getAttribute('data-row')));
    expect(countries).toEqual(['FR', 'IT', 'PL']);
    expect(await page.textContent('#gap-countries tbody tr[data-row="FR"] th')).toBe('Frankreich');
    await page.waitForSelector('#gap-legend li[data-group="abroad"]', slow);
    await page.click('#gap-table [data-row-button="fhg-ipk"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('gapr') === 'fhg-ipk', undefined, slow);
    expect(await page.getAttribute('#gap-table tr[data-row="fhg-ipk"]', 'aria-current')).toBe('true');
    await screenshot(page, 'international-reach');
  }, 300_000);
});
