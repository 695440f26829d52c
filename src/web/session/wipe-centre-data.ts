import { db as appDb, type SopkaDb } from '../store/db.ts';

/** Changes that exist only on this computer: queued ones and ones the server refused. */
export async function unsentChanges(db: SopkaDb = appDb): Promise<number> {
  const [queued, refused] = await Promise.all([db.outbox.count(), db.rejected.count()]);
  return queued + refused;
}

export type WipeResult = { ok: true } | { ok: false; unsent: number };

/**
 * «Удалить данные этого центра с компьютера»: deletes the whole local database, and refuses
 * while any change exists only here. The caller reloads the page afterwards.
 */
export async function wipeCentreData(db: SopkaDb = appDb): Promise<WipeResult> {
  const unsent = await unsentChanges(db);
  if (unsent > 0) return { ok: false, unsent };
  await db.delete({ disableAutoOpen: false });
  return { ok: true };
}
