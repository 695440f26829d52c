import { formatHlc, parseHlc } from '../../shared/sync/hlc.ts';
import { randomMutationIdPrefix } from '../../shared/sync/mutation-id.ts';
import type { SopkaDb } from '../store/db.ts';
import { META, nextMutationId, readMeta, writeMeta } from '../store/meta.ts';

/**
 * The server refused a mutation id that another device already used (a PC cloned from one
 * disk image): this PC takes a new identity and gives every queued mutation a fresh id, in the
 * same order, so they are applied instead of being taken for the other device's. Call inside
 * a rw transaction over outbox and meta.
 */
export async function renewDeviceIdentity(db: SopkaDb): Promise<void> {
  const clientId = crypto.randomUUID();
  await writeMeta(db, META.clientId, clientId);
  await writeMeta(db, META.mutationIdPrefix, randomMutationIdPrefix());
  await writeMeta(db, META.mutationIdCounter, 0);
  const held = await readMeta<string>(db, META.hlc);
  if (held) await writeMeta(db, META.hlc, formatHlc({ ...parseHlc(held), nodeId: clientId }));
  const rows = await db.outbox.orderBy('seq').toArray();
  for (const row of rows) await db.outbox.update(row.seq ?? 0, { mid: await nextMutationId(db) });
}
