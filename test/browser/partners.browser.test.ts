// "Transferpartner finden" in real Chromium on the demo data: pick a company, get ranked rows that
// explain themselves, click one and see the partner and its evidence highlighted in the graph.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterPaint, openExplorer, screenshot, type ExplorerSession } from '../setup/browser.ts';
import { gql, type RunningApp } from '../setup/db.ts';
import { expectNoErrorsAfterEach } from '../setup/no-errors.ts';

let app: RunningApp;
let page: Page;
let errors: string[] = [];
const slow = { timeout: 120_000 };

interface Hook {
  cy: { elements(selector: string): { map<T>(f: (e: { id(): string }) => T): T[] } };
  store: { get(): { partners: { org: string | null; chosen: string | null } | null } };
}

let session: ExplorerSession;

beforeAll(async () => {
  session = await openExplorer();
  ({ app, page, errors } = session);
});

afterAll(async () => session?.close());
expectNoErrorsAfterEach(() => ({ browser: errors }));

describe('finding transfer partners in the browser', () => {
  it('ranks partners for a company chosen by search, explains each row and highlights the evidence path of the clicked one', async () => {
    await page.goto(`${app.url}/`);
    await page.waitForSelector('#graph[data-ready="true"]', slow);
    await page.click('#partners-open');
    await page.fill('#tp-org-search #search', 'Präzisionsteile Nowak');
    await page.locator('#tp-org-search li[role=option]').first().waitFor(slow);
    await page.press('#tp-org-search #search', 'Enter');
    await page.waitForSelector('#tp-results li', slow);

    const expected = await gql<{ transferPartners: { partners: { organization: { id: string } }[] } }>(
      app.url,
      '{ transferPartners(organizationId: "co-0042", kinds: [university, research_institute, company], limit: 15) { partners { organization { id } } } }',
    );
    const shown = await page.locator('#tp-results .partner-name').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.partner));
    expect(shown).toEqual(expected.data?.transferPartners.partners.map((p) => p.organization.id));
    const why = await page.locator('#tp-results .why').first().textContent();
    expect(why).toMatch(/^deckt .+ ab · /);

    const first = shown[0] as string;
    await page.click(`#tp-results .partner-name[data-partner="${first}"]`);
    await afterPaint(page);
    const highlighted = await page.evaluate(() =>
      (window as unknown as { __cluster: Hook }).__cluster.cy.elements('.path').map((e) => e.id()),
    );
    expect(highlighted).toContain(first);
    expect(highlighted.length).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get('tps')).toBe(first);
    await screenshot(page, 'transfer-partners');
  }, 240_000);

  it('answers a need without a company ("Leichtbau" near Cottbus) and restores the question from the link', async () => {
    await page.goto(`${app.url}/?tp=1&tpc=leichtbau&tpn=cottbus&tpk=university,research_institute`);
    await page.waitForSelector('#tp-results li', slow);
    expect(await page.textContent('#tp-summary')).toContain('Leichtbau');
    const rows = await page.locator('#tp-results li').count();
    expect(rows).toBeGreaterThan(0);
    const kinds = await page.locator('#tp-results .kind').allTextContents();
    expect(new Set(kinds).size).toBeLessThanOrEqual(2);
    expect(kinds).not.toHaveLength(0);
    expect(kinds.filter((k) => k !== 'Hochschule' && k !== 'Forschungsinstitut')).toEqual([]);
  }, 240_000);
});
