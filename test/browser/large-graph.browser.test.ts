// The explorer on a graph too large to draw whole: 100,000 firms, generated and loaded once for
// this file. It opens on the overview by district; a district opens into its organisations (asked
// ahead while the pointer rests on it) and closes again, one too large to draw whole into its towns and a town into its organisations; a
// search hit that is not loaded is shown in its town; a deep link restores the view. Every wait is
// for a condition, never a time.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeOverview } from '../../server/analysis/overview.ts';
import { generate } from '../../seed/generate.ts';
import { loadDataset } from '../../seed/load.ts';
import { afterPaint, openExplorer, screenshot, type ExplorerSession } from '../setup/browser.ts';
import { freshDatabase, gql } from '../setup/db.ts';
import { expectNoErrorsAfterEach } from '../setup/no-errors.ts';

const companies = 100_000;
const slow = { timeout: 180_000 };

interface Node {
  id(): string;
  data(key: string): unknown;
  renderedPosition(): { x: number; y: number };
}
interface Nodes {
  length: number;
  map<T>(f: (n: Node) => T): T[];
}
// The page's hook (main.ts), typed here: a global declaration would clash with other test files'.
type Page$ = {
  __cluster: {
    whole: boolean;
    cy: { nodes(selector?: string): Nodes; getElementById(id: string): Nodes & Node; width(): number; height(): number };
    store: { get(): { selected: string | null }; dispatch(a: unknown): void };
  };
};

let session: ExplorerSession;
let page: Page;
const serverErrors: unknown[] = [];
let overview: Map<string, number>;

beforeAll(async () => {
  session = await openExplorer(
    (e) => serverErrors.push(e),
    async (db) => {
      await freshDatabase(db);
      // No layout: the force layout of 100,000 firms is not computed; the large graph is drawn on the map.
      await loadDataset(db, generate({ companies }), { layout: false });
      await computeOverview(db);
    },
  );
  page = session.page;
  const r = await gql<{ networkOverview: { districts: { id: string; organizations: number }[] } }>(
    session.app.url,
    '{ networkOverview { districts { id organizations } } }',
  );
  overview = new Map(r.data?.networkOverview.districts.map((d) => [d.id, d.organizations]));
}, 900_000);
afterAll(async () => session?.close());
expectNoErrorsAfterEach(() => ({ browser: session.errors, server: serverErrors }));

async function open(query = ''): Promise<void> {
  await page.goto(`${session.app.url}/${query}`);
  await page.waitForSelector('#graph[data-ready="true"]', slow);
  await afterPaint(page);
}

const organizationsShown = () =>
  page.evaluate(() =>
    (window as unknown as Page$).__cluster.cy.nodes('[nodeType = "organization"]').map((n) => String(n.data('district'))),
  );
const townsShown = () =>
  page.evaluate(() =>
    (window as unknown as Page$).__cluster.cy
      .nodes('.overview')
      .map((n) => n.data('place'))
      .filter((p): p is string => typeof p === 'string'),
  );
const overviewDistricts = () =>
  page.evaluate(() => (window as unknown as Page$).__cluster.cy.nodes('.overview').map((n) => String(n.data('district'))));

/** Waits until the district's organisations are all loaded (or, for `null`, none is). */
async function waitForOpen(district: string | null, size: number): Promise<void> {
  await page.waitForFunction(
    ({ district, size }) => {
      const orgs = (window as unknown as Page$).__cluster.cy.nodes('[nodeType = "organization"]');
      return district === null ? orgs.length === 0 : orgs.map((n) => n.data('district')).filter((d) => d === district).length === size;
    },
    { district, size },
    slow,
  );
  await afterPaint(page);
}

/** Waits until the town's organisations are all loaded. */
async function waitForTown(place: string, size: number): Promise<void> {
  await page.waitForFunction(
    ({ place, size }) =>
      (window as unknown as Page$).__cluster.cy
        .nodes('[nodeType = "organization"]')
        .map((n) => n.data('place'))
        .filter((p) => p === place).length === size,
    { place, size },
    slow,
  );
  await afterPaint(page);
}

/** Waits until this many town nodes are drawn. */
async function waitForTowns(count: number): Promise<void> {
  await page.waitForFunction((n) => (window as unknown as Page$).__cluster.cy.nodes('.overview[place]').length === n, count, slow);
}

/** The district's towns with organisations, and how many each holds, asked from the API. */
async function townsOf(district: string): Promise<Map<string, number>> {
  const r = await gql<{ districtOverview: { places: { id: string; organizations: number }[] } }>(
    session.app.url,
    'query ($d: ID!) { districtOverview(district: $d) { places { id organizations } } }',
    { d: district },
  );
  return new Map(r.data?.districtOverview.places.filter((p) => p.organizations > 0).map((p) => [p.id, p.organizations]));
}

/** A firm of the district, asked from the API. */
async function firmIn(district: string): Promise<{ id: string; name: string; place: string }> {
  const r = await gql<{ network: { graph: { nodes: { key: string; attributes: { name: string } }[] } } }>(
    session.app.url,
    'query ($d: ID!) { network(filter: { districts: [$d], kinds: [company], includeProjects: false }) { graph } }',
    { d: district },
  );
  const firm = r.data?.network.graph.nodes[0];
  if (!firm) throw new Error(`no firm in ${district}: ${JSON.stringify(r.errors)}`);
  return { id: firm.key, name: firm.attributes.name, place: String((firm.attributes as { place?: unknown }).place) };
}

