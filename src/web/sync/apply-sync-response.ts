import { IMMUTABLE_FIELDS } from '../../shared/model/common.ts';
import { isCollectionName } from '../../shared/model/registry.ts';
import { formatHlc, initialHlc, parseHlc, receiveHlc } from '../../shared/sync/hlc.ts';
import { mergeState } from '../../shared/sync/merge.ts';
import type { Change, SyncResponse } from '../../shared/sync/protocol.ts';
import type { OutboxRow, SopkaDb } from '../store/db.ts';
import { META, ensureClientId, readMeta, writeMeta } from '../store/meta.ts';
import { restampFutureMutations } from './restamp-future.ts';

export interface AppliedRound {
  acked: number;
  rejected: number;
  restamped: number;
  received: number;
}

/** Merges one incoming record field by field: a pending local edit has the newer clock and stays. */
async function mergeChange(db: SopkaDb, change: Change): Promise<void> {
  // a collection from a newer server: this version cannot show it; the cursor still moves on
  if (!isCollectionName(change.collection)) return;
  const table = db.records(change.collection);
  const key: [string, string] = [change.collection, change.id];
  const data = (await table.get(change.id)) as Record<string, unknown> | undefined;
  const clocks = (await db.clocks.get(key))?.clocks ?? {};
  const merged = mergeState({ data: data ?? {}, clocks }, change);
  // merge reads null as "absent"; a global record's centreId is null and must stay
  for (const field of IMMUTABLE_FIELDS)
    if (!(field in merged.data) && field in change.data) merged.data[field] = change.data[field];
  await table.put(merged.data as never);
  await db.clocks.put({ collection: change.collection, id: change.id, clocks: merged.clocks });
}

/**
 * Everything a response brings, in ONE transaction: acks leave the outbox, refusals move to
 * `rejected` with the server's message, a fast clock is corrected and its mutations re-stamped,
 * incoming changes merge into the records, and the HLC and cursor move on.
 */
export async function applySyncResponse(
  db: SopkaDb,
  sent: readonly OutboxRow[],
  response: SyncResponse,
  clockOffsetMs: number,
): Promise<AppliedRound> {
  return db.transaction('rw', db.tables, async () => {
    await writeMeta(db, META.clockOffsetMs, clockOffsetMs);
    const now = Date.now() + clockOffsetMs;
    await db.outbox.where('mid').anyOf(response.acks).delete();

    const sentByMid = new Map(sent.map((row) => [row.mid, row]));
    const rejectedAt = new Date(now).toISOString();
    let rejected = 0;
    let clockAhead = false;
    for (const refusal of response.rejected) {
      const row = sentByMid.get(refusal.mid);
      if (!row) continue;
      if (refusal.code === 'clock_ahead') {
        clockAhead = true;
        continue;
      }
      await db.rejected.put({ ...row, code: refusal.code, message: refusal.message, rejectedAt });
      await db.outbox.where('mid').equals(row.mid).delete();
      rejected++;
    }
    const restamped = clockAhead ? await restampFutureMutations(db, now) : 0;

    if (response.changes.length > 0) {
      const held = await readMeta<string>(db, META.hlc);
      let hlc = held ? parseHlc(held) : initialHlc(await ensureClientId(db));
      for (const change of response.changes) {
        await mergeChange(db, change);
        for (const clock of Object.values(change.clocks)) hlc = receiveHlc(hlc, clock, now);
      }
      await writeMeta(db, META.hlc, formatHlc(hlc));
    }
    if (response.cursor !== null) await writeMeta(db, META.cursor, response.cursor);
    return { acked: response.acks.length, rejected, restamped, received: response.changes.length };
  });
}
