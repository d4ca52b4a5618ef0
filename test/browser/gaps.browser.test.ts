// The "Lücken-Linse" in real Chromium on the demo data (with its network metrics): switch the lens
// on, open a report, click a row and the graph focuses on it; the lens colours what the API
// counts, the view is a deep link, and the report leaves as CSV and as a printable page.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overrideGdsAvailable } from '../../server/analysis/gds.ts';
import { BROKER_GROUP_IDS, BROKER_ID, WHITE_SPOT_COMPETENCE_ID, whiteSpotHolderCount } from '../../seed/planted.ts';
import { afterPaint, openExplorer, screenshot, type ExplorerSession } from '../setup/browser.ts';
import { gql, type RunningApp } from '../setup/db.ts';
import { expectNoErrorsAfterEach } from '../setup/no-errors.ts';

let session: ExplorerSession;
let app: RunningApp;
let page: Page;
let errors: string[] = [];
const slow = { timeout: 120_000 };

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}
/** Reads from the page's test hook: lens classes, viewport and where nodes are. */
interface Hook {
  cy: {
    zoom(): number;
    extent(): Box;
    nodes(selector?: string): { length: number; map<T>(f: (n: { id(): string; position(): { x: number; y: number } }) => T): T[] };
    getElementById(id: string): { position(): { x: number; y: number }; hasClass(c: string): boolean };
    elements(selector: string): { map<T>(f: (e: { id(): string }) => T): T[] };
  };
}

beforeAll(async () => {
  session = await openExplorer();
  ({ app, page, errors } = session);
});
afterAll(async () => session?.close());
expectNoErrorsAfterEach(() => ({ browser: errors }));

async function open(query = ''): Promise<void> {
  await page.goto(`${app.url}/${query}`);
  await page.waitForSelector('#graph[data-ready="true"]', slow);
  await afterPaint(page);
}

/** Ids of the nodes the lens gives a class, e.g. "unlinked". */
const lensIds = (group: string): Promise<string[]> =>
  page.evaluate((g) => (window as unknown as { __cluster: Hook }).__cluster.cy.nodes(`.lens-${g}`).map((n) => n.id()), group);

/** The nodes of these ids that lie outside the visible part of the graph, with where they are. */
const outOfView = (ids: string[]): Promise<{ id: string; x: number; y: number }[]> =>
  page.evaluate((list) => {
    const cy = (window as unknown as { __cluster: Hook }).__cluster.cy;
    const e = cy.extent();
    return list
      .map((id) => ({ id, ...cy.getElementById(id).position() }))
      .filter((p) => !(p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2));
  }, ids);

const zoom = (): Promise<number> => page.evaluate(() => (window as unknown as { __cluster: Hook }).__cluster.cy.zoom());
const param = (name: string): string | null => new URL(page.url()).searchParams.get(name);

