import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizationNo } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { DATABASE_URL, openTestPostgres, type TestStore } from './helpers/test-store.ts';

const WRITERS = 4;
const BATCHES = 8;
const PER_BATCH = 25;

describe.skipIf(!DATABASE_URL)(
  'several server processes on one PostgreSQL (needs DATABASE_URL)',
  () => {
    const schema = `sopka_t_multi_${randomBytes(4).toString('hex')}`;
    const stores: TestStore[] = [];
    const servers: TestApp[] = [];
    let token = '';
    beforeAll(async () => {
      // three app instances, each with its own pool, clock and node id, sharing one schema
      for (let i = 0; i < 3; i++) {
        const store = await openTestPostgres(schema, 4);
        stores.push(store);
        servers.push(await startTestApp(store));
      }
      await addUser(stores[0] as TestStore, 'tigil', 'tigil');
      token = await signIn((servers[0] as TestApp).app, 'tigil');
    });
    afterAll(async () => {
      for (const server of servers) await server.close();
      for (const store of stores.slice(1)) await store.close();
      await stores[0]?.dispose();
    });

    const deviceOn = (i: number, name: string) =>
      new TestDevice(injectTransport((servers[i % servers.length] as TestApp).app, token), name);

    it('readers pulling while writers commit concurrently miss no change', async () => {
      const writers = Array.from({ length: WRITERS }, (_, i) => deviceOn(i, `writer${i}`));
      const readers = Array.from({ length: 3 }, (_, i) => deviceOn(i + 1, `reader${i}`));
      let writing = true;
      const written = new Set<string>();

      const write = async (device: TestDevice, w: number) => {
        for (let b = 0; b < BATCHES; b++) {
          for (let n = 0; n < PER_BATCH; n++) {
            const org = organizationNo('tigil', w * 10_000 + b * 100 + n);
            written.add(org.id);
            device.edit('organizations', org.id, org);
          }
          await device.sync();
        }
      };
      const read = async (device: TestDevice) => {
        while (writing) await device.syncOnce();
        await device.sync();
      };
      const readLoops = readers.map(read);
      await Promise.all(writers.map(write));
      writing = false;
      await Promise.all(readLoops);

      expect(written.size).toBe(WRITERS * BATCHES * PER_BATCH);
      for (const reader of readers) {
        const ids = new Set(
          [...reader.records.keys()]
            .filter((k) => k.startsWith('organizations/'))
            .map((k) => k.split('/')[1]),
        );
        expect([...written].filter((id) => !ids.has(id))).toEqual([]);
      }
    });

    it('clients on different instances editing the same records converge', async () => {
      const a = deviceOn(0, 'library-pc');
      const b = deviceOn(1, 'laptop');
      await Promise.all([a.sync(), b.sync()]);
      const shared = [...a.records.keys()]
        .filter((k) => k.startsWith('organizations/'))
        .slice(0, 40)
        .map((k) => k.split('/')[1] ?? '');
      const rounds = async (device: TestDevice, label: string) => {
        for (let round = 0; round < 5; round++) {
          for (const id of shared)
            device.edit('organizations', id, {
              notes: `${label}: правка ${round}`,
              phone: `+7 914 ${label.length}${round}0-00-00`,
            });
          await device.sync();
        }
      };
      await Promise.all([rounds(a, 'библиотека'), rounds(b, 'ноутбук')]);
      await a.sync();
      await b.sync();
      await a.sync();
      for (const id of shared)
        expect(a.record('organizations', id)).toEqual(b.record('organizations', id));
      const server = await (stores[2] as TestStore).query<{
        id: string;
        data: Record<string, unknown>;
      }>(`select id::text as id, data from records where collection = 'organizations'`);
      for (const row of server.filter((r) => shared.includes(r.id)))
        expect(a.record('organizations', row.id)).toEqual(row.data);
    });
  },
);
