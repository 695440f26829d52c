import { db as appDb, type SopkaDb } from '../store/db.ts';
import { clearFormDrafts } from '../store/form-drafts.ts';
import { clearWholeJournal } from '../store/input-journal.ts';
import { forgetStorageCanary } from '../store/storage-canary.ts';

/** Work that exists only on this computer: queued changes, refused ones, and unsent files. */
export async function unsentChanges(db: SopkaDb = appDb): Promise<number> {
  const [queued, refused, files] = await Promise.all([
    db.outbox.count(),
    db.rejected.count(),
    db.uploads.count(),
  ]);
  return queued + refused + files;
}

export type WipeResult = { ok: true } | { ok: false; unsent: number };

/**
 * «Удалить данные этого центра с компьютера»: empties every local table, and refuses while
 * any change exists only here. The caller reloads the page afterwards.
 */
export async function wipeCentreData(db: SopkaDb = appDb): Promise<WipeResult> {
  // count and clear in one rw transaction: a change saved meanwhile lands wholly before it
  // (and is counted) or after it (and is kept); deleting the database could not promise that
  return db
    .transaction('rw', db.tables, async (): Promise<WipeResult> => {
      const unsent = await unsentChanges(db);
      if (unsent > 0) return { ok: false, unsent };
      await Promise.all(db.tables.map((table) => table.clear()));
      clearWholeJournal(); // unsaved input holds the centre's personal data too
      clearFormDrafts();
      return { ok: true };
    })
    .then((result) => {
      // emptied on purpose: the next start must not report the data as lost
      if (result.ok) forgetStorageCanary(db);
      return result;
    });
}
