import { formatMutationId, randomMutationIdPrefix } from '../../shared/sync/mutation-id.ts';
import type { SopkaDb } from './db.ts';

/** Keys of the `meta` table. */
export const META = {
  clientId: 'clientId',
  hlc: 'hlc',
  cursor: 'cursor',
  clockOffsetMs: 'clockOffsetMs',
  /** The highest stamp of this PC's mutations the server acknowledged: a re-stamp goes past it. */
  ackedHlc: 'ackedHlc',
  /** ISO time of the last sync that ended with nothing left to send or pull. */
  lastSyncAt: 'lastSyncAt',
  /** The last failed sync's SyncProblem, or null once a sync succeeds. */
  lastSyncProblem: 'lastSyncProblem',
  /** The centre (null: regional) whose data this computer holds; another centre may not sign in over it. */
  dataCentreId: 'dataCentreId',
  /** This device's mutation id prefix and the next counter (shared/sync/mutation-id.ts). */
  mutationIdPrefix: 'mutationIdPrefix',
  mutationIdCounter: 'mutationIdCounter',
  /** The server store the cursor belongs to (a restored or new store has another id). */
  storeId: 'storeId',
  /** ISO time the data was last found equal to the server's, and the schema version then. */
  verifiedAt: 'verifiedAt',
  verifiedSchemaVersion: 'verifiedSchemaVersion',
  /** A self-check is wanted at the next sync (after a repair, a new store, a discard). */
  checkDue: 'checkDue',
  /** Collections still different from the server after a repair: a bug to report. */
  verifyProblem: 'verifyProblem',
  /** Mismatching checks in a row: a repair is tried once, then reported. */
  repairRounds: 'repairRounds',
  /** RepairRequest[]: parts of the data to re-pull from the server and compare. */
  repairQueue: 'repairQueue',
  /** People who signed in on this PC, by login, with a password verifier (session/known-users.ts). */
  knownUsers: 'knownUsers',
  /** Bytes of material files a sync may download (the centre sets it in Настройки). */
  materialBudgetBytes: 'materialBudgetBytes',
  /** Login → the sign-in ticket the server gave this PC, so a stranger's guesses do not lock it out. */
  signInTickets: 'signInTickets',
  /** The last `GET /api/region/devices` answer (regional PCs), shown offline «по данным на …». */
  deviceSyncs: 'deviceSyncs',
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
