import {
  collectionSpec,
  isCollectionName,
  type CollectionName,
} from '../../shared/model/registry.ts';
import type { Clocks, RecordData } from '../../shared/sync/merge.ts';
import type { Change, RepairRequest, RepairResponse } from '../../shared/sync/protocol.ts';
import type { Reader } from '../../shared/sync/scope.ts';
import type { SopkaDb } from '../store/db.ts';
import { nextMutationId } from '../store/meta.ts';
import { advanceRepair } from './repair-queue.ts';

/** A value this PC may send for the field: its role writes the collection, the field is the client's. */
function writable(collection: CollectionName, field: string, reader: Reader): boolean {
  const spec = collectionSpec(collection);
  if (!spec.writers.includes(reader.role)) return false;
  if (spec.clientFields) return spec.clientFields.includes(field);
  return !spec.serverOwned.includes(field);
}

/** Local ids the page speaks for: the named ones, or the id range (after, page.after]. */
async function idsInRange(
  db: SopkaDb,
  collection: CollectionName,
  sent: RepairRequest,
  page: RepairResponse,
): Promise<string[]> {
  if (sent.ids) return sent.ids;
  const keys = (await db.records(collection).toCollection().primaryKeys()) as string[];
  const low = sent.after ?? '';
  return keys.filter((id) => id > low && (page.done || page.after === null || id <= page.after));
}

/** Clocks of this PC's own edits still queued or refused: not the server's to have yet. */
async function pendingClocks(db: SopkaDb, id: string): Promise<Set<string>> {
  const [queued, refused] = await Promise.all([
    db.outbox.where('recordId').equals(id).toArray(),
    db.rejected.where('recordId').equals(id).toArray(),
  ]);
  return new Set([...queued, ...refused].map((row) => row.hlc));
}

/**
 * A repair page: the server's records are merged like any change (by the caller), then every
 * value this PC holds with a newer clock than the server's, that is not on its way already, is
 * sent again — e.g. acked edits a server restored from an older backup no longer has.
 * A record the server lacks entirely goes as one mutation at its newest clock (a new record
 * must be whole); otherwise each clock's fields go with their own clock, so nothing is re-dated.
 * Call inside the response's rw transaction; returns how many mutations were queued.
 */
export async function resendWhatServerLacks(
  db: SopkaDb,
  sent: RepairRequest,
  page: RepairResponse,
  reader: Reader,
): Promise<number> {
  await advanceRepair(db, page.after, page.done);
  if (!isCollectionName(page.collection)) return 0;
  const collection = page.collection;
  const server = new Map<string, Change>(page.records.map((record) => [record.id, record]));
  let queued = 0;
  for (const id of await idsInRange(db, collection, sent, page)) {
    const data = (await db.records(collection).get(id)) as RecordData | undefined;
    const held = (await db.clocks.get([collection, id]))?.clocks;
    if (!data || !held) continue;
    const centreId = (data.centreId as string | null | undefined) ?? null;
    if (reader.role === 'staff' && centreId !== reader.centreId) continue;
    const remote = server.get(id);
    // a record the client may only partly write (a conflict) cannot be rebuilt from here
    if (!remote && collectionSpec(collection).clientFields) continue;
    const theirs: Clocks = remote?.clocks ?? {};
    const pending = await pendingClocks(db, id);
    const lacking = Object.keys(held).filter((field) => {
      const clock = held[field] ?? '';
      return (
        clock > (theirs[field] ?? '') && !pending.has(clock) && writable(collection, field, reader)
      );
    });
    if (lacking.length === 0) continue;
    const groups = remote ? byClock(held, lacking) : wholeRecord(held, lacking);
    const base: Clocks = { ...theirs };
    for (const [hlc, fields] of groups) {
      const patch = Object.fromEntries(fields.map((field) => [field, data[field] ?? null]));
      const previous = Object.fromEntries(fields.map((f) => [f, remote?.data[f] ?? null]));
      await db.outbox.add({
        mid: await nextMutationId(db),
        collection,
        recordId: id,
        patch,
        hlc,
        base: { ...base },
        previous,
      });
      for (const field of fields) base[field] = hlc;
      queued++;
    }
    if (!remote) await db.clocks.put({ collection, id, clocks: { ...held, ...base } });
  }
  return queued;
}

function byClock(held: Clocks, fields: string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const field of fields) {
    const clock = held[field] ?? '';
    groups.set(clock, [...(groups.get(clock) ?? []), field]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
}

function wholeRecord(held: Clocks, fields: string[]): [string, string[]][] {
  const newest =
    fields
      .map((field) => held[field] ?? '')
      .sort()
      .at(-1) ?? '';
  return [[newest, fields]];
}
