import type { RejectedRow, SopkaDb } from '../store/db.ts';

/**
 * Discards a change the server refused: the fields it wrote go back to the values and clocks
 * they had before it, as long as no later local edit has replaced them; a record the refused
 * change created disappears. Not a new write: the server never held the refused values, so
 * nothing goes to the outbox.
 */
export async function discardRejected(db: SopkaDb, mid: string): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const row = await db.rejected.get(mid);
    if (!row) return;
    await db.rejected.delete(mid);
    await revertFields(db, row);
  });
}

async function revertFields(db: SopkaDb, row: RejectedRow): Promise<void> {
  const key: [string, string] = [row.collection, row.recordId];
  const table = db.records(row.collection);
  const held = await db.clocks.get(key);
  const data = (await table.get(row.recordId)) as Record<string, unknown> | undefined;
  if (!held || !data) return;
  const clocks = { ...held.clocks };
  for (const field of Object.keys(row.patch)) {
    if (clocks[field] !== row.hlc) continue; // a later edit owns this field now
    const before = row.previous?.[field] ?? null;
    if (before === null) delete data[field];
    else data[field] = before;
    const baseClock = row.base[field];
    if (baseClock === undefined) delete clocks[field];
    else clocks[field] = baseClock;
  }
  if (Object.keys(clocks).length === 0) {
    await table.delete(row.recordId);
    await db.clocks.delete(key);
    return;
  }
  await table.put(data as never);
  await db.clocks.put({ ...held, clocks });
}
