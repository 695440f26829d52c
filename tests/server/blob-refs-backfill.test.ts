import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobRefsOf } from '../../src/server/blobs/blob-refs.ts';
import { migrate } from '../../src/server/store/migrate.ts';
import { checklist, material, organization } from './helpers/fixtures.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const charter = Buffer.from('%PDF-1.7 Устав АНО «Берег Тигиля», утверждён 12.02.2025 ');
const sample = Buffer.from('%PDF-1.7 Образец протокола учредительного собрания ');

describe('files named by records stored before the server tracked references', () => {
  let store: TestStore;
  let server: TestApp;
  const tokens: Record<string, string> = {};
  const org = organization('tigil');
  const list = checklist('tigil', org.id, { charter: [hashOf(charter)] });
  const samples = material(
    [{ sha256: hashOf(sample), name: 'Протокол (образец).pdf', size: 52, mime: 'application/pdf' }],
    { body: `Хеш для сверки: ${hashOf(sample)}` },
  );

  beforeAll(async () => {
    store = await openTestStore();
    // as an older server left them: records written, files on disk, no blob_refs rows
    for (const record of [org, list, samples])
      await store.query(
        `insert into records (collection, id, centre_id, data, clocks, seq)
         values ($1, $2, $3, $4::jsonb, '{}'::jsonb, nextval('change_seq'))`,
        [
          record === org ? 'organizations' : record === list ? 'checklists' : 'materials',
          record.id,
          record.centreId,
          JSON.stringify(record),
        ],
      );
    await store.query(`drop table blob_refs; drop table blob_uploads;
      delete from migrations where id = 3`);
    expect(await migrate(store)).toEqual([3]);

    server = await startTestApp(store);
    for (const [login, centre] of [
      ['tigil', 'tigil'],
      ['palana', 'palana'],
    ] as const) {
      await addUser(store, login, centre);
      tokens[login] = await signIn(server.app, login);
    }
    for (const bytes of [charter, sample])
      await server.app.inject({
        method: 'PUT',
        url: `/api/blobs/${hashOf(bytes)}`,
        headers: {
          authorization: `Bearer ${tokens.palana}`,
          'content-type': 'application/octet-stream',
        },
        payload: bytes,
      });
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  const get = (login: string, sha256: string) =>
    server.app.inject({
      method: 'GET',
      url: `/api/blobs/${sha256}`,
      headers: { authorization: `Bearer ${tokens[login]}` },
    });

  it('Тигиль still opens its charter scan after the upgrade; Палана, though it sent the same bytes, does not', async () => {
    expect((await get('tigil', hashOf(charter))).statusCode).toBe(200);
    expect((await get('palana', hashOf(charter))).statusCode).toBe(404);
  });

  it('a regional material’s file reaches every centre under its own name', async () => {
    const response = await get('tigil', hashOf(sample));
    expect(response.statusCode).toBe(200);
    const encoded = `${encodeURIComponent('Протокол ')}%28${encodeURIComponent('образец')}%29.pdf`;
    expect(response.headers['content-disposition']).toBe(
      `inline; filename="________ (_______).pdf"; filename*=UTF-8''${encoded}`,
    );
  });

  it('the upgrade finds the same files a live write would', async () => {
    for (const record of [list, samples]) {
      const rows = await store.query<{ sha256: string; name: string | null }>(
        `select sha256, name from blob_refs where record_id = $1 order by sha256`,
        [record.id],
      );
      const live = blobRefsOf(record).sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1));
      expect(rows).toEqual(live);
    }
  });
});
