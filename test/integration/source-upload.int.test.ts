// Public sources uploaded over HTTP as the import dialog sends them: the CORDIS package zip and a
// Förderkatalog export, dry-run first (nothing written), then imported, listed and undone like
// every import; a file that is not the source's download is refused with file, row and column and
// writes nothing; only managers upload.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db.ts';
import { ErrorCode } from '../../server/errors.ts';
import type { SourceImportSummary } from '../../server/sources/import-source.ts';
import { loadDataset } from '../../seed/load.ts';
import { cordisFiles, cordisZip, foerderkatalogExport } from '../fixtures/sources/files.ts';
import { realOnly } from '../fixtures/sources/real-only.ts';
import { apiTokenFor, signIn, type WithToken } from '../setup/auth.ts';
import { connect, freshDatabase, gql, type RunningApp, startApp } from '../setup/db.ts';
import { dataFingerprint } from '../setup/fingerprint.ts';

interface Refusal {
  errors: { message: string; extensions: { code: string; problems?: { file: string; row: number | null; column: string | null }[] } }[];
}

let db: Database;
let app: RunningApp;
let manager: WithToken;
beforeAll(async () => {
  db = connect();
  app = await startApp(db);
});
beforeEach(async () => {
  await freshDatabase(db);
  await loadDataset(db, realOnly(), { layout: false });
  manager = await apiTokenFor(db, 'manager');
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const send = (source: string, file: string, query: Record<string, string>, headers: Record<string, string>, body: BodyInit) =>
  fetch(`${app.url}/import/source/${source}?${new URLSearchParams({ file, ...query }).toString()}`, { method: 'POST', headers, body });

const zip = () => readFileSync(cordisZip);
const summaryOf = async (res: Response) => {
  expect(res.status).toBe(200);
  return ((await res.json()) as { summary: SourceImportSummary }).summary;
};

describe('public sources uploaded in the import dialog', () => {
  it('dry-runs the CORDIS zip without writing, imports it, lists it as a cordis import and undoes it whole', async () => {
    const before = await dataFingerprint(db);
    const token = crypto.randomUUID();
    const dry = await summaryOf(
      await send('cordis', 'cordis-horizon.zip', { mode: 'dry-run' }, { ...manager.headers, 'x-import-progress': token }, zip()),
    );
    expect(dry).toMatchObject({ source: 'cordis', file: 'cordis-horizon.zip', status: 'checked', outOfScope: 1, problems: [] });
    expect(dry.projects.created).toBe(2);
    expect(dry.participations.created).toBe(7);
    expect(dry.organizations.matched, 'the BTU recognised under its CORDIS name').toBeGreaterThan(0);
    expect(await dataFingerprint(db), 'the dry run wrote nothing').toEqual(before);
    const followed = await fetch(`${app.url}/import/progress/${token}`, { headers: manager.headers });
    expect(await followed.json()).toMatchObject({ pass: 'check', done: true });

    const applied = await summaryOf(
      await send('cordis', 'cordis-horizon.zip', { mode: 'all-or-nothing', fileDate: '2026-11-30' }, manager.headers, zip()),
    );
    expect(applied).toMatchObject({ status: 'applied', projects: { created: 2 }, participations: { created: 7 } });
    const list = await gql<{ imports: unknown[] }>(app.url, '{ imports { id kind file status } }', {}, manager.headers);
    expect(list.data?.imports[0]).toEqual({
      id: applied.importId,
      kind: 'cordis',
      file: 'cordis-horizon.zip',
      status: 'applied',
    });
    expect(await dataFingerprint(db)).not.toEqual(before);
    const undone = await gql<{ undoImport: number }>(
      app.url,
      'mutation($id: ID!) { undoImport(importId: $id) }',
      { id: applied.importId },
      manager.headers,
    );
    expect(undone.errors).toBeUndefined();
    expect(await dataFingerprint(db), 'undo leaves the graph as before').toEqual(before);
  });

  it('imports a Förderkatalog export: one joint project with its recipients', async () => {
    const s = await summaryOf(
      await send('foerderkatalog', 'suche.csv', { mode: 'all-or-nothing' }, manager.headers, readFileSync(foerderkatalogExport)),
    );
    expect(s).toMatchObject({ source: 'foerderkatalog', status: 'applied', problems: [], projects: { created: 1 } });
    expect(s.participations.created).toBe(3);
  });

  it('refuses a broken row with file, row and column, and writes nothing', async () => {
    const text = readFileSync(foerderkatalogExport, 'latin1');
    const broken = text.replace(/01\.01\.2023/, '31.02.2023');
    expect(broken, 'the fixture has the date the test breaks').not.toBe(text);
    const before = await dataFingerprint(db);
    const s = await summaryOf(
      await send('foerderkatalog', 'suche.csv', { mode: 'all-or-nothing' }, manager.headers, Buffer.from(broken, 'latin1')),
    );
    expect(s.status).toBe('refused');
    expect(s.problems).toContainEqual(expect.objectContaining({ file: 'suche.csv', row: expect.any(Number), column: 'Laufzeit von' }));
    expect(await dataFingerprint(db)).toEqual(before);
  });

  it('refuses a file that is no CORDIS package with its problems (422), and writes nothing', async () => {
    const before = await dataFingerprint(db);
    const csv = await send('cordis', 'organization.csv', {}, manager.headers, readFileSync(cordisFiles.organizations));
    expect(csv.status).toBe(422);
    const refusal = (await csv.json()) as Refusal;
    expect(refusal.errors[0]?.extensions).toMatchObject({
      code: ErrorCode.BadUserInput,
      problems: [expect.objectContaining({ file: 'organization.csv', row: null, column: null })],
    });
    const notZip = await send('cordis', 'cordis.zip', {}, manager.headers, 'id;acronym\n1;X\n');
    expect(notZip.status).toBe(422);
    const noExport = await send('foerderkatalog', 'suche.csv', {}, manager.headers, 'Name;Ort\nA;B\n');
    expect(noExport.status).toBe(422);
    const missing = ((await noExport.json()) as Refusal).errors[0]?.extensions.problems ?? [];
    expect(missing.length).toBeGreaterThan(0);
    expect(await dataFingerprint(db)).toEqual(before);
  });

  it('takes uploads only from managers with the CSRF token, and names what is wrong with a request', async () => {
    const before = await dataFingerprint(db);
    expect((await send('cordis', 'c.zip', {}, {}, zip())).status).toBe(401);
    const member = await signIn(app.url, db, 'member', { organizationId: 'hs-btu' });
    expect((await send('cordis', 'c.zip', { mode: 'all-or-nothing' }, member.headers, zip())).status).toBe(403);
    const browser = await signIn(app.url, db, 'manager');
    expect((await send('cordis', 'c.zip', { mode: 'all-or-nothing' }, { cookie: browser.cookie }, zip())).status).toBe(403);
    expect((await send('openaire', 'c.zip', {}, manager.headers, zip())).status).toBe(404);
    expect((await send('cordis', 'c.zip', { mode: 'sometimes' }, manager.headers, zip())).status).toBe(400);
    expect((await send('cordis', 'c.zip', { fileDate: '30.11.2026' }, manager.headers, zip())).status).toBe(400);
    expect((await send('cordis', '..', {}, manager.headers, zip())).status).toBe(400);
    expect(await dataFingerprint(db)).toEqual(before);
  });
});
