import { formatHlc, hlcWallMs, initialHlc, tickHlc, type HlcState } from '../../shared/sync/hlc.ts';
import type { Clocks } from '../../shared/sync/merge.ts';
import type { OutboxRow, SopkaDb } from '../store/db.ts';
import { META, ensureClientId, writeMeta } from '../store/meta.ts';

const STAMPED_FIELDS = ['createdAt', 'updatedAt'] as const;

const rename = (clocks: Clocks, renamed: Map<string, string>): Clocks =>
  Object.fromEntries(Object.entries(clocks).map(([f, c]) => [f, renamed.get(c) ?? c]));

/**
 * After a `clock_ahead` refusal the device clock ran fast: every queued mutation stamped in
 * the future gets a new stamp from the corrected time, in the same order and with the same
 * mid, and the record clocks and later bases that named the old stamps follow, so the resent
 * edits are neither refused again nor mistaken for concurrent ones. Call inside a rw
 * transaction over outbox, clocks, meta and the collection tables.
 */
export async function restampFutureMutations(db: SopkaDb, now: number): Promise<number> {
  const rows = await db.outbox.orderBy('seq').toArray();
  const future = rows.filter((row) => hlcWallMs(row.hlc) > now);
  if (future.length === 0) return 0;
  let state: HlcState = initialHlc(await ensureClientId(db));
  const renamed = new Map<string, string>();
  for (const row of future) {
    state = tickHlc(state, now);
    renamed.set(row.hlc, formatHlc(state));
  }
  for (const row of rows) await restampRow(db, row, renamed);
  await writeMeta(db, META.hlc, formatHlc(state));
  return future.length;
}

async function restampRow(db: SopkaDb, row: OutboxRow, renamed: Map<string, string>) {
  const hlc = renamed.get(row.hlc);
  const base = rename(row.base, renamed);
  if (!hlc) {
    if (Object.values(row.base).some((c) => renamed.has(c))) await db.outbox.put({ ...row, base });
    return;
  }
  const stamp = new Date(hlcWallMs(hlc)).toISOString();
  const patch = { ...row.patch };
  for (const field of STAMPED_FIELDS) if (field in patch) patch[field] = stamp;
  await db.outbox.put({ ...row, hlc, base, patch });

  const held = await db.clocks.get([row.collection, row.recordId]);
  if (!held) return;
  const table = db.records(row.collection);
  const data = (await table.get(row.recordId)) as Record<string, unknown> | undefined;
  if (data) {
    for (const field of STAMPED_FIELDS)
      if (field in patch && held.clocks[field] === row.hlc) data[field] = stamp;
    await table.put(data as never);
  }
  await db.clocks.put({ ...held, clocks: rename(held.clocks, renamed) });
}
