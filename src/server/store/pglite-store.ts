import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockDataDir, type DataDirLockOptions } from './data-dir-lock.ts';
import type { SqlRunner, Store } from './store.ts';

type PgliteRunner = Pick<Transaction, 'query' | 'exec'>;

function runner(db: PgliteRunner): SqlRunner {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
      // without parameters, allow several statements (migrations): the simple protocol
      if (params.length === 0) return ((await db.exec(sql)).at(-1)?.rows ?? []) as Row[];
      return (await db.query<Row>(sql, [...params])).rows;
    },
  };
}

/**
 * Embedded PostgreSQL in `dataDir`; refuses a data dir another live process holds, and waits
 * for the lock of a crashed one to go stale.
 */
export async function openPgliteStore(
  dataDir: string,
  lockOptions: DataDirLockOptions = {},
): Promise<Store> {
  const unlock = await lockDataDir(dataDir, lockOptions);
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir });
  } catch (error) {
    await unlock();
    throw error;
  }
  const direct = runner(db);
  return {
    kind: 'pglite',
    query: (sql, params) => direct.query(sql, params),
    transaction: (fn) => db.transaction((tx) => fn(runner(tx))),
    // holding the transaction mutex, so no sync is half-applied in the copy
    dump: () =>
      db._runExclusiveTransaction(async () =>
        Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer()),
      ),
    async close() {
      try {
        await db.close();
      } finally {
        await unlock();
      }
    },
  };
}

/** Fills an empty data dir from a `dump()` (a backup), holding the data-dir lock meanwhile. */
export async function loadPgliteDataDir(dataDir: string, dump: Buffer): Promise<void> {
  const unlock = await lockDataDir(dataDir);
  try {
    const db = await PGlite.create({ dataDir, loadDataDir: new Blob([new Uint8Array(dump)]) });
    await db.close();
  } finally {
    await unlock();
  }
}
