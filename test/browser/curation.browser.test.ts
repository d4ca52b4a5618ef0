// Signing in and editing in real Chromium on the demo data: the public sees no edit buttons; a
// manager signs in through the dialog, edits a profile (the graph and the panel show the saved
// value, the node stays where it was), meets a validation error at its field and a conflict with
// a concurrent change, creates an organisation and merges two records of one organisation.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterPaint, openExplorer, screenshot, type ExplorerSession, signedInAs as signedInAsIn } from '../setup/browser.ts';
import { apiTokenFor, testUser, type TestUser, type WithToken } from '../setup/auth.ts';
import { gql, type RunningApp } from '../setup/db.ts';
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
    getElementById(id: string): { empty(): boolean; position(): { x: number; y: number }; data(key: string): unknown };
  };
  store: { get(): { selected: string | null; session: { user: { role: string } | null; csrfToken: string | null } } };
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

async function open(query = ''): Promise<void> {
  await page.goto(`${app.url}/${query}`);
  await page.waitForSelector('#graph[data-ready="true"]', slow);
}

async function showDetails(id: string): Promise<void> {
  await open(`?sel=${id}`);
  await page.waitForSelector('#details[aria-busy="false"] #details-title', slow);
}

interface ProfileAnswer {
  organizationProfile: { version: number; employees: number | null; shortName: string | null; name: string } | null;
}

async function profile(id: string) {
  const r = await gql<ProfileAnswer>(
    app.url,
    'query($id: ID!) { organizationProfile(id: $id) { version employees shortName name } }',
    { id },
    script.headers,
  );
  return r.data?.organizationProfile ?? null;
}

