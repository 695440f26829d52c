/**
 * What Chrome 109 and Firefox 115 have, a library PC may still lack: Web Locks and StorageManager
 * exist only on https (or 127.0.0.1), and CompressionStream came to Firefox in 113. Each guarded
 * use has a fallback; these stories run it with the feature taken away.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistence } from '../../../src/web/store/storage-persistence.ts';
import { withSyncLock } from '../../../src/web/sync/sync-lock.ts';
import { encodeBody } from '../../../src/web/sync/sync-transport.ts';

const OUTBOX = JSON.stringify({ name: 'АНО «Северный ветер»', settlement: 'с. Тигиль' });

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('sync body without CompressionStream', () => {
  it('is sent as plain JSON', async () => {
    vi.stubGlobal('CompressionStream', undefined);

    expect(await encodeBody(OUTBOX)).toEqual({ body: OUTBOX, gzip: false });
  });

  it('is gzip the server can read where the browser compresses', async () => {
    vi.stubGlobal('Blob', NodeBlob); // jsdom's Blob has no stream(); every target browser's does
    const { body, gzip } = await encodeBody(OUTBOX);

    expect(gzip).toBe(true);
    expect(gunzipSync(Buffer.from(body as ArrayBuffer)).toString('utf8')).toBe(OUTBOX);
  });
});

describe('one tab syncs at a time without Web Locks', () => {
  it('a second tab finds the lease taken and does not send the outbox twice', async () => {
    vi.stubGlobal('navigator', { ...navigator, locks: undefined });
    let finishFirst = () => {};
    const firstRunning = new Promise<void>((resolve) => (finishFirst = resolve));
    const sends: string[] = [];

    const first = withSyncLock(async () => {
      sends.push('first');
      await firstRunning;
    });
    // another tab of the same PC: same localStorage, its own id is simulated by a stale owner
    const [owner, until] = (localStorage.getItem('sopka.syncLease') ?? '').split('|');
    localStorage.setItem('sopka.syncLease', `other-tab|${until}`);
    const second = await withSyncLock(async () => {
      sends.push('second');
    });
    localStorage.setItem('sopka.syncLease', `${owner}|${until}`);
    finishFirst();

    expect(second).toBe(false);
    expect(await first).toBe(true);
    expect(sends).toEqual(['first']);
    expect(localStorage.getItem('sopka.syncLease')).toBeNull();
  });
});

describe('asking to keep the data where the browser has no StorageManager', () => {
  it('answers «cannot tell» instead of failing', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: undefined });

    expect(await requestPersistence()).toBeUndefined();
  });

  it('answers «cannot tell» when the browser refuses the question', async () => {
    const persist = () => Promise.reject(new DOMException('refused', 'SecurityError'));
    vi.stubGlobal('navigator', { ...navigator, storage: { persist } });
    vi.spyOn(console, 'error').mockImplementation(() => {});

    expect(await requestPersistence()).toBeUndefined();
  });
});
