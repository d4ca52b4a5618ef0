// The query IDE in real Chromium: GraphiQL from the client build at /graphql and /graphiql, with
// the example operations of docs/queries as tabs, working with every request to another host
// aborted (as offline) and none attempted; one example runs and its answer shows.
import { parse, type OperationDefinitionNode } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient, clientDist } from '../../server/client-build.ts';
import type { Database } from '../../server/db.ts';
import { launchBrowser, newPage, screenshot, watchErrors } from '../setup/browser.ts';
import { connect, loadDemo, startApp, type RunningApp } from '../setup/db.ts';
import { docsExamples } from '../setup/example-queries.ts';
import { requireBrowser } from '../setup/find-browser.ts';
import { expectNoErrorsAfterEach } from '../setup/no-errors.ts';

let db: Database;
let app: RunningApp;
let browser: Browser;
let page: Page;
let errors: string[] = [];
const serverErrors: unknown[] = [];
/** Every request the page tried to send to a host other than the app's: aborted, and kept here. */
const elsewhere: string[] = [];
const slow = { timeout: 60_000 };

const operationNames = docsExamples().map(
  (e) => (parse(e.query).definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode).name?.value,
);

beforeAll(async () => {
  const executable = requireBrowser();
  db = connect();
  await loadDemo(db);
  await buildClient();
  app = await startApp(db, (e) => serverErrors.push(e), { clientDir: clientDist });
  browser = await launchBrowser(executable);
  page = await newPage(browser);
  errors = watchErrors(page);
  // Every page opens the IDE as a first visit: GraphiQL keeps its tabs in localStorage, and a tab
  // an earlier test ran or edited would come back beside the examples.
  await page.addInitScript(() => {
    if (location.origin !== 'null') localStorage.clear();
  });
  const appHost = new URL(app.url).host;
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).host === appHost) return route.continue();
    elsewhere.push(url);
    return route.abort('internetdisconnected');
  });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db?.close();
});
expectNoErrorsAfterEach(() => ({ browser: errors, server: serverErrors, elsewhere }));

/** The text an editor pane shows, Monaco's non-breaking spaces made plain. */
const paneText = (selector: string): Promise<string> =>
  page.evaluate((s) => (document.querySelector(s)?.textContent ?? '').replace(/\u00a0/g, ' '), selector);

async function openIde(path: string): Promise<void> {
  await page.goto(`${app.url}${path}`);
  await page.getByRole('tab', { name: operationNames[0] }).waitFor(slow);
}

describe('the query IDE in Chromium, offline', { timeout: 180_000 }, () => {
  it('opens at /graphql with every example operation of docs/queries as a tab, nothing asked of another host', async () => {
    expect(operationNames.length).toBeGreaterThanOrEqual(15);
    const introspection = page.waitForResponse((r) => (r.request().postData() ?? '').includes('IntrospectionQuery'), slow);
    await openIde('/graphql');
    const tabs = (await page.getByRole('tab').allTextContents()).map((t) => t.trim());
    expect(tabs.length).toBe(operationNames.length);
    operationNames.forEach((name, i) => expect(tabs[i]).toContain(name));
    // The schema arrived through the API, within its limits: completion and the docs have it.
    const schema = (await (await introspection).json()) as { data?: { __schema?: { types: unknown[] } }; errors?: unknown };
    expect(schema.errors).toBeUndefined();
    expect(schema.data?.__schema?.types.length).toBeGreaterThan(100);
    expect(elsewhere).toEqual([]);
    await screenshot(page, 'query-ide');
  });

  it('runs the cluster figures example and shows its data in the result pane', async () => {
    await openIde('/graphql');
    await page.getByRole('tab', { name: 'ClusterFigures' }).click();
    const answer = page.waitForResponse(
      (r) => new URL(r.url()).pathname === '/graphql' && (r.request().postData() ?? '').includes('ClusterFigures'),
      slow,
    );
    await page.locator('.graphiql-execute-button').click();
    expect((await answer).status()).toBe(200);
    await page.waitForFunction(
      () => /"companies":\s*2600/.test((document.querySelector('.result-window')?.textContent ?? '').replace(/\u00a0/g, ' ')),
      undefined,
      slow,
    );
    const shown = await paneText('.result-window');
    expect(shown).toMatch(/"data"/);
    expect(shown).toMatch(/"employees":\s*38200/);
    expect(shown).not.toMatch(/"errors"/);
    expect(elsewhere).toEqual([]);
    await screenshot(page, 'query-ide-result');
  });

  it('opens an example with variables with them in the variables editor, and runs it with them', async () => {
    await openIde('/graphql');
    await page.getByRole('tab', { name: 'FirmsOfADistrict' }).click();
    await page.waitForFunction(
      () => (document.querySelector('.graphiql-editor-tool')?.textContent ?? '').includes('oberhavel'),
      undefined,
      slow,
    );
    await page.waitForFunction(
      () => (document.querySelector('.graphiql-query-editor')?.textContent ?? '').includes('FirmsOfADistrict'),
      undefined,
      slow,
    );
    const answer = page.waitForResponse((r) => (r.request().postData() ?? '').includes('FirmsOfADistrict'), slow);
    await page.locator('.graphiql-execute-button').click();
    const body = (await (await answer).json()) as { data?: { companies: { employees: number }[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.companies.length).toBeGreaterThan(0);
    expect(body.data?.companies.every((c) => c.employees > 50)).toBe(true);
  });

  it('is built with stylesheets that import nothing and name no other host (its fonts are inside)', () => {
    const assets = path.join(clientDist, 'assets');
    const sheets = readdirSync(assets).filter((f) => f.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(1);
    for (const sheet of sheets) {
      const css = readFileSync(path.join(assets, sheet), 'utf8');
      expect(css, sheet).not.toMatch(/@import/);
      expect(css.match(/url\(\s*['"]?(?:https?:)?\/\/[^)]*\)/g) ?? [], sheet).toEqual([]);
    }
  });

  it('is served at /graphiql too', async () => {
    await openIde('/graphiql');
    expect(await page.getByRole('tab').count()).toBe(operationNames.length);
    expect(elsewhere).toEqual([]);
  });
});
