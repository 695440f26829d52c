import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CopyRefusedError, copyStore } from '../../src/server/store/copy-store.ts';
import { openPgliteStore } from '../../src/server/store/pglite-store.ts';
import { openPostgresStore } from '../../src/server/store/postgres-store.ts';
import { readStoreId } from '../../src/server/store/store-identity.ts';
import type { Store } from '../../src/server/store/store.ts';
import { organization } from './helpers/fixtures.ts';
import { injectTransport, sequentialMids, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, snapshot, startTestApp } from './helpers/test-app.ts';
import { DATABASE_URL, openTestPglite, type TestStore } from './helpers/test-store.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** An empty, unmigrated store, as `migrate-store` finds a new database or data dir. */
async function emptyStore(kind: 'pglite' | 'postgres'): Promise<Store> {
  if (kind === 'postgres') {
    const schema = `sopka_move_${randomBytes(5).toString('hex')}`;
    const store = await openPostgresStore({ url: DATABASE_URL!, schema });
    cleanups.push(async () => {
      await store.query(`drop schema if exists ${schema} cascade`);
      await store.close();
    });
    return store;
  }
  const dir = await mkdtemp(join(tmpdir(), 'sopka-move-'));
  const store = await openPgliteStore(join(dir, 'pglite'));
  cleanups.push(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
  return store;
}

async function tableCounts(store: Store): Promise<Record<string, number>> {
  const tables = await store.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_name <> 'migrations' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await store.query<{ n: number }>(`select count(*)::int as n from "${name}"`);
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

// with PostgreSQL (npm run test:pg): PGlite → PostgreSQL → PGlite; without it PGlite → PGlite
const middle = DATABASE_URL ? 'postgres' : 'pglite';

describe(`migrate-store: PGlite → ${middle} → PGlite`, () => {
  let source: TestStore;
  let device: TestDevice;
  let token: string;
  let sentFirst: ReturnType<TestDevice['edit']>;

  beforeAll(async () => {
    source = await openTestPglite();
    cleanups.push(() => source.dispose());
    const server = await startTestApp(source);
    await addUser(source, 'tigil-move', 'tigil');
    token = await signIn(server.app, 'tigil-move');
    device = new TestDevice(
      injectTransport(server.app, token),
      'tigil-pc',
      Date.now,
      sequentialMids(),
    );
    for (const name of ['АНО «Берег Тигиля»', 'ТОС «Хайрюзово»', 'Община «Чавыча»']) {
      const org = organization('tigil', { name });
      const mutation = device.edit('organizations', org.id, org);
      sentFirst ??= mutation;
    }
    await device.sync();
    await server.close();
  }, 120_000);

  it('copies every row, seq and the store id, both ways, and PCs go on from their cursors', async () => {
    const before = { rows: await snapshot(source), counts: await tableCounts(source) };
    const there = await emptyStore(middle);
    const copied = await copyStore(source, there);
    expect(copied.records).toBe(before.counts.records);
    const back = await emptyStore('pglite');
    await copyStore(there, back);

    for (const store of [there, back]) {
      expect(await snapshot(store)).toBe(before.rows);
      expect(await tableCounts(store)).toEqual(before.counts);
      expect(await readStoreId(store)).toBe(await readStoreId(source));
    }

    // the same PC, the same token and cursor, now against the moved store
    const moved = await startTestApp(back);
    cleanups.push(() => moved.close());
    const pc = Object.assign(
      new TestDevice(injectTransport(moved.app, token), 'tigil-pc', Date.now, sequentialMids()),
      { cursor: device.cursor },
    );
    const newcomer = organization('tigil', { name: 'Инициативная группа «Седанка»' });
    pc.edit('organizations', newcomer.id, newcomer);
    pc.outbox.push(sentFirst); // its answer was lost before the move: sent again
    const [answer] = await pc.sync();
    expect(answer?.rejected).toEqual([]);
    expect(answer?.acks).toContain(sentFirst.mid);
    expect((await tableCounts(back)).records).toBe(before.counts.records! + 1);
    const [seqs] = await back.query<{ newest: string; before: string }>(
      `select max(seq)::text as newest,
         (select max(seq)::text from records where id <> $1) as before from records`,
      [newcomer.id],
    );
    expect(BigInt(seqs!.newest)).toBeGreaterThan(BigInt(seqs!.before));
  }, 120_000);

  it('refuses a target that already holds data, and writes nothing into it', async () => {
    const busy = await openTestPglite();
    cleanups.push(() => busy.dispose());
    const counts = await tableCounts(busy);
    await expect(copyStore(source, busy)).rejects.toBeInstanceOf(CopyRefusedError);
    expect(await tableCounts(busy)).toEqual(counts);
  });
});
