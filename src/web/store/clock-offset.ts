import { clockOffsetMs } from './corrected-now.ts';
import { db as appDb, type SopkaDb } from './db.ts';
import { META, readMeta } from './meta.ts';

/** Reads the offset the last sync measured, so correctedNow() is right from the start. */
export async function loadClockOffset(db: SopkaDb = appDb): Promise<number> {
  try {
    clockOffsetMs.value = (await readMeta<number>(db, META.clockOffsetMs)) ?? 0;
  } catch {
    // a database that cannot open shows its own message; the PC's clock is used meanwhile
  }
  return clockOffsetMs.value;
}
