// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attachment } from '../../../src/shared/model/materials.ts';
import { fetchMaterialFiles } from '../../../src/web/blobs/material-prefetch.ts';
import { sha256Hex } from '../../../src/web/blobs/sha256.ts';
import { queueUpload } from '../../../src/web/blobs/upload-queue.ts';
import { unsentChanges, wipeCentreData } from '../../../src/web/session/wipe-centre-data.ts';
import { SopkaDb } from '../../../src/web/store/db.ts';
import { mutate } from '../../../src/web/store/mutate.ts';
import { syncFiles } from '../../../src/web/sync/file-sync.ts';
import { runSync } from '../../../src/web/sync/sync-run.ts';
import { httpTransport } from '../../../src/web/sync/sync-transport.ts';
import { addUser, signIn } from '../../server/helpers/test-app.ts';
import { LibraryPc, startSyncWorld, type SyncWorld } from './sync-world.ts';

let world: SyncWorld;
beforeAll(async () => {
  world = await startSyncWorld();
}, 60_000);
afterAll(() => world.close());

/** A photo of the founders' meeting minutes, as a phone would give it. */
const minutes = (seed: string) =>
  new Blob([`JPEG протокол собрания учредителей ТОС «Ковран» ${seed}`], { type: 'image/jpeg' });

async function serverHas(sha256: string, token: string): Promise<string | null> {
  const response = await fetch(`${world.baseUrl}/api/blobs/${sha256}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return response.ok ? response.text() : null;
}

describe('a scan attached offline on the library PC', () => {
  it('is counted as unsent, stops the wipe, and reaches the server at the next sync', async () => {
    const pc = await LibraryPc.signIn(world, 'kovran-files', 'tigil');
    const scan = minutes(crypto.randomUUID());
    // offline: the file is only kept and queued
    const queued = await queueUpload(scan, 'Протокол собрания.jpg', pc.db);
    expect(queued.name).toBe('Протокол собрания.jpg');
    expect(await unsentChanges(pc.db)).toBe(1);
    expect(await wipeCentreData(pc.db)).toEqual({ ok: false, unsent: 1 });
    expect(await pc.db.blobs.get(queued.sha256)).toBeDefined();

    // a lost answer: the first PUT reaches the server, the PC never hears; the next one is harmless
    let puts = 0;
    const lossy: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'PUT' && ++puts === 1) throw new TypeError('link dropped');
      return response;
    };
    await expect(
      syncFiles({ db: pc.db, token: pc.token, baseUrl: world.baseUrl, fetch: lossy }),
    ).rejects.toThrow();
    expect(await pc.db.uploads.count()).toBe(1);

    await pc.sync();
    await syncFiles({ db: pc.db, token: pc.token, baseUrl: world.baseUrl, fetch: lossy });

    expect(await pc.db.uploads.count()).toBe(0);
    expect(await unsentChanges(pc.db)).toBe(0);
    expect(await serverHas(queued.sha256, pc.token)).toBe(await scan.text());
    await pc.close();
  }, 30_000);
});

describe('material files a sync brings to a village PC', () => {
  it('come after the records, smallest and newest first, within the centre’s budget', async () => {
    await addUser(world.store, 'region-files');
    const regionToken = await signIn(world.server.app, 'region-files');
    const region = new SopkaDb(`region-${crypto.randomUUID()}`);
    await region.session.put({
      key: 'current',
      userId: 'region-files',
      login: 'region-files',
      role: 'regional',
      centreId: null,
      token: regionToken,
    });
    // the region publishes four guides, one after another (the last is the newest), each with a PDF
    const guides = [
      { title: 'Устав общины КМНС', kb: 400 },
      { title: 'Протокол учредительного собрания', kb: 40 },
      { title: 'Заявление Р11001: образец', kb: 40 },
      { title: 'Смета социального проекта', kb: 120 },
    ];
    const files: Attachment[] = [];
    for (const guide of guides) {
      // exactly `kb` kilobytes, so the two 40 KB files tie on size and the newer must go first
      const head = new TextEncoder().encode(`%PDF-1.4 ${guide.title} `);
      const body = new Uint8Array(guide.kb * 1024).fill(48);
      body.set(head);
      const pdf = new Blob([body], { type: 'application/pdf' });
      const sha256 = await sha256Hex(pdf);
      const put = await fetch(`${world.baseUrl}/api/blobs/${sha256}`, {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${regionToken}`,
          'content-type': 'application/octet-stream',
        },
        body: pdf,
      });
      expect(put.ok).toBe(true);
      const attachment = { sha256, name: `${guide.title}.pdf`, size: pdf.size, mime: pdf.type };
      files.push(attachment);
      const result = await mutate(
        'materials',
        crypto.randomUUID(),
        {
          centreId: null,
          title: guide.title,
          category: 'registration',
          summary: '',
          body: `Образец: ${guide.title}.`,
          tags: [],
          attachments: [attachment],
          published: true,
        },
        region,
      );
      expect(result.ok).toBe(true);
    }
    await runSync({
      db: region,
      transport: httpTransport({ token: regionToken, baseUrl: world.baseUrl }),
    });

    const village = await LibraryPc.signIn(world, 'sedanka-files', 'sedanka');
    await village.sync();
    const order: string[] = [];
    const counting: typeof fetch = (input, init) => {
      order.push(String(input).split('/').pop() ?? '');
      return fetch(input, init);
    };
    // 200 KB: both 40 KB files (the newer one first) and the 120 KB one fit; 400 KB waits
    const result = await fetchMaterialFiles(
      village.db,
      { token: village.token, baseUrl: world.baseUrl, fetch: counting },
      200 * 1024,
    );

    const [ustav, protocol, application, estimate] = files as [
      Attachment,
      Attachment,
      Attachment,
      Attachment,
    ];
    expect(order).toEqual([application.sha256, protocol.sha256, estimate.sha256]);
    expect(result).toEqual({ fetched: order, left: 1 });
    expect(await village.db.blobs.get(ustav.sha256)).toBeUndefined();
    expect(await (await village.db.blobs.get(application.sha256))?.blob.text()).toContain(
      'Заявление Р11001',
    );
    await village.close();
    await region.delete();
  }, 30_000);
});
