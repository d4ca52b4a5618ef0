// The web client in real Chromium against the real API on the demo data. Every test opens its own
// URL, so none depends on another; after each, the console and the server log must be clean.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterPaint, openExplorer, screenshot, type ExplorerSession } from '../setup/browser.ts';
import { gql, type RunningApp } from '../setup/db.ts';
import { expectNoErrorsAfterEach } from '../setup/no-errors.ts';

let app: RunningApp;
let page: Page;
let errors: string[] = [];
const serverErrors: unknown[] = [];

// The first paint of the full network takes seconds on two cores: wait generously, never time.
const slow = { timeout: 120_000 };

interface CyLike {
  nodes(selector?: string): { length: number };
  edges(selector?: string): { length: number };
  elements(selector?: string): { length: number; map<T>(f: (e: { id(): string }) => T): T[] };
}
interface ClusterHook {
  cy: CyLike;
  store: { get(): Record<string, unknown> & { selected: string | null; layout: string; lang: string; filters: { competences: string[] } } };
}
declare global {
  interface Window {
    __cluster: ClusterHook;
  }
}

async function open(query = ''): Promise<void> {
  await page.goto(`${app.url}/${query}`);
  await page.waitForSelector('#graph[data-ready="true"]', slow);
  await afterPaint(page);
}

const params = (url: string): string[] => [...new URL(url, 'http://x/').searchParams].map(([k, v]) => `${k}=${v}`).sort();
const digits = (text: string | null): number => Number((text ?? '').replace(/\D/g, ''));
const visibleStat = async (): Promise<number> => digits(await page.textContent('#stat-visible dd'));
const dataVisible = async (): Promise<number> => Number(await page.getAttribute('#graph', 'data-visible'));
const membershipEdges = (): Promise<number> => page.evaluate(() => window.__cluster.cy.edges('[kind = "membership"]').length);

async function nodeCount(filter = ''): Promise<number> {
  const r = await gql<{ network: { nodeCount: number } }>(app.url, `{ network${filter} { nodeCount } }`);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.network.nodeCount;
}

/** Types into the search box and chooses the hit whose text contains `hit` with the keyboard. */
async function searchAndChoose(text: string, hit: string): Promise<void> {
  await page.fill('#search', text);
  const options = page.locator('#search-results li[role=option]');
  await options.filter({ hasText: hit }).first().waitFor(slow);
  const texts = await options.allTextContents();
  const index = texts.findIndex((t) => t.includes(hit));
  for (let i = 0; i < index; i++) await page.press('#search', 'ArrowDown');
  await page.press('#search', 'Enter');
}

let session: ExplorerSession;

beforeAll(async () => {
  session = await openExplorer((e) => serverErrors.push(e));
  ({ app, page, errors } = session);
});

afterAll(async () => session?.close());
expectNoErrorsAfterEach(() => ({ browser: errors, server: serverErrors }));

