// Imports over HTTP as the upload dialog and scripts use them: templates for anyone, uploads for
// managers only (with the session's CSRF token), the review queue and undo through GraphQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db.ts';
import { ErrorCode } from '../../server/errors.ts';
import { loadDataset } from '../../seed/load.ts';
import { memberFirm, tinyWithMemberFirm } from '../fixtures/tiny.ts';
import { apiTokenFor, signIn } from '../setup/auth.ts';
import { connect, freshDatabase, gql, type RunningApp, startApp } from '../setup/db.ts';
import { dataFingerprint } from '../setup/fingerprint.ts';

let db: Database;
let app: RunningApp;
beforeAll(async () => {
  db = connect();
  await freshDatabase(db);
  await loadDataset(db, tinyWithMemberFirm(), { layout: false });
  app = await startApp(db);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const members =
  '\uFEFFName;Art;Ort;Beschäftigte\r\nOderland Stahlbau GmbH;Unternehmen;Cottbus;85\r\nFormguss Lausitz;Unternehmen;Cottbus;\r\n';
const upload = (mode: string, headers: Record<string, string>, body = members) =>
  fetch(`${app.url}/import/organizations?mode=${mode}&file=mitglieder.csv`, { method: 'POST', headers, body });

describe('imports over HTTP', () => {
  it('hands out a template per kind, in German by default, that names its columns', async () => {
    const res = await fetch(`${app.url}/import/template/organizations.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('.csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'a UTF-8 byte order mark, so Excel reads the umlauts').toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes).split('\r\n')[0]).toMatch(/^Id;Name;Kurzname;Art;Ort;PLZ;Straße;/);
    expect((await fetch(`${app.url}/import/template/unknown.csv`)).status).toBe(404);
  });

  it('takes uploads only from managers, and from a browser only with its CSRF token; refused uploads change nothing', async () => {
    const before = await dataFingerprint(db);
    expect((await upload('all-or-nothing', {})).status).toBe(401);
    const member = await signIn(app.url, db, 'member', { organizationId: 'co-1' });
    expect((await upload('all-or-nothing', member.headers)).status).toBe(403);
    const manager = await signIn(app.url, db, 'manager');
    const withoutToken = await upload('all-or-nothing', { cookie: manager.cookie });
    expect(withoutToken.status).toBe(403);
    expect(((await withoutToken.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      ErrorCode.Forbidden,
    );
    expect(await dataFingerprint(db)).toEqual(before);
  });

  it('lets the uploader follow an import by its progress token, and nobody else', async () => {
    const manager = await signIn(app.url, db, 'manager');
    const token = crypto.randomUUID();
    const answer = await upload('dry-run', { ...manager.headers, 'x-import-progress': token });
    expect(answer.status).toBe(200);
    const followed = await fetch(`${app.url}/import/progress/${token}`, { headers: { cookie: manager.cookie } });
    expect(await followed.json()).toEqual({ pass: 'check', rows: 2, done: true });
    const member = await signIn(app.url, db, 'member', { organizationId: 'co-1' });
    expect((await fetch(`${app.url}/import/progress/${token}`, { headers: { cookie: member.cookie } })).status).toBe(404);
    expect((await fetch(`${app.url}/import/progress/${token}`)).status).toBe(401);
    expect((await upload('dry-run', { ...manager.headers, 'x-import-progress': 'x' })).status).toBe(400);
  });

  it('dry-runs an upload, applies it, queues the doubtful row for review, and undoes the import', async () => {
    const script = await apiTokenFor(db, 'manager');
    const before = await dataFingerprint(db);
    const dry = (await (await upload('dry-run', script.headers)).json()) as {
      summary: { status: string; counts: Record<string, number> };
      header: { missing: string[] };
    };
    expect(dry.summary).toMatchObject({ status: 'checked', counts: { created: 1, review: 1 } });
    expect(await dataFingerprint(db)).toEqual(before);
    const applied = (await (await upload('all-or-nothing', script.headers)).json()) as { summary: { status: string; importId: string } };
    expect(applied.summary.status).toBe('applied');
    const metrics = await gql<{ networkMetrics: { refreshing: string } }>(app.url, '{ networkMetrics { refreshing } }');
    expect(metrics.data?.networkMetrics.refreshing, 'the metrics are brought up to date after the import').not.toBe('idle');
    const queue = await gql<{ matchReviews: { id: string; name: string; candidateId: string; reasons: string[] }[] }>(
      app.url,
      '{ matchReviews { id name candidateId reasons } }',
      {},
      script.headers,
    );
    expect(queue.data?.matchReviews.map((r) => [r.name, r.candidateId])).toEqual([['Formguss Lausitz', memberFirm.id]]);
    const imports = await gql<{ imports: { id: string; status: string }[] }>(app.url, '{ imports { id status } }', {}, script.headers);
    expect(imports.data?.imports[0]).toEqual({ id: applied.summary.importId, status: 'applied' });
    const undone = await gql<{ undoImport: number }>(
      app.url,
      'mutation($id: ID!) { undoImport(importId: $id) }',
      { id: applied.summary.importId },
      script.headers,
    );
    expect(undone.errors).toBeUndefined();
    expect(await dataFingerprint(db)).toEqual(before);
    const emptied = await gql<{ matchReviews: unknown[] }>(app.url, '{ matchReviews { id } }', {}, script.headers);
    expect(emptied.data?.matchReviews).toEqual([]);
  });
});
