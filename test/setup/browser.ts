// Helpers for browser tests and the benchmark: the machine's Chromium or Chrome (find-browser.ts)
// driven by playwright-core, the console watched for errors, screenshots kept as artifacts.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildClient, clientDist } from '../../server/client-build.ts';
import { projectRoot } from '../../server/config.ts';
import type { Database } from '../../server/db.ts';
import { logIn, type TestUser } from './auth.ts';
import { connect, loadDemo, startApp, type RunningApp } from './db.ts';
import { requireBrowser } from './find-browser.ts';

// --disable-gpu: software GL (SwiftShader) halves the canvas frame rate (performance-facts.md).
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const screenshotDir = path.join(projectRoot, 'test-results', 'screenshots');

/** Throws BrowserNotFoundError, saying what to install, when the machine has no Chromium or Chrome. */
export function launchBrowser(executablePath: string = requireBrowser()): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumArgs });
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  // tsx compiles with keepNames, wrapping functions in `__name(…)`; functions handed to
  // page.evaluate carry that call into the page, where it must exist.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  return context.newPage();
}

// Cytoscape warns (console.warn) about a custom wheel sensitivity: a warning, never an error.
const ignored = [/wheel sensitivity/i];

/**
 * Collects console errors (a Content-Security-Policy violation is one), uncaught page errors and
 * API answers the explorer did not expect (any 4xx or 5xx from /graphql: a query over the
 * limits) into the returned list, as they happen.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !ignored.some((re) => re.test(msg.text()))) errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page: ${err.message}`));
  page.on('response', (res) => {
    if (new URL(res.url()).pathname === '/graphql' && res.status() >= 400) {
      // Recorded at once, so the test that caused it fails; the body, which arrives later, is added if still there.
      const entry = `graphql ${res.status()}`;
      const at = errors.push(entry) - 1;
      void res.text().then(
        (body) => {
          if (errors[at] === entry) errors[at] = `${entry}: ${body.slice(0, 300)}`;
        },
        () => undefined,
      );
    }
  });
  return errors;
}

/** Saves a screenshot as test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Resolves after the browser has painted twice: whatever Cytoscape scheduled is on screen. */
export function afterPaint(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

export interface ExplorerSession {
  db: Database;
  app: RunningApp;
  browser: Browser;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/** The demo data (or what `load` writes), the built client served by the app in process, warmed up, and one Chromium page. */
export async function openExplorer(
  logError: (e: unknown) => void = () => {},
  load: (db: Database) => Promise<void> = loadDemo,
): Promise<ExplorerSession> {
  // Before the minute of data and build: without a browser, say so at once.
  const executable = requireBrowser();
  const db = connect();
  await load(db);
  await buildClient();
  const app = await startApp(db, logError, { clientDir: clientDist });
  await app.app.warmUp();
  const browser = await launchBrowser(executable);
  const page = await newPage(browser);
  const errors = watchErrors(page);
  return {
    db,
    app,
    browser,
    page,
    errors,
    async close() {
      await browser.close();
      await app.close();
      await db.close();
    },
  };
}

/** The page's browser signed in as the user (the session cookie of POST /auth/login), or signed out. */
export async function signedInAs(page: Page, url: string, user: TestUser | null): Promise<void> {
  await page.context().clearCookies();
  if (!user) return;
  const { cookie } = await logIn(url, user);
  const [name = '', value = ''] = cookie.split('=');
  await page.context().addCookies([{ name, value, url }]);
}
