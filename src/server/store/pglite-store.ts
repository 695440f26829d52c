import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.ts';
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

/** Embedded PostgreSQL in `dataDir`; refuses a data dir another live process holds. */
export async function openPgliteStore(dataDir: string): Promise<Store> {
  const unlock = await lockDataDir(`${dataDir}.lock`);
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
    async close() {
      try {
        await db.close();
      } finally {
        await unlock();
      }
    },
  };
}