describe('the explorer in Chromium', () => {
  it('loads the page and draws the whole network', async () => {
    await open();
    const expected = await nodeCount();
    const counts = await page.evaluate(() => ({
      all: window.__cluster.cy.nodes().length,
      data: window.__cluster.cy.nodes('[nodeType]').length,
    }));
    expect(counts).toEqual({ all: expected, data: expected });
    expect(await dataVisible()).toBe(expected);
    expect(await visibleStat()).toBe(expected);
    // The canvases really carry a drawing: many painted pixels in several colours.
    const renderer = await page.getAttribute('#graph', 'data-renderer');
    const ink = await page.evaluate(() => {
      let painted = 0;
      let total = 0;
      const colours = new Set<number>();
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>('#graph canvas')) {
        const ctx = canvas.getContext('2d');
        if (!ctx || canvas.width === 0) continue;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < data.length; i += 4 * 7) {
          total++;
          if ((data[i + 3] ?? 0) > 0) {
            painted++;
            colours.add(((data[i] ?? 0) >> 4) * 256 + ((data[i + 1] ?? 0) >> 4) * 16 + ((data[i + 2] ?? 0) >> 4));
          }
        }
      }
      return { painted, total, colours: colours.size };
    });
    await screenshot(page, '01-full-network');
    expect(renderer).toBe('canvas');
    expect(ink.painted / ink.total).toBeGreaterThan(0.02);
    expect(ink.colours).toBeGreaterThan(5);
  });

  it('searching "Fraunhofer IPK" and choosing the hit selects it and the panel shows Berlin and its competences', async () => {
    await open();
    await searchAndChoose('Fraunhofer IPK', 'Fraunhofer IPK');
    await page.waitForFunction(() => window.__cluster.store.get().selected === 'fhg-ipk', undefined, slow);
    await page.waitForSelector('#details[aria-busy="false"] #details-title', slow);
    expect(await page.textContent('#details-title')).toContain('Fraunhofer');
    const panel = await page.textContent('#details');
    expect(panel).toContain('Berlin');
    expect(panel).toContain('Füge- und Schweißtechnik');
    expect(new URL(page.url()).searchParams.get('sel')).toBe('fhg-ipk');
    expect(await page.evaluate(() => window.__cluster.cy.elements('.selected').map((e) => e.id()))).toEqual(['fhg-ipk']);
    await screenshot(page, '02-search-selects-fraunhofer-ipk');
  });

  it('expanding a node adds its membership ties and collapsing removes them', async () => {
    await open('?sel=fhg-ipk');
    const before = await membershipEdges();
    const nodesBefore = await page.evaluate(() => window.__cluster.cy.nodes().length);
    await page.click('#action-expand', slow);
    await page.waitForFunction((n) => window.__cluster.cy.edges('[kind = "membership"]').length > n, before, slow);
    expect(new URL(page.url()).searchParams.get('exp')).toBe('fhg-ipk');
    await afterPaint(page);
    await screenshot(page, '03-expanded-fraunhofer-ipk');
    await page.click('#action-expand', slow);
    await page.waitForFunction((n) => window.__cluster.cy.edges('[kind = "membership"]').length === n, before, slow);
    expect(await page.evaluate(() => window.__cluster.cy.nodes().length)).toBe(nodesBefore);
  });

  it('a competence filter changes the visible count to what network(filter) returns', async () => {
    await open();
    const all = await visibleStat();
    await page.selectOption('#filter-competences', 'leichtbau');
    await page.waitForFunction((n) => Number(document.querySelector('#graph')?.getAttribute('data-visible')) !== n, all, slow);
    const expected = await nodeCount('(filter: { competences: ["leichtbau"] })');
    expect(expected).toBeLessThan(all);
    expect(await visibleStat()).toBe(expected);
    expect(await dataVisible()).toBe(expected);
    expect(new URL(page.url()).searchParams.get('comp')).toBe('leichtbau');
    await screenshot(page, '04-filter-leichtbau');
  });

  it('switching to English relabels the UI and writes lang=en into the URL', async () => {
    await open();
    expect(await page.textContent('button[data-category="company"]')).toContain('Unternehmen');
    await page.click('#lang');
    await page.waitForSelector('html[lang="en"]', slow);
    expect(await page.textContent('button[data-category="company"]')).toContain('Company');
    expect(await page.textContent('#copy-graphql')).toBe('Copy as GraphQL');
    expect(await page.textContent('#lang')).toBe('DE');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await screenshot(page, '05-english');
  });

  it('a deep link restores selection, filter, layout and language after reload, and back/forward restore earlier states', async () => {
    const link = '?sel=fhg-ipk&comp=leichtbau&layout=geo&lang=en';
    const check = async () => {
      const s = await page.evaluate(() => window.__cluster.store.get());
      expect([s.selected, s.filters.competences, s.layout, s.lang]).toEqual(['fhg-ipk', ['leichtbau'], 'geo', 'en']);
      await page.waitForSelector('#details[aria-busy="false"] #details-title', slow);
      expect(await page.textContent('#details-title')).toContain('Fraunhofer');
      expect(await page.getAttribute('#layout-geo', 'aria-pressed')).toBe('true');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.textContent('#filters .chip')).toContain('✕');
      expect(await dataVisible()).toBe(await nodeCount('(filter: { competences: ["leichtbau"] })'));
    };
    await open(link);
    await check();
    await page.reload();
    await page.waitForSelector('#graph[data-ready="true"]', slow);
    await check();
    await screenshot(page, '06-deep-link');

    await page.click('#layout-force');
    await page.waitForFunction(() => window.__cluster.store.get().layout === 'force', undefined, slow);
    expect(new URL(page.url()).searchParams.get('layout')).toBeNull();
    await page.click('#filters .chip');
    await page.waitForFunction(() => window.__cluster.store.get().filters.competences.length === 0, undefined, slow);
    expect(await dataVisible()).toBe(await nodeCount());

    await page.goBack();
    await page.waitForFunction(() => window.__cluster.store.get().filters.competences.length === 1, undefined, slow);
    expect(await page.evaluate(() => window.__cluster.store.get().layout)).toBe('force');
    await page.goBack();
    await page.waitForFunction(() => window.__cluster.store.get().layout === 'geo', undefined, slow);
    expect(await page.getAttribute('#layout-geo', 'aria-pressed')).toBe('true');
    expect(params(page.url())).toEqual(params(link));
    await page.goForward();
    await page.waitForFunction(() => window.__cluster.store.get().layout === 'force', undefined, slow);
    expect(await page.evaluate(() => window.__cluster.store.get().filters.competences)).toEqual(['leichtbau']);
  });

  it('the map layout shows the 19 district outlines', async () => {
    await open();
    expect(await page.evaluate(() => window.__cluster.cy.nodes('.district-shape').length)).toBe(0);
    await page.click('#layout-geo');
    await page.waitForFunction(() => window.__cluster.cy.nodes('.district-shape').length > 0, undefined, slow);
    expect(await page.evaluate(() => window.__cluster.cy.nodes('.district-shape').length)).toBe(19);
    expect(await page.textContent('#synthetic-note')).toMatch(/©|GeoBasis|BKG|Lizenz|dl-de/i);
    await afterPaint(page);
    await screenshot(page, '07-map-layout');
    await page.click('#layout-force');
    await page.waitForFunction(() => window.__cluster.cy.nodes('.district-shape').length === 0, undefined, slow);
  });

  it('"Als GraphQL kopieren" gives a query whose network answer has exactly the visible nodes', async () => {
    await open('?comp=leichtbau&dist=potsdam&lvl=regional&hide=university');
    await page.click('#copy-graphql');
    await page.waitForSelector('#graph[data-graphql]', slow);
    const query = (await page.getAttribute('#graph', 'data-graphql')) ?? '';
    expect(query).toContain('network(filter:');
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data?: { network: { nodeCount: number; graph: { nodes: unknown[] } } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const visible = await dataVisible();
    expect(visible).toBeGreaterThan(0);
    expect(body.data?.network.nodeCount).toBe(visible);
    expect(body.data?.network.graph.nodes).toHaveLength(visible);
  });

  it('the download links carry the current filter and the JSON download has exactly the visible nodes', async () => {
    await open('?comp=leichtbau&dist=potsdam&lvl=regional&hide=university');
    const hrefs = await page.$$eval('a[id^="download-"]', (links) => links.map((a) => [a.id, a.textContent, a.getAttribute('href')]));
    expect(hrefs.map(([id, label]) => [id, label])).toEqual([
      ['download-gexf', 'GEXF (Gephi)'],
      ['download-graphml', 'GraphML (networkx, igraph, yEd)'],
      ['download-csv', 'CSV-Tabellen (ZIP)'],
      ['download-graphology', 'graphology-JSON'],
    ]);
    const json = new URL(String(hrefs[3]![2]), app.url);
    expect(json.pathname).toBe('/export/network.json');
    expect(json.searchParams.get('competences')).toBe('leichtbau');
    expect(json.searchParams.get('districts')).toBe('potsdam');
    expect(json.searchParams.get('levels')).toBe('regional');
    expect(json.searchParams.get('kinds')?.split(',')).not.toContain('university');
    expect(new URL(String(hrefs[2]![2]), app.url).searchParams.get('lang')).toBe('de');
    const graph = (await (await fetch(json)).json()) as { nodes: unknown[] };
    expect(graph.nodes).toHaveLength(await dataVisible());
    await page.selectOption('#filter-competences', 'fuegetechnik');
    await page.waitForFunction(
      () => document.querySelector('#download-gexf')?.getAttribute('href')?.includes('fuegetechnik'),
      undefined,
      slow,
    );
    await page.click('#lang');
    await page.waitForSelector('html[lang="en"]', slow);
    expect(await page.textContent('#download-csv')).toBe('CSV tables (zip)');
    expect(await page.getAttribute('#download-csv', 'href')).not.toContain('lang=');
  });

  it('the shortest path between two organisations is highlighted and the path box lists its steps', async () => {
    await open('?sel=fhg-ipk');
    await page.click('#action-path', slow);
    await page.waitForFunction(() => window.__cluster.store.get().pathFrom === 'fhg-ipk', undefined, slow);
    await searchAndChoose('Uckermärker Anlagen', 'Uckermärker Anlagen- und Stahlbau');
    await page.waitForFunction(() => window.__cluster.store.get().selected !== 'fhg-ipk', undefined, slow);
    await page.waitForSelector('#details[aria-busy="false"] #details-title', slow);
    await page.click('#action-path', slow);
    await page.waitForSelector('#path-steps li', slow);
    const steps = await page.locator('#path-steps li').count();
    const highlighted = await page.evaluate(() => ({
      nodes: window.__cluster.cy.nodes('.path').length,
      edges: window.__cluster.cy.edges('.path').length,
    }));
    expect(steps).toBeGreaterThan(0);
    expect(highlighted).toEqual({ nodes: steps + 1, edges: steps });
    const path = await page.evaluate(() => window.__cluster.store.get().path);
    expect(path).toMatchObject({ from: 'fhg-ipk' });
    expect(await page.textContent('#path-info h2')).toContain(String(steps));
    await afterPaint(page);
    await screenshot(page, '08-shortest-path');
  });

  it('opens a two-hop focus in the concentric layout sized by degree with the details and no error banner', async () => {
    await open('?sel=fhg-ipk&focus=fhg-ipk:2&layout=concentric&size=degree');
    await page.waitForSelector('#details[aria-busy="false"] #details-title', slow);
    await afterPaint(page);
    expect(await page.textContent('#details-title')).toContain('Fraunhofer');
    expect(await page.isHidden('#banner')).toBe(true);
  });
});