async function createdByScript(name: string, employees: number, website: string | null): Promise<string> {
  const r = await gql<{ createOrganization: { id: string } }>(
    app.url,
    'mutation($fields: OrganizationFields!) { createOrganization(fields: $fields) { id } }',
    { fields: { name, kind: 'company', city: 'Cottbus', employees, website } },
    script.headers,
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createOrganization.id;
}

async function openEditor(id: string): Promise<void> {
  await signedInAs(manager);
  await showDetails(id);
  await page.click('#action-edit');
  await page.waitForSelector('#edit-form #edit-save:not([disabled])', slow);
}

describe('editing the cluster data in the explorer', () => {
  it('shows the public no edit, merge or create buttons, and the note on synthetic data while there is some', async () => {
    await signedInAs(null);
    await showDetails('co-0042');
    expect(await page.locator('#action-edit').count()).toBe(0);
    expect(await page.locator('#action-merge').count()).toBe(0);
    expect(await page.locator('#new-organization').count()).toBe(0);
    expect(await page.textContent('#sign-in')).toBe('Anmelden');
    expect(await page.textContent('#synthetic-note')).toContain('synthetische Demodaten');
  }, 240_000);

  it('signs a manager in through the dialog, after a wrong password is refused in German', async () => {
    await signedInAs(null);
    await open();
    await page.click('#sign-in');
    await page.waitForSelector('#sign-in-dialog[open]', slow);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-login');
    await page.fill('#sign-in-login', manager.login);
    await page.fill('#sign-in-password', 'not-the-password');
    await page.click('#sign-in-submit');
    await page.waitForFunction(() => document.getElementById('sign-in-error')?.textContent !== '', undefined, slow);
    expect(await page.textContent('#sign-in-error')).toBe('Benutzername oder Passwort ist falsch.');
    // The refused sign-in is the browser's one expected failed request.
    const refused = errors.splice(0);
    expect(refused.every((e) => /401/.test(e))).toBe(true);

    await page.fill('#sign-in-password', manager.password);
    await page.click('#sign-in-submit');
    await page.waitForSelector('#signed-in-user', slow);
    expect(await page.textContent('#signed-in-user')).toContain('Clustermanagement');
    expect(await page.locator('#sign-in-dialog').count()).toBe(0);
    // The CSRF token lives in the store, never in the page's storage.
    const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
    expect(stored).toEqual({ local: 0, session: 0 });
    expect(await page.evaluate(() => typeof (Reflect.get(window, '__cluster' as string) as Hook).store.get().session.csrfToken)).toBe(
      'string',
    );
    // A reload keeps the session (GET /auth/me).
    await open();
    await page.waitForSelector('#signed-in-user', slow);
    expect(await page.locator('#new-organization').count()).toBe(1);
  }, 240_000);

  it('edits a profile: the new head count is saved, shown in the panel and the graph, and the node stays where it was', async () => {
    await openEditor('co-0042');
    const before = await profile('co-0042');
    const position = await page.evaluate(() =>
      (Reflect.get(window, '__cluster' as string) as Hook).cy.getElementById('co-0042').position(),
    );
    const employees = (before?.employees ?? 0) + 17;
    await page.fill('#edit-employees', String(employees));
    await page.click('#edit-save');
    await page.waitForSelector('#details[aria-busy="false"] #details-title', slow);
    expect(await page.textContent('#details')).toContain(new Intl.NumberFormat('de-DE').format(employees));
    const after = await profile('co-0042');
    expect(after).toMatchObject({ employees, version: (before?.version ?? 0) + 1 });
    const node = await page.evaluate(() => {
      const n = (Reflect.get(window, '__cluster' as string) as Hook).cy.getElementById('co-0042');
      return { employees: n.data('employees'), position: n.position() };
    });
    expect(node).toEqual({ employees, position });
    await screenshot(page, 'curation-saved');
  }, 240_000);

  it('shows the server’s validation problem next to its field and saves nothing', async () => {
    await openEditor('co-0042');
    const before = await profile('co-0042');
    await page.fill('#edit-founded', '3000');
    await page.click('#edit-save');
    await page.waitForSelector('[data-field="founded"] .field-error:not([hidden])', slow);
    expect(await page.textContent('[data-field="founded"] .field-error')).toMatch(/^Erwartet: /);
    expect(await page.getAttribute('#edit-founded', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#edit-status')).toContain('Bitte die markierten Felder korrigieren.');
    expect(await profile('co-0042')).toEqual(before);
  }, 240_000);

  it('names a concurrent change and who made it, saves nothing, and reloads the profile on "Neu laden"', async () => {
    await openEditor('co-0042');
    const before = await profile('co-0042');
    const changed = await gql(
      app.url,
      'mutation($v: Int!) { updateOrganization(id: "co-0042", version: $v, fields: { shortName: "Nowak PT" }) { version } }',
      { v: before?.version },
      script.headers,
    );
    expect(changed.errors).toBeUndefined();
    await page.fill('#edit-employees', '999');
    await page.click('#edit-save');
    await page.waitForSelector('#edit-conflict', slow);
    const text = await page.textContent('#edit-conflict');
    expect(text).toContain('Kurzname');
    expect(text).toContain(script.login);
    expect(text).toContain('nicht gespeichert');
    expect((await profile('co-0042'))?.employees).toBe(before?.employees);

    await page.click('#edit-reload');
    await page.waitForFunction(
      () => (document.getElementById('edit-shortName') as HTMLInputElement | null)?.value === 'Nowak PT',
      undefined,
      slow,
    );
    expect(await page.locator('#edit-conflict').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#details #details-title', slow);
  }, 240_000);

  it('creates an organisation from the top bar; it is selected, shown and placed among its town’s', async () => {
    await signedInAs(manager);
    await open();
    await page.click('#new-organization');
    await page.waitForSelector('#new-org-dialog[open]', slow);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-org-name');
    await page.fill('#new-org-name', 'Lausitzer Testguss GmbH');
    await page.selectOption('#new-org-kind', 'company');
    await page.fill('#new-org-city', 'Cottbus');
    await page.fill('#new-org-employees', '42');
    await page.click('#new-org-submit');
    // Created: the dialog closes (a problem would keep it open, saying what is wrong).
    await page.waitForFunction(
      () =>
        !document.getElementById('new-org-dialog') ||
        /Bitte|Server|Berechtigung/.test(document.getElementById('new-org-status')?.textContent ?? ''),
      undefined,
      slow,
    );
    expect(await page.locator('#new-org-status').allTextContents()).toEqual([]);
    await page.waitForSelector('#details[aria-busy="false"] #details-title', { timeout: 240_000 });
    expect(await page.textContent('#details-title')).toContain('Lausitzer Testguss GmbH');
    const shown = await page.evaluate(() => {
      const id = (Reflect.get(window, '__cluster' as string) as Hook).store.get().selected ?? '';
      const n = (Reflect.get(window, '__cluster' as string) as Hook).cy.getElementById(id);
      return { id, inGraph: !n.empty(), position: n.position() };
    });
    expect(shown.inGraph).toBe(true);
    expect(shown.position).not.toEqual({ x: 0, y: 0 });
    expect((await profile(shown.id))?.name).toBe('Lausitzer Testguss GmbH');
    expect(await page.locator('#new-org-dialog').count()).toBe(0);
    await page.unroute('**/graphql');
  }, 480_000);

  it('merges two records of one organisation, keeping the chosen values; the dissolved one leaves the graph', async () => {
    const keep = await createdByScript('Doppelwerk Cottbus GmbH', 10, null);
    const drop = await createdByScript('Doppelwerk Zweiteintrag GmbH', 12, 'https://doppelwerk.example');
    await signedInAs(manager);
    await showDetails(keep);
    await page.click('#action-merge');
    await page.waitForSelector('#merge-dialog[open]', slow);
    await page.fill('#merge-search #search', 'Doppelwerk Zweiteintrag');
    await page.locator('#merge-search li[role=option]', { hasText: 'Zweiteintrag' }).first().waitFor(slow);
    await page.locator('#merge-search li[role=option]', { hasText: 'Zweiteintrag' }).first().dispatchEvent('mousedown');
    await page.waitForSelector('#merge-compare tr[data-field="employees"]', slow);
    const explain = await page.textContent('#merge-explain');
    expect(explain).toContain('Doppelwerk Zweiteintrag GmbH');
    expect(explain).toContain('gelöscht');
    // The kept record has no website: the other's is chosen already; the head count is chosen here.
    expect(await page.isChecked('input[name="merge-website"][value="drop"]')).toBe(true);
    await page.check('input[name="merge-employees"][value="drop"]');
    await page.click('#merge-submit');
    await page.waitForFunction(
      (id) => (Reflect.get(window, '__cluster' as string) as Hook).store.get().selected === id && !document.getElementById('merge-dialog'),
      keep,
      slow,
    );
    expect(await profile(drop)).toBeNull();
    expect(await profile(keep)).toMatchObject({ employees: 12, name: 'Doppelwerk Cottbus GmbH' });
    expect(await page.evaluate((id) => (Reflect.get(window, '__cluster' as string) as Hook).cy.getElementById(id).empty(), drop)).toBe(
      true,
    );
    await afterPaint(page);
    await screenshot(page, 'curation-merged');
  }, 240_000);

  it('says while metrics are updated after a save, and lists the change with who, source and before → after', async () => {
    await openEditor('co-0045');
    const before = await profile('co-0045');
    const employees = (before?.employees ?? 0) + 3;
    await page.fill('#edit-employees', String(employees));
    await page.click('#edit-save');
    // The server waits for more changes, then computes: the note shows meanwhile and goes after.
    await page.waitForSelector('#metrics-refreshing:not([hidden])', slow);
    expect(await page.textContent('#metrics-refreshing')).toBe('Kennzahlen und Lücken-Berichte werden aktualisiert …');
    await page.waitForSelector('#metrics-refreshing[hidden]', { state: 'attached', timeout: 240_000 });

    await page.waitForSelector('#details[aria-busy="false"] #action-history', slow);
    await page.click('#action-history');
    await page.waitForSelector('#history-dialog[open] #history-changes > li', slow);
    expect(await page.textContent('#history-heading')).toContain('Änderungen an „');
    const newest = page.locator('#history-changes > li').first();
    expect(await newest.getAttribute('data-action')).toBe('update');
    expect(await newest.textContent()).toContain('im Formular');
    expect(await newest.textContent()).toContain(manager.login);
    const change = newest.locator('li[data-field="employees"]');
    expect(await change.locator('del').textContent()).toBe(String(before?.employees ?? '(leer)'));
    expect(await change.locator('ins').textContent()).toBe(String(employees));
    // Narrowed to the person: their changes, whatever the record.
    await newest.locator('button', { hasText: manager.login }).click();
    await page.waitForFunction(
      () => document.getElementById('history-heading')?.textContent?.startsWith('Änderungen von'),
      undefined,
      slow,
    );
    await page.waitForSelector('#history-changes > li', slow);
    await screenshot(page, 'curation-history');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#history-dialog', { state: 'detached', ...slow });
  }, 300_000);

  it('undoes an import from the history: what it created leaves the database and the graph', async () => {
    const body = '\uFEFFName;Art;Ort;Beschäftigte\r\nRückbau Testwerk GmbH;Unternehmen;Cottbus;12\r\n';
    const res = await fetch(`${app.url}/import/organizations?mode=all-or-nothing&file=rueckbau.csv`, {
      method: 'POST',
      headers: { ...script.headers, 'content-type': 'text/csv' },
      body,
    });
    expect(res.status).toBe(200);
    const created = await gql<{ search: { id: string; name: string }[] }>(
      app.url,
      '{ search(text: "Rückbau Testwerk", limit: 3) { id name } }',
    );
    const id = created.data?.search.find((h) => h.name === 'Rückbau Testwerk GmbH')?.id ?? '';
    expect(id).not.toBe('');
    await signedInAs(manager);
    await open();
    await page.waitForSelector('#open-history', slow);
    await page.click('#open-history');
    const row = page.locator('#history-imports tr', { hasText: 'rueckbau.csv' });
    await row.waitFor(slow);
    expect(await row.locator('.import-status').textContent()).toBe('übernommen');
    expect(await row.textContent()).toContain('1 neu');
    page.once('dialog', (d) => void d.accept());
    await row.locator('.import-undo').click();
    await page.waitForSelector('#history-dialog', { state: 'detached', ...slow });
    await page.waitForSelector('#graph[data-ready="true"]', slow);
    expect(await profile(id)).toBeNull();
    expect(await page.evaluate((x) => (Reflect.get(window, '__cluster' as string) as Hook).cy.getElementById(x).empty(), id)).toBe(true);
  }, 300_000);

  it('signs out, and a member signed in edits its own organisation only, with no merge or create buttons', async () => {
    const member = await testUser(session.db, 'member', { organizationId: 'co-0043' });
    await signedInAs(manager);
    await open();
    await page.waitForSelector('#sign-out', slow);
    await page.click('#sign-out');
    await page.waitForSelector('#sign-in', slow);
    expect(await page.evaluate(() => (Reflect.get(window, '__cluster' as string) as Hook).store.get().session)).toEqual({
      user: null,
      csrfToken: null,
    });
    await page.click('#sign-in');
    await page.fill('#sign-in-login', member.login);
    await page.fill('#sign-in-password', member.password);
    await page.click('#sign-in-submit');
    await page.waitForSelector('#signed-in-user', slow);
    expect(await page.textContent('#signed-in-user')).toContain('Mitglied');
    expect(await page.locator('#new-organization').count()).toBe(0);
    await showDetails('co-0043');
    expect(await page.locator('#action-edit').count()).toBe(1);
    expect(await page.locator('#action-merge').count()).toBe(0);
    await showDetails('co-0044');
    expect(await page.locator('#action-edit').count()).toBe(0);
  }, 240_000);
});
