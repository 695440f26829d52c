import { LOCKS, type Store } from './store.ts';
import { MIGRATIONS } from './migrations.ts';

/** Applies pending migrations in one transaction; the lock lets several processes start at once. */
export async function migrate(store: Store): Promise<number[]> {
  return store.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [LOCKS.migrate]);
    await tx.query(`create table if not exists migrations (
      id int primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const done = new Set(
      (await tx.query<{ id: number }>('select id from migrations')).map((row) => row.id),
    );
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.id)) continue;
      await tx.query(migration.sql);
      await tx.query('insert into migrations (id, name) values ($1, $2)', [
        migration.id,
        migration.name,
      ]);
      applied.push(migration.id);
    }
    return applied;
  });
}
