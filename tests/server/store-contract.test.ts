import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirBusyError } from '../../src/server/store/data-dir-lock.ts';
import { migrate } from '../../src/server/store/migrate.ts';
import { MIGRATIONS } from '../../src/server/store/migrations.ts';
import { openPgliteStore } from '../../src/server/store/pglite-store.ts';
import { LOCKS } from '../../src/server/store/store.ts';
import {
  DATABASE_URL,
  openTestPglite,
  openTestPostgres,
  type TestStore,
} from './helpers/test-store.ts';

/** One contract, every implementation: the sync code is written once over it. */
function storeContract(open: () => Promise<TestStore>) {
  let store: TestStore;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(() => store.dispose());

  it('is migrated, and migrating again applies nothing', async () => {
    expect(await migrate(store)).toEqual([]);
    const rows = await store.query<{ id: number }>('select id from migrations order by id');
    expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
  });

  it('returns seq as text and counts as numbers when cast in SQL', async () => {
    const rows = await store.query<{ seq: string; n: number }>(
      `select nextval('change_seq')::text as seq, (select count(*) from records)::int as n`,
    );
    expect(typeof rows[0]?.seq).toBe('string');
    expect(rows[0]?.n).toBe(0);
  });

  it('keeps jsonb as it was written: Russian text, arrays, nested nulls', async () => {
    const data = {
      name: 'АНО «Берег Тигиля»',
      tags: ['гранты', 'устав'],
      contact: { phone: null },
    };
    await store.query(
      `insert into records (collection, id, centre_id, data, clocks, seq)
       values ('organizations', gen_random_uuid(), null, $1::jsonb, '{}'::jsonb, nextval('change_seq'))`,
      [JSON.stringify(data)],
    );
    const rows = await store.query<{ data: unknown }>(
      `select data from records where data->>'name' = $1`,
      ['АНО «Берег Тигиля»'],
    );
    expect(rows[0]?.data).toEqual(data);
  });

  it('commits a transaction and rolls back one that throws', async () => {
    await store.transaction((tx) =>
      tx.query(`insert into applied_mutations (mid, client_id) values (gen_random_uuid(), 'kept')`),
    );
    await expect(
      store.transaction(async (tx) => {
        await tx.query(
          `insert into applied_mutations (mid, client_id) values (gen_random_uuid(), 'lost')`,
        );
        throw new Error('сбой посреди записи');
      }),
    ).rejects.toThrow('сбой посреди записи');
    const rows = await store.query<{ clientId: string }>(
      `select client_id as "clientId" from applied_mutations order by client_id`,
    );
    expect(rows.map((r) => r.clientId)).toEqual(['kept']);
  });

  it('runs transactions that take the sync lock one after another', async () => {
    const order: string[] = [];
    const writer = (name: string, pause: number) =>
      store.transaction(async (tx) => {
        await tx.query('select pg_advisory_xact_lock($1)', [LOCKS.sync]);
        order.push(`${name}:start`);
        await new Promise((resolve) => setTimeout(resolve, pause));
        order.push(`${name}:end`);
      });
    await Promise.all([writer('a', 50), writer('b', 0)]);
    expect(order).toEqual(['a:start', 'a:end', 'b:start', 'b:end']);
  });
}

describe('store contract on PGlite', () => storeContract(openTestPglite));

describe.skipIf(!DATABASE_URL)('store contract on PostgreSQL (needs DATABASE_URL)', () =>
  storeContract(() => openTestPostgres()),
);

describe('PGlite data dir lock', () => {
  let parent: string;
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'sopka-lock-'));
  });
  afterAll(() => rm(parent, { recursive: true, force: true }));

  it('refuses a data dir another live process holds, and frees it on close', async () => {
    const dir = join(parent, 'pglite');
    const first = await openPgliteStore(dir);
    await expect(openPgliteStore(dir)).rejects.toBeInstanceOf(DataDirBusyError);
    await first.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    const again = await openPgliteStore(dir);
    await again.close();
  }, 90_000);

  it('takes over a lock left by a process that died', async () => {
    const dir = join(parent, 'pglite');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    await writeFile(`${dir}.lock`, dead.stdout.toString());
    const store = await openPgliteStore(dir);
    await store.close();
  });
});
