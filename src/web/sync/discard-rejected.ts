import { IMMUTABLE_FIELDS } from '../../shared/model/common.ts';
import type { Clocks } from '../../shared/sync/merge.ts';
import type { OutboxRow, RejectedRow, SopkaDb } from '../store/db.ts';
import { enqueueRepair } from './repair-queue.ts';

const KEY_FIELDS: readonly string[] = IMMUTABLE_FIELDS;

/**
 * Discards a change the server refused: the fields it wrote go back to the values and clocks
 * they had before it, as long as no later local edit has replaced them; a record the refused
 * change created disappears. A later edit made over it (queued or refused too) now stands on
 * what the discarded change stood on, so discarding in any order ends where the server is.
 * Not a new write: the server never held the refused values, so nothing goes to the outbox.
 */
export async function discardRejected(db: SopkaDb, mid: string): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const row = await db.rejected.get(mid);
    if (!row) return;
    await db.rejected.delete(mid);
    await revertFields(db, row);
    await spliceOut(db, row);
    // the server's value may have moved on while the refused one stood here: fetch it again
    await enqueueRepair(db, [{ collection: row.collection, after: null, ids: [row.recordId] }]);
  });
}

function setClock(clocks: Clocks, field: string, clock: string | undefined): void {
  if (clock === undefined) delete clocks[field];
  else clocks[field] = clock;
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
    setClock(clocks, field, row.base[field]);
    const before = row.previous?.[field] ?? null;
    // a record stays addressable while a later refused edit still shows in it
    if (KEY_FIELDS.includes(field) && before === null) continue;
    if (before === null) delete data[field];
    else data[field] = before;
  }
  if (Object.keys(clocks).length === 0) {
    await table.delete(row.recordId);
    await db.clocks.delete(key);
    return;
  }
  await table.put(data as never);
  await db.clocks.put({ ...held, clocks });
}

/** Later changes of the record that saw the discarded one's fields inherit what it had seen. */
async function spliceOut(db: SopkaDb, row: RejectedRow): Promise<void> {
  const sameRecord = (other: OutboxRow) => other.collection === row.collection;
  const [refused, queued] = await Promise.all([
    db.rejected.where('recordId').equals(row.recordId).filter(sameRecord).toArray(),
    db.outbox.where('recordId').equals(row.recordId).filter(sameRecord).toArray(),
  ]);
  for (const later of refused) {
    const spliced = inherit(later, row);
    if (spliced) await db.rejected.put(spliced);
  }
  for (const later of queued) {
    const spliced = inherit(later, row);
    if (spliced) await db.outbox.put(spliced);
  }
}

function inherit<R extends OutboxRow>(later: R, discarded: RejectedRow): R | undefined {
  const fields = Object.keys(discarded.patch).filter(
    (field) => later.base[field] === discarded.hlc,
  );
  if (fields.length === 0) return undefined;
  const base = { ...later.base };
  const previous = { ...later.previous };
  for (const field of fields) {
    setClock(base, field, discarded.base[field]);
    if (field in later.patch) previous[field] = discarded.previous?.[field] ?? null;
  }
  return { ...later, base, previous };
}
