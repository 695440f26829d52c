import { createHash } from 'node:crypto';
import { readdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

// the scanned charter of ТОС «Ковран», stand-in bytes
const charter = Buffer.from('%PDF-1.7 Устав ТОС «Ковран», принят собранием жителей '.repeat(800));
const sha256 = createHash('sha256').update(charter).digest('hex');

describe('a blob file damaged on the server disk is repaired by the next upload', () => {
  let store: TestStore;
  let server: TestApp;
  let auth: { authorization: string };
  let stored: string;
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'tigil', 'tigil');
    auth = { authorization: `Bearer ${await signIn(server.app, 'tigil')}` };
    stored = join(server.blobDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  const put = () =>
    server.app.inject({
      method: 'PUT',
      url: `/api/blobs/${sha256}`,
      headers: { ...auth, 'content-type': 'application/octet-stream' },
      payload: charter,
    });
  const get = () =>
    server.app.inject({ method: 'GET', url: `/api/blobs/${sha256}`, headers: auth });

  it('a file cut short by a power cut is replaced when the librarian uploads it again', async () => {
    expect((await put()).statusCode).toBe(201);
    await truncate(stored, 4096);
    expect((await get()).rawPayload.length).toBe(4096);

    const again = await put();

    expect(again.statusCode).toBe(201);
    const response = await get();
    expect(response.headers['content-length']).toBe(String(charter.length));
    expect(response.rawPayload.equals(charter)).toBe(true);
  });

  it('a file of the right size but zeroed inside is replaced too', async () => {
    await writeFile(stored, Buffer.alloc(charter.length));

    expect((await put()).statusCode).toBe(201);

    expect((await get()).rawPayload.equals(charter)).toBe(true);
  });

  it('an intact file is left alone and no temp files are left behind', async () => {
    expect((await put()).statusCode).toBe(200);

    expect((await get()).rawPayload.equals(charter)).toBe(true);
    expect((await readdir(server.blobDir)).filter((name) => name.startsWith('.tmp'))).toEqual([]);
  });
});
