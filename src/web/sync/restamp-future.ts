import { formatHlc, hlcWallMs, initialHlc, parseHlc, tickHlc } from '../../shared/sync/hlc.ts';
import type { Clocks } from '../../shared/sync/merge.ts';
import type { CollectionName } from '../../shared/model/registry.ts';
import type { OutboxRow, SopkaDb } from '../store/db.ts';
import { META, ensureClientId, readMeta, writeMeta } from '../store/meta.ts';

const STAMPED_FIELDS = ['createdAt', 'updatedAt'] as const;

const stampOf = (hlc: string) => new Date(hlcWallMs(hlc)).toISOString();

const rename = (clocks: Clocks, renamed: Map<string, string>): Clocks =>
  Object.fromEntries(Object.entries(clocks).map(([f, c]) => [f, renamed.get(c) ?? c]));

/**
 * The highest stamp the server may hold from or for this PC, leaving out the stamps about to be
 * replaced: every record clock here, and what the server acknowledged even when a later local
 * edit has since overwritten that record clock.
 */
async function highestKeptClock(db: SopkaDb, replaced: ReadonlySet<string>): Promise<string> {
  let highest = (await readMeta<string>(db, META.ackedHlc)) ?? '';
  await db.clocks.each((row) => {
    for (const clock of Object.values(row.clocks))
      if (clock > highest && !replaced.has(clock)) highest = clock;
  });
  return highest;
}

/**
 * After a `clock_ahead` refusal the device clock ran fast: every mutation of this PC stamped in
 * the future (queued, or refused and kept for a person) gets a new stamp from the corrected
 * time, in the same order and with the same mid, and the record clocks and later bases that
 * named the old stamps follow, so the resent edits are neither refused again nor mistaken for
 * concurrent ones. The new stamps follow every other clock the PC holds (another PC's may be a
 * little ahead of now): the HLC never goes down. Returns how many queued mutations it
 * re-stamped. Call inside a rw transaction over outbox, rejected, clocks, meta and the
 * collection tables.
 */
export async function restampFutureMutations(db: SopkaDb, now: number): Promise<number> {
  const queued = await db.outbox.orderBy('seq').toArray();
  const isFuture = (row: OutboxRow) => hlcWallMs(row.hlc) > now;
  const count = queued.filter(isFuture).length;
  if (count === 0) return 0;
  const refused = await db.rejected.toArray();
  const future = [...queued, ...refused].filter(isFuture).sort((a, b) => (a.hlc < b.hlc ? -1 : 1));

  const nodeId = await ensureClientId(db);
  const floor = await highestKeptClock(db, new Set(future.map((row) => row.hlc)));
  let state = floor ? { ...parseHlc(floor), nodeId } : initialHlc(nodeId);
  const renamed = new Map<string, string>();
  for (const row of future) {
    state = tickHlc(state, now);
    renamed.set(row.hlc, formatHlc(state));
  }

  for (const row of queued) {
    const restamped = restampRow(row, renamed);
    if (restamped) await db.outbox.put(restamped);
  }
  for (const row of refused) {
    const restamped = restampRow(row, renamed);
    if (restamped) await db.rejected.put(restamped);
  }
  const records = new Map(future.map((row) => [`${row.collection}:${row.recordId}`, row]));
  for (const row of records.values())
    await restampRecord(db, row.collection, row.recordId, renamed);
  await writeMeta(db, META.hlc, formatHlc(state));
  return count;
}

/** The row with its new stamp and base, or undefined when it names no replaced stamp. */
function restampRow<R extends OutboxRow>(row: R, renamed: Map<string, string>): R | undefined {
  const hlc = renamed.get(row.hlc);
  const base = rename(row.base, renamed);
  if (!hlc) {
    if (Object.values(row.base).some((c) => renamed.has(c))) return { ...row, base };
    return undefined;
  }
  const patch = { ...row.patch };
  for (const field of STAMPED_FIELDS) if (field in patch) patch[field] = stampOf(hlc);
  return { ...row, hlc, base, patch };
}

async function restampRecord(
  db: SopkaDb,
  collection: CollectionName,
  id: string,
  renamed: Map<string, string>,
): Promise<void> {
  const held = await db.clocks.get([collection, id]);
  if (!held) return;
  const clocks = rename(held.clocks, renamed);
  const table = db.records(collection);
  const data = (await table.get(id)) as Record<string, unknown> | undefined;
  if (data) {
    for (const field of STAMPED_FIELDS) {
      const clock = clocks[field];
      if (clock !== undefined && clock !== held.clocks[field]) data[field] = stampOf(clock);
    }
    await table.put(data as never);
  }
  await db.clocks.put({ ...held, clocks });
}
