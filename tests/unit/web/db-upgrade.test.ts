import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { COLLECTION_INDEXES, SCHEMA_VERSION, SopkaDb } from '../../../src/web/store/db.ts';
import { BEREG_ID, beregTigilya } from './fixtures.ts';

const NAME = 'sopka-written-by-v1';

afterEach(() => Dexie.delete(NAME));

describe('opening a database written by the previous version', () => {
  it('keeps the organizations and the queued changes of version 1 and adds the refused-changes table', async () => {
    // version 1 had no contests or initiative versions: those tables came with version 3
    const { contests: _contests, initiativeVersions: _versions, ...v1Indexes } = COLLECTION_INDEXES;
    const v1 = new Dexie(NAME);
    v1.version(1).stores({
      ...v1Indexes,
      outbox: '++seq, &mid, collection, recordId',
      clocks: '[collection+id]',
      meta: 'key',
      blobs: 'sha256',
      session: 'key',
    });
    const organization = { id: BEREG_ID, ...beregTigilya() };
    await v1.table('organizations').put(organization);
    await v1.table('outbox').add({
      mid: '3b9f4c2a-1d6e-4f8a-9b0c-7e5d4c3b2a19',
      collection: 'organizations',
      recordId: BEREG_ID,
      patch: organization,
      hlc: '001795770000000:00000:device-1',
      base: {},
    });
    v1.close();

    const current = new SopkaDb(NAME);
    await current.open();

    expect(current.verno).toBe(SCHEMA_VERSION);
    expect(await current.records('organizations').get(BEREG_ID)).toEqual(organization);
    expect(await current.outbox.count()).toBe(1);
    expect(await current.rejected.count()).toBe(0);
    expect(await current.records('contests').count()).toBe(0);
    expect(await current.records('initiativeVersions').count()).toBe(0);
    current.close();
  });

  it('moves a scan version 3 kept for upload in a meta row into the upload queue', async () => {
    // as version 3 left it: the scan's bytes in `blobs`, its hash in meta.pendingScanUploads
    const { contests, initiativeVersions, ...v1Indexes } = COLLECTION_INDEXES;
    const written = new Dexie(NAME);
    written.version(3).stores({
      ...v1Indexes,
      outbox: '++seq, &mid, collection, recordId',
      clocks: '[collection+id]',
      meta: 'key',
      blobs: 'sha256',
      session: 'key',
      rejected: 'mid, collection, recordId',
      contests,
      initiativeVersions,
    });
    const sha256 = 'a'.repeat(64);
    const scan = new Blob(['JPEG протокол собрания'], { type: 'image/jpeg' });
    await written.table('blobs').put({ sha256, blob: scan });
    await written.table('meta').put({ key: 'pendingScanUploads', value: [sha256] });
    written.close();

    const current = new SopkaDb(NAME);
    await current.open();

    expect(await current.uploads.toArray()).toMatchObject([
      { sha256, name: 'scan-1', attempts: 0 },
    ]);
    expect(await current.meta.get('pendingScanUploads')).toBeUndefined();
    current.close();
  });
});
