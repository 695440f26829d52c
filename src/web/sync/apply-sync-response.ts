import { IMMUTABLE_FIELDS } from '../../shared/model/common.ts';
import { isCollectionName } from '../../shared/model/registry.ts';
import {
  formatHlc,
  initialHlc,
  parseHlc,
  receiveHlc,
  type HlcState,
} from '../../shared/sync/hlc.ts';
import { mergeState } from '../../shared/sync/merge.ts';
import type { Change, SyncRequest, SyncResponse } from '../../shared/sync/protocol.ts';
import type { Reader } from '../../shared/sync/scope.ts';
import type { OutboxRow, SopkaDb } from '../store/db.ts';
import { META, ensureClientId, readMeta, writeMeta } from '../store/meta.ts';
import { resendWhatServerLacks } from './apply-repair-page.ts';
import { enqueueRepair } from './repair-queue.ts';
import { renewDeviceIdentity } from './renew-device-identity.ts';
import { restampFutureMutations } from './restamp-future.ts';
import { recordVerification } from './verification.ts';

export interface AppliedRound {
  acked: number;
  rejected: number;
  /** Mutations re-stamped after the clock was found fast. */
  restamped: number;
  /** Mutations queued again: renumbered after a reused id, or re-sent by a repair. */
  requeued: number;
  received: number;
  /** The store is new or restored: the next round pulls from the start. */
  resync: boolean;
}

/** Merges one incoming record field by field: a pending local edit has the newer clock and stays. */
export async function mergeChange(db: SopkaDb, change: Change): Promise<void> {
  // a collection from a newer server: this version cannot show it; the check after the
  // upgrade finds the collection differs and re-pulls it
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

async function mergeAll(db: SopkaDb, changes: readonly Change[], now: number): Promise<void> {
  if (changes.length === 0) return;
  const held = await readMeta<string>(db, META.hlc);
  let hlc: HlcState = held ? parseHlc(held) : initialHlc(await ensureClientId(db));
  for (const change of changes) {
    await mergeChange(db, change);
    for (const clock of Object.values(change.clocks)) hlc = receiveHlc(hlc, clock, now);
  }
  await writeMeta(db, META.hlc, formatHlc(hlc));
}

/** Keeps the highest stamp the server took: its record clock may be overwritten here later. */
async function noteAckedStamps(
  db: SopkaDb,
  acks: readonly string[],
  sent: readonly OutboxRow[],
): Promise<void> {
  const acked = new Set(acks);
  let highest = (await readMeta<string>(db, META.ackedHlc)) ?? '';
  for (const row of sent) if (acked.has(row.mid) && row.hlc > highest) highest = row.hlc;
  if (highest) await writeMeta(db, META.ackedHlc, highest);
}

/** A new store id, or a cursor the store never reached: pull everything again and check. */
async function followStore(db: SopkaDb, response: SyncResponse): Promise<boolean> {
  const known = await readMeta<string>(db, META.storeId);
  if (response.storeId !== undefined) await writeMeta(db, META.storeId, response.storeId);
  const replaced =
    known !== undefined && response.storeId !== undefined && known !== response.storeId;
  if (!replaced && !response.cursorAhead) return false;
  await writeMeta(db, META.cursor, null);
  await writeMeta(db, META.checkDue, true);
  return true;
}

/**
 * Everything a response brings, in ONE transaction: acks leave the outbox, refusals move to
 * `rejected` with the server's message, a fast clock is corrected and its mutations re-stamped,
 * incoming changes merge into the records, a repair page is compared, the self-check is noted,
 * and the HLC and cursor move on.
 */
export async function applySyncResponse(
  db: SopkaDb,
  request: Pick<SyncRequest, 'repair' | 'digest'>,
  sent: readonly OutboxRow[],
  response: SyncResponse,
  clockOffsetMs: number,
  reader: Reader | null,
): Promise<AppliedRound> {
  return db.transaction('rw', db.tables, async () => {
    await writeMeta(db, META.clockOffsetMs, clockOffsetMs);
    const now = Date.now() + clockOffsetMs;
    await db.outbox.where('mid').anyOf(response.acks).delete();
    await noteAckedStamps(db, response.acks, sent);

    const sentByMid = new Map(sent.map((row) => [row.mid, row]));
    const rejectedAt = new Date(now).toISOString();
    let rejected = 0;
    let clockAhead = false;
    let midReused = false;
    for (const refusal of response.rejected) {
      const row = sentByMid.get(refusal.mid);
      if (!row) continue;
      if (refusal.code === 'clock_ahead') clockAhead = true;
      if (refusal.code === 'mid_reused') midReused = true;
      if (refusal.code === 'clock_ahead' || refusal.code === 'mid_reused') continue;
      await db.rejected.put({ ...row, code: refusal.code, message: refusal.message, rejectedAt });
      await db.outbox.where('mid').equals(row.mid).delete();
      rejected++;
    }
    const restamped = clockAhead ? await restampFutureMutations(db, now) : 0;
    let requeued = 0;
    if (midReused) {
      await renewDeviceIdentity(db);
      requeued += await db.outbox.count();
    }

    await mergeAll(db, [...response.changes, ...(response.repair?.records ?? [])], now);
    if (request.repair && response.repair && reader)
      requeued += await resendWhatServerLacks(db, request.repair, response.repair, reader);
    // a server without repair pages: nothing to wait for
    else if (request.repair) await writeMeta(db, META.repairQueue, []);
    if (request.digest && response.digest?.checked) {
      const at = new Date(now).toISOString();
      const toRepair = await recordVerification(db, response.digest.mismatched, at);
      await enqueueRepair(
        db,
        toRepair.map((collection) => ({ collection, after: null })),
      );
    }
    const resync = await followStore(db, response);
    if (!resync && response.cursor !== null) await writeMeta(db, META.cursor, response.cursor);
    return {
      acked: response.acks.length,
      rejected,
      restamped,
      requeued,
      received: response.changes.length + (response.repair?.records.length ?? 0),
      resync,
    };
  });
}
