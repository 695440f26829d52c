// @vitest-environment node
// the real server in process over real HTTP (PGlite), so Range and streaming are the real thing
import 'fake-indexeddb/auto';
import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BlobDownloadError } from '../../../../src/web/blobs/blob-download-error.ts';
import { fetchBlob } from '../../../../src/web/blobs/fetch-blob.ts';
import {
  missingAttachments,
  readBlob,
  saveAllForOffline,
  saveForOffline,
  storedHashes,
} from '../../../../src/web/blobs/offline-files.ts';
import { drainUploads, queueUpload } from '../../../../src/web/blobs/upload-queue.ts';
import { SopkaDb } from '../../../../src/web/store/db.ts';
import { material } from '../../../server/helpers/fixtures.ts';
import { injectTransport, TestDevice } from '../../../server/helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from '../../../server/helpers/test-app.ts';
import { openTestStore, type TestStore } from '../../../server/helpers/test-store.ts';

// a scanned charter, stand-in bytes: large enough to arrive in many chunks
const charter = Buffer.concat([
  Buffer.from('%PDF-1.7 Устав АНО «Берег Тигиля»\n'),
  randomBytes(400_000),
]);
const ref = {
  sha256: createHash('sha256').update(charter).digest('hex'),
  size: charter.length,
  mime: 'application/pdf',
};

/** A link that drops after `cutAt` bytes of the first answer, or flips a byte in every answer. */
function flakyLink(mode: { cutAt: number } | 'corrupt') {
  const ranges: (string | null)[] = [];
  const link: typeof fetch = async (input, init) => {
    ranges.push(new Headers(init?.headers).get('range'));
    const response = await fetch(input, init);
    if (!response.body) return response;
    const reader = response.body.getReader();
    let passed = 0;
    const first = ranges.length === 1;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        if (mode === 'corrupt') {
          const copy = new Uint8Array(value);
          if (passed === 0) copy[copy.length - 1] = (copy.at(-1) ?? 0) ^ 0xff;
          passed += copy.length;
          return controller.enqueue(copy);
        }
        if (first && passed + value.length > mode.cutAt) {
          controller.enqueue(value.subarray(0, mode.cutAt - passed));
          await reader.cancel();
          return controller.error(new TypeError('network connection was lost'));
        }
        passed += value.length;
        controller.enqueue(value);
      },
    });
    return new Response(body, { status: response.status, headers: response.headers });
  };
  return { link, ranges };
}

describe('saving an attachment for offline use', () => {
  let store: TestStore;
  let server: TestApp;
  let baseUrl: string;
  let token: string;
  let device: SopkaDb;
  let template: { sha256: string; size: number; mime: string };
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
    await addUser(store, 'regional');
    await addUser(store, 'palana', 'palana');
    const author = await signIn(server.app, 'regional');
    // the region's PC attaches both files as the editor does: queued, then sent by a sync
    const authorPc = new SopkaDb('regional-pc');
    await queueUpload(new Blob([charter], { type: ref.mime }), 'Устав.pdf', authorPc);
    const letter = new Blob(['Гарантийное письмо собственника помещения, шаблон'], {
      type: 'text/plain',
    });
    const queuedLetter = await queueUpload(letter, 'Письмо.txt', authorPc);
    await drainUploads({ token: author, baseUrl }, authorPc);
    template = { sha256: queuedLetter.sha256, size: queuedLetter.size, mime: 'text/plain' };
    // a file reaches a centre once a record in its scope names it: the region's material does
    const regionalPc = new TestDevice(injectTransport(server.app, author));
    const guide = material([
      { ...ref, name: 'Устав.pdf' },
      { ...template, name: 'Письмо.txt' },
    ]);
    regionalPc.edit('materials', guide.id, guide);
    await regionalPc.sync();
    token = await signIn(server.app, 'palana');
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });
  beforeEach(() => {
    device = new SopkaDb(`palana-pc-${crypto.randomUUID()}`);
  });

  it('resumes with Range after the link breaks off, and keeps the file whole', async () => {
    const { link, ranges } = flakyLink({ cutAt: 150_000 });
    const progress: number[] = [];
    await saveForOffline(
      ref,
      { token, baseUrl, fetch: link, retryDelayMs: 1, onProgress: (n) => progress.push(n) },
      device,
    );

    expect(ranges).toEqual([null, 'bytes=150000-']);
    expect(progress.at(-1)).toBe(charter.length);
    const kept = await readBlob(ref.sha256, device);
    expect(Buffer.from(await kept!.arrayBuffer()).equals(charter)).toBe(true);
  });

  it('refuses bytes that do not match their sha256 and keeps nothing', async () => {
    const { link } = flakyLink('corrupt');
    const saving = saveForOffline(ref, { token, baseUrl, fetch: link, retryDelayMs: 1 }, device);

    await expect(saving).rejects.toEqual(new BlobDownloadError('corrupt'));
    expect(await readBlob(ref.sha256, device)).toBeUndefined();
  });

  it('gives up at once when the link is gone, so the sync is free to run when it returns', async () => {
    let tries = 0;
    const dead: typeof fetch = () => {
      tries++;
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    vi.stubGlobal('navigator', { onLine: false });
    try {
      await expect(fetchBlob(ref, { token, baseUrl, fetch: dead })).rejects.toMatchObject({
        code: 'network',
      });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(tries).toBe(1);
  });

  it('says when the file is not on the server, or the device is no longer allowed', async () => {
    const missing = { ...ref, sha256: 'a'.repeat(64) };
    await expect(fetchBlob(missing, { token, baseUrl })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(fetchBlob(ref, { token: 'revoked', baseUrl })).rejects.toMatchObject({
      code: 'unauthorized',
    });
  });

  it('downloads every missing file once, counting bytes over all of them', async () => {
    const guides = [
      {
        attachments: [
          { ...ref, name: 'ustav.pdf' },
          { ...template, name: 'pismo.txt' },
        ],
      },
      { attachments: [{ ...ref, name: 'ustav-kopiya.pdf' }] },
    ];
    const missing = missingAttachments(guides, await storedHashes(device));
    expect(missing.map((file) => file.name)).toEqual(['ustav.pdf', 'pismo.txt']);

    const progress: [number, number][] = [];
    await saveAllForOffline(
      missing,
      { token, baseUrl },
      (done, total) => progress.push([done, total]),
      device,
    );

    const total = charter.length + template.size;
    expect(progress[0]).toEqual([0, total]);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress.every(([done], i) => i === 0 || done >= (progress[i - 1]?.[0] ?? 0))).toBe(
      true,
    );
    expect(missingAttachments(guides, await storedHashes(device))).toEqual([]);
  });
});
