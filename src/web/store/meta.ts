import { formatMutationId, randomMutationIdPrefix } from '../../shared/sync/mutation-id.ts';
import type { SopkaDb } from './db.ts';

/** Keys of the `meta` table. */
export const META = {
  clientId: 'clientId',
  hlc: 'hlc',
  cursor: 'cursor',
  clockOffsetMs: 'clockOffsetMs',
  /** ISO time of the last sync that ended with nothing left to send or pull. */
  lastSyncAt: 'lastSyncAt',
  /** The last failed sync's SyncProblem, or null once a sync succeeds. */
  lastSyncProblem: 'lastSyncProblem',
  /** The centre (null: regional) whose data this computer holds; another centre may not sign in over it. */
  dataCentreId: 'dataCentreId',
  /** This device's mutation id prefix and the next counter (shared/sync/mutation-id.ts). */
  mutationIdPrefix: 'mutationIdPrefix',
  mutationIdCounter: 'mutationIdCounter',
} as const;
export type MetaKey = (typeof META)[keyof typeof META];

export async function readMeta<T>(db: SopkaDb, key: MetaKey): Promise<T | undefined> {
  const row = await db.meta.get(key);
  return row?.value as T | undefined;
}

export async function writeMeta(db: SopkaDb, key: MetaKey, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}

/** The device's node id for HLCs, generated once and kept. Call inside a rw transaction on meta. */
export async function ensureClientId(db: SopkaDb): Promise<string> {
  const existing = await readMeta<string>(db, META.clientId);
  if (existing) return existing;
  const clientId = crypto.randomUUID();
  await writeMeta(db, META.clientId, clientId);
  return clientId;
}

/** The next mutation id of this device. Call inside a rw transaction on meta. */
export async function nextMutationId(db: SopkaDb): Promise<string> {
  let prefix = await readMeta<string>(db, META.mutationIdPrefix);
  if (!prefix) {
    prefix = randomMutationIdPrefix();
    await writeMeta(db, META.mutationIdPrefix, prefix);
  }
  const counter = (await readMeta<number>(db, META.mutationIdCounter)) ?? 0;
  await writeMeta(db, META.mutationIdCounter, counter + 1);
  return formatMutationId(prefix, counter);
}
