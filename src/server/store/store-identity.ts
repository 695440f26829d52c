import type { SqlRunner } from './store.ts';

/** The id migration 2 gave this store; a new database (or a restore that renews it) has another. */
export async function readStoreId(db: SqlRunner): Promise<string> {
  const rows = await db.query<{ value: string }>(
    `select value from store_meta where key = 'store_id'`,
  );
  const id = rows[0]?.value;
  if (!id) throw new Error('store_meta has no store_id: the store is not migrated');
  return id;
}

/** Highest field clock the store holds: the server's clock starts past it after a restart. */
export async function highestStoredClock(db: SqlRunner): Promise<string | undefined> {
  const rows = await db.query<{ hlc: string | null }>(
    `select max(c.value) as hlc from records r, jsonb_each_text(r.clocks) as c(key, value)`,
  );
  return rows[0]?.hlc ?? undefined;
}

/** Gives the store a new id: every PC then re-pulls from the start and re-sends what it lacks. */
export async function renewStoreId(db: SqlRunner): Promise<string> {
  const rows = await db.query<{ value: string }>(
    `update store_meta set value = gen_random_uuid()::text where key = 'store_id' returning value`,
  );
  const id = rows[0]?.value;
  if (!id) throw new Error('store_meta has no store_id: the store is not migrated');
  return id;
}