describe('the gap lens in the browser', () => {
  it('switches the lens on, opens the white-spot report, and focuses the graph on the field of the row clicked', async () => {
    await open();
    await page.click('#gaps-open');
    await page.waitForSelector('#gaps:not([hidden]) #gap-table tbody tr', slow);
    expect(param('gap')).toBe('isolated');
    // The sidebar's legend says the colours are now the lens's.
    expect(await page.textContent('#legend-lens-hint')).toContain('Lücken-Linse');

    await page.selectOption('#gap-lens', 'whitespots');
    await page.waitForSelector(`#gap-table tbody tr[data-row="${WHITE_SPOT_COMPETENCE_ID}"]`, slow);
    await page.waitForSelector('#gap-legend li[data-group="unlinked"]', slow);
    await afterPaint(page);
    // The lens colours exactly the holders the API counts: Gießereitechnik has 91, none tied to research.
    expect(await lensIds('unlinked')).toHaveLength(whiteSpotHolderCount(2600));
    expect(await page.textContent('#gap-target')).toContain('Gießereitechnik');
    expect(await page.locator('.gap-chart svg.heatmap g[data-key]').count()).toBe(await page.locator('#gap-table tbody tr').count());

    const before = await zoom();
    await page.click('#gap-table button[data-row-button="leichtbau"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('gapr') === 'leichtbau');
    await page.waitForSelector('#gap-legend li[data-group="research"]', slow);
    await afterPaint(page);
    const api = await gql<{ gapLens: { key: string; ids: string[] }[] }>(
      app.url,
      '{ gapLens(lens: WHITE_SPOT, target: "leichtbau") { key ids } }',
    );
    const holders = (api.data?.gapLens ?? []).flatMap((g) => g.ids);
    expect(holders.length).toBeGreaterThan(0);
    expect((await lensIds('research')).length + (await lensIds('linked')).length + (await lensIds('unlinked')).length).toBe(holders.length);
    expect(await outOfView(holders)).toEqual([]);
    expect(await zoom()).not.toBe(before);
    expect(param('gapt')).toBe('leichtbau');
    await screenshot(page, 'gap-lens-white-spots');
  }, 300_000);

  it('opens the broker lens from a deep link and shows the broker with the group it alone holds, zoomed in', async () => {
    await open(`?gap=brokers&gapt=${BROKER_ID}&gapr=${BROKER_ID}`);
    await page.waitForSelector('#gap-legend li[data-group="cut_off"]', slow);
    await page.waitForFunction(() => document.querySelector('#gap-table tbody tr[aria-current="true"]') !== null, undefined, slow);
    await afterPaint(page);
    expect(await lensIds('broker')).toEqual([BROKER_ID]);
    expect(await lensIds('cut_off')).toEqual(expect.arrayContaining([...BROKER_GROUP_IDS]));
    expect(await outOfView([BROKER_ID, ...BROKER_GROUP_IDS])).toEqual([]);
    // Fitted to ten organisations, not to the whole network.
    const all = await page.evaluate(() => (window as unknown as { __cluster: Hook }).__cluster.cy.nodes('[nodeType]').length);
    const inView = await page.evaluate(() => {
      const cy = (window as unknown as { __cluster: Hook }).__cluster.cy;
      const e = cy.extent();
      return cy
        .nodes('[nodeType]')
        .map((n) => n.position())
        .filter((p) => p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2).length;
    });
    expect(inView).toBeLessThan(all / 2);
    expect(await page.textContent('#gap-target')).toContain('Uckermärker Anlagen- und Stahlbau');
  }, 300_000);

  it('sorts the report by a column, keeps the sort in the link, and exports the table as CSV', async () => {
    await open('?gap=districts');
    await page.waitForSelector('#gap-table tbody tr', slow);
    await page.click('#gap-table button[data-sort="organizations"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('gaps') === 'organizations:desc');
    const counts = (await page.locator('#gap-table tbody tr td:nth-child(2)').allTextContents()).map((x) => Number(x.replace(/\D/g, '')));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The district cut off from research is flagged in the table.
    expect(await page.locator('#gap-table tr.alert[data-row="prignitz"]').count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#gap-csv')]);
    const csv = await readFile((await download.path()) as string, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toContain('"Landkreis"');
    expect(lines).toHaveLength(counts.length + 1);
    expect(lines[1]).toContain(`"${counts[0]}"`);
  }, 300_000);

  it('opens a printable page with the whole report and no controls', async () => {
    await open('?gap=reach');
    await page.waitForSelector('#gap-table tbody tr', slow);
    const rows = await page.locator('#gap-table tbody tr').count();
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.click('#gap-print')]);
    await popup.waitForSelector('body[data-ready="true"]');
    expect(await popup.textContent('h1')).toContain('Ohne Forschungskontakt');
    expect(await popup.locator('table tbody tr').count()).toBe(rows);
    expect(await popup.locator('button, select').count()).toBe(0);
    expect(await popup.locator('svg.bars').count()).toBe(1);
    await popup.close();
  }, 300_000);

  it('shows a long report a hundred rows at a time, opens on the page of a linked row, and prints every row', async () => {
    const rows = () => page.locator('#gap-table tbody tr').count();
    await open('?gap=isolated');
    await page.waitForSelector('#gap-more', slow);
    const total = Number((await page.textContent('#gap-rows'))?.match(/von ([\d.]+) Zeilen/)?.[1]?.replace(/\./g, ''));
    expect(total).toBeGreaterThan(200);
    expect(await rows()).toBe(100);
    expect(await page.textContent('#gap-more')).toBe('Weitere 100 zeigen');
    await page.click('#gap-more');
    await page.waitForFunction(() => document.querySelectorAll('#gap-table tbody tr').length === 200, undefined, slow);
    const row250 = (await page.locator('#gap-table tbody tr').nth(150).getAttribute('data-row')) as string;
    // A link to a row past the first page opens on that row's page.
    await open(`?gap=isolated&gapr=${encodeURIComponent(row250)}`);
    await page.waitForSelector(`#gap-table tr[aria-current="true"][data-row="${row250}"]`, slow);
    expect(await rows()).toBe(200);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.click('#gap-print')]);
    await popup.waitForSelector('body[data-ready="true"]');
    expect(await popup.locator('table#gap-table tbody tr').count()).toBe(total);
    expect(await popup.locator('#gap-more').count()).toBe(0);
    await popup.close();
  }, 300_000);

  it('suggests introductions that explain themselves in German, and highlights the pair picked', async () => {
    await open(`?gap=whitespots&gapt=${WHITE_SPOT_COMPETENCE_ID}`);
    await page.waitForSelector('#gap-intros li', { timeout: 240_000 });
    const why = await page.locator('#gap-intros .why').first().textContent();
    expect(why).toContain('trägt eine Kompetenz, in der Industrie und Forschung nicht verbunden sind');
    const id = (await page.locator('#gap-intros button[data-intro]').first().getAttribute('data-intro')) as string;
    const [from, to] = id.split('..') as [string, string];
    await page.click(`#gap-intros button[data-intro="${id}"]`);
    await afterPaint(page);
    const highlighted = await page.evaluate(() =>
      (window as unknown as { __cluster: Hook }).__cluster.cy.elements('.path').map((e) => e.id()),
    );
    expect(highlighted).toEqual(expect.arrayContaining([from, to]));
    expect(await outOfView([from, to])).toEqual([]);
  }, 300_000);

  it('draws the yearly KPI lines and speaks English when switched', async () => {
    await open('?gap=kpis&lang=en');
    await page.waitForSelector('#gap-table tbody tr', slow);
    expect(await page.locator('.gap-chart svg.lines polyline').count()).toBeGreaterThanOrEqual(2);
    expect(await page.textContent('#gap-title')).toBe('Gap lens: where are links missing?');
    const years = await page.locator('#gap-table tbody tr').count();
    const api = await gql<{ networkKpis: unknown[] }>(app.url, '{ networkKpis { year } }');
    expect(years).toBe(api.data?.networkKpis.length);
    await screenshot(page, 'gap-lens-kpis');
  }, 300_000);

  it("shows the stored metrics in the detail panel as the API gives them, and opens the organisation's community lens", async () => {
    await open(`?sel=${BROKER_ID}`);
    await page.waitForSelector('#details-metrics', slow);
    const api = await gql<{ organizations: { splitOff: number; communityId: number; articulation: boolean }[] }>(
      app.url,
      `{ organizations(where: { id: { eq: "${BROKER_ID}" } }) { splitOff communityId articulation } }`,
    );
    const m = api.data?.organizations[0];
    const shown = Object.fromEntries(
      await page.locator('#details-metrics dt').evaluateAll((dts) => dts.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])),
    );
    expect(shown['Bei Wegfall abgetrennt']).toBe(String(m?.splitOff));
    expect(shown['Schwachstelle']).toBe(m?.articulation ? 'ja' : 'nein');
    await page.click('#details-metrics button[data-lens="communities"]');
    await page.waitForSelector(`#gap-legend li[data-group="c${m?.communityId}"]`, slow);
    expect([param('gap'), param('gapt')]).toEqual(['communities', String(m?.communityId)]);
    // The report arrives on its own: wait for its row, marked as the one picked.
    await page.waitForSelector(`#gap-table tr[aria-current="true"][data-row="${m?.communityId}"]`, slow);
  }, 300_000);

  it('says what is missing on a Neo4j without GDS, and the other lenses keep working', async () => {
    overrideGdsAvailable(session.db, false);
    try {
      await open('?gap=brokers');
      await page.waitForSelector('#gap-error', slow);
      expect(await page.textContent('#gap-error')).toMatch(/^Netzkennzahlen nicht verfügbar\. .*Graph Data Science/);
      await page.selectOption('#gap-lens', 'isolated');
      await page.waitForSelector('#gap-legend li[data-group="isolated"]', slow);
      expect(await page.locator('#gap-table tbody tr').count()).toBeGreaterThan(0);
    } finally {
      overrideGdsAvailable(session.db, null);
    }
  }, 300_000);
});
