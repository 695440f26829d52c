import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoreId } from '../../src/server/store/store-identity.ts';
import { noteWatermark, renewIfRestored } from '../../src/server/store/store-watermark.ts';
import { organization } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

describe('a store restored from an older backup is noticed at start', () => {
  let store: TestStore;
  let server: TestApp;
  let dir: string;
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    dir = await mkdtemp(join(tmpdir(), 'sopka-watermark-'));
    await addUser(store, 'tigil-watermark', 'tigil');
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the store id across ordinary restarts and renews it after a restore', async () => {
    const file = join(dir, 'store-watermark.json');
    const pc = new TestDevice(
      injectTransport(server.app, await signIn(server.app, 'tigil-watermark')),
      'tigil-watermark-pc',
    );
    const first = organization('tigil');
    pc.edit('organizations', first.id, first);
    await pc.sync();
    await store.query(`create table backup_records as select * from records`);
    const second = organization('tigil', { name: 'ТОС «Северный»' });
    pc.edit('organizations', second.id, second);
    await pc.sync();
    const id = await readStoreId(store);

    expect(await renewIfRestored(store, file)).toBe(false);
    expect(await readStoreId(store)).toBe(id);

    // the administrator restores last week's backup over the running data
    await store.query(`delete from records; insert into records select * from backup_records;
      select setval('change_seq', (select max(seq) from records))`);
    expect(await renewIfRestored(store, file)).toBe(true);
    expect(await readStoreId(store)).not.toBe(id);

    await noteWatermark(store, file);
    expect(await renewIfRestored(store, file)).toBe(false);
  });
});
