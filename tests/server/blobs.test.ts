import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

// a scanned protocol of the founding meeting, stand-in bytes
const scan = Buffer.from(
  '%PDF-1.7 Протокол учредительного собрания АНО «Берег Тигиля» '.repeat(500),
);
const sha256 = createHash('sha256').update(scan).digest('hex');

describe('content-addressed blobs', () => {
  let store: TestStore;
  let server: TestApp;
  let auth: { authorization: string };
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store, { blobLimit: 64 * 1024 });
    await addUser(store, 'tigil', 'tigil');
    auth = { authorization: `Bearer ${await signIn(server.app, 'tigil')}` };
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  const put = (hash: string, body: Buffer) =>
    server.app.inject({
      method: 'PUT',
      url: `/api/blobs/${hash}`,
      headers: { ...auth, 'content-type': 'application/octet-stream' },
      payload: body,
    });
  const get = (hash: string, headers: Record<string, string> = {}) =>
    server.app.inject({
      method: 'GET',
      url: `/api/blobs/${hash}`,
      headers: { ...auth, ...headers },
    });

  it('refuses bytes that do not match their hash', async () => {
    const response = await put(sha256, Buffer.concat([scan, Buffer.from('!')]));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'hash_mismatch' } });
    expect((await get(sha256)).statusCode).toBe(404);
  });

  it('stores once; putting again is harmless', async () => {
    expect((await put(sha256, scan)).statusCode).toBe(201);
    expect((await put(sha256, scan)).statusCode).toBe(200);
    const response = await get(sha256);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(scan)).toBe(true);
    expect(response.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(response.headers.etag).toBe(`"${sha256}"`);
  });

  it('serves byte ranges, so a broken download resumes', async () => {
    const partial = await get(sha256, { range: 'bytes=100-199' });
    expect(partial.statusCode).toBe(206);
    expect(partial.headers['content-range']).toBe(`bytes 100-199/${scan.length}`);
    expect(partial.rawPayload.equals(scan.subarray(100, 200))).toBe(true);
    const tail = await get(sha256, { range: 'bytes=-10' });
    expect(tail.rawPayload.equals(scan.subarray(scan.length - 10))).toBe(true);
  });

  it('answers 416 to a range past the end', async () => {
    const response = await get(sha256, { range: `bytes=${scan.length}-` });
    expect(response.statusCode).toBe(416);
    expect(response.headers['content-range']).toBe(`bytes */${scan.length}`);
  });

  it('refuses a file over the limit with 413 and a bad hash with 400', async () => {
    const big = Buffer.alloc(65 * 1024, 1);
    const response = await put(createHash('sha256').update(big).digest('hex'), big);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: { code: 'too_large' } });
    expect((await get('not-a-hash')).json()).toMatchObject({ error: { code: 'bad_hash' } });
  });
});