describe(`the explorer on ${companies.toLocaleString('en')} firms`, () => {
  it('opens on the overview by district, with nothing drawn one by one', async () => {
    await open();
    expect(await page.evaluate(() => (window as unknown as Page$).__cluster.whole)).toBe(false);
    const withOrganizations = [...overview.entries()].filter(([, n]) => n > 0).map(([id]) => id);
    expect((await overviewDistricts()).sort()).toEqual(withOrganizations.sort());
    expect(await organizationsShown()).toEqual([]);
    expect(await page.textContent('#synthetic-note')).toContain(
      `${[...overview.values()].reduce((a, b) => a + b, 0).toLocaleString('de-DE')} Organisationen`,
    );
    await screenshot(page, 'large-graph-overview');
  });

  it('opens a district into its organisations on a click, beside the closed ones, and closes it again', async () => {
    await open();
    const district = 'potsdam';
    const at = await page.evaluate(
      (id) => (window as unknown as Page$).__cluster.cy.getElementById(id).renderedPosition(),
      `overview-${district}`,
    );
    const box = await page.locator('#graph').boundingBox();
    const x = (box?.x ?? 0) + at.x;
    const y = (box?.y ?? 0) + at.y;
    // The pointer resting on the district asks for its organisations ahead; the click asks no more.
    const asksForIt = (r: Request) => (r.postData() ?? '').includes(`"districts":["${district}"]`);
    const asked: Request[] = [];
    const count = (r: Request) => asksForIt(r) && asked.push(r);
    page.on('request', count);
    const askedAhead = page.waitForRequest(asksForIt, slow);
    await page.mouse.move(x, y);
    await askedAhead;
    await page.mouse.click(x, y);
    await waitForOpen(district, overview.get(district) ?? -1);
    page.off('request', count);
    expect(asked).toHaveLength(1);
    expect(new Set(await organizationsShown())).toEqual(new Set([district]));
    expect(await overviewDistricts()).not.toContain(district);
    expect((await overviewDistricts()).length).toBe([...overview.values()].filter((n) => n > 0).length - 1);
    expect(new URL(page.url()).searchParams.get('dist')).toBe(district);
    await screenshot(page, 'large-graph-district');
    // Back to the overview: the district's organisations go, its node returns.
    await page.evaluate(() => (window as unknown as Page$).__cluster.store.dispatch({ type: 'setLayout', layout: 'districts' }));
    await waitForOpen(null, 0);
    expect(await overviewDistricts()).toContain(district);
  });

  it('opens a district too large to draw whole into its towns, and a town into its organisations', async () => {
    await open();
    const district = 'teltow-flaeming';
    const towns = await townsOf(district);
    expect(towns.size).toBeGreaterThan(1);
    await page.evaluate((d) => (window as unknown as Page$).__cluster.store.dispatch({ type: 'drillDown', district: d }), district);
    await waitForTowns(towns.size);
    expect((await townsShown()).sort()).toEqual([...towns.keys()].sort());
    // The district's own node gives way to its towns.
    expect(await page.evaluate((id) => (window as unknown as Page$).__cluster.cy.getElementById(id).length, `overview-${district}`)).toBe(
      0,
    );
    expect(await organizationsShown()).toEqual([]);
    await screenshot(page, 'large-graph-towns');
    // The largest town, clicked: its organisations, and the other towns stay.
    const [place, size] = [...towns.entries()].sort((a, b) => b[1] - a[1])[0] as [string, number];
    const at = await page.evaluate(
      (id) => (window as unknown as Page$).__cluster.cy.getElementById(id).renderedPosition(),
      `overview-place-${place}`,
    );
    const box = await page.locator('#graph').boundingBox();
    await page.mouse.click((box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y);
    await waitForTown(place, size);
    expect(await organizationsShown()).toEqual(Array(size).fill(district));
    expect((await townsShown()).sort()).toEqual([...towns.keys()].filter((t) => t !== place).sort());
    expect([new URL(page.url()).searchParams.get('dist'), new URL(page.url()).searchParams.get('pl')]).toEqual([district, place]);
  });

  it('finds a firm that is not loaded and shows it selected in its town', async () => {
    await open();
    // The Prignitz is too large to draw whole: the hit's town opens, the others stay towns.
    const firm = await firmIn('prignitz');
    const towns = await townsOf('prignitz');
    await page.fill('#search', firm.name);
    await page.locator('#search-results li[role=option]').filter({ hasText: firm.name }).first().click(slow);
    await waitForTown(firm.place, towns.get(firm.place) ?? -1);
    expect(new Set(await organizationsShown())).toEqual(new Set(['prignitz']));
    await page.waitForFunction((id) => (window as unknown as Page$).__cluster.store.get().selected === id, firm.id, slow);
    await page.waitForSelector(`#details:has-text("${firm.name}")`, slow);
    // Centred: the firm is in the middle of the graph's view.
    const { at, width, height } = await page.evaluate((id) => {
      const cy = (window as unknown as Page$).__cluster.cy;
      return { at: cy.getElementById(id).renderedPosition(), width: cy.width(), height: cy.height() };
    }, firm.id);
    expect(Math.abs(at.x - width / 2)).toBeLessThan(width / 4);
    expect(Math.abs(at.y - height / 2)).toBeLessThan(height / 4);
  });

  it('restores a shared view from its link: the town open and the firm selected', async () => {
    const firm = await firmIn('uckermark');
    const towns = await townsOf('uckermark');
    await open(`?dist=uckermark&pl=${firm.place}&sel=${firm.id}&mode=hide`);
    await waitForTown(firm.place, towns.get(firm.place) ?? -1);
    expect(await page.evaluate(() => (window as unknown as Page$).__cluster.store.get().selected)).toBe(firm.id);
    await page.waitForSelector(`#details:has-text("${firm.name}")`, slow);
    await waitForTowns(towns.size - 1);
    expect((await townsShown()).sort()).toEqual([...towns.keys()].filter((t) => t !== firm.place).sort());
  });
});
