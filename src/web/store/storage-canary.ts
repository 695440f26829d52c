import type { SopkaDb } from './db.ts';

/**
 * A canary outside IndexedDB: when the browser evicts the site's database (storage pressure,
 * "clear site data"), localStorage often survives, and it tells the next start what was lost.
 */
export interface StorageCanary {
  /** Changes and files that were only on this computer at the last write. */
  unsent: number;
  /** ISO time of the last local write or sync. */
  lastWriteAt: string;
}

/** What the app found at start: the database was emptied behind its back. */
export interface LostStorage extends StorageCanary {
  noticedAt: string;
}

const canaryKey = (name: string) => `sopka.canary.${name}`;
const lostKey = (name: string) => `sopka.storageLost.${name}`;

function store(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function read<T>(key: string): T | undefined {
  try {
    const text = store()?.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    store()?.setItem(key, JSON.stringify(value));
  } catch {
    // localStorage full or disabled: the canary is a safety net, not a store
  }
}

/** After a local write or a sync: how much would be lost if the database vanished now. */
export function noteUnsentWork(unsent: number, name = 'sopka', now = new Date()): void {
  const canary: StorageCanary = { unsent, lastWriteAt: now.toISOString() };
  write(canaryKey(name), canary);
}

/** Counts what only this computer holds and notes it; never fails the write that called it. */
export async function refreshCanary(db: SopkaDb): Promise<void> {
  try {
    const counts = await Promise.all([db.outbox.count(), db.rejected.count(), db.uploads.count()]);
    noteUnsentWork(
      counts.reduce((sum, count) => sum + count, 0),
      db.name,
    );
  } catch {
    // the next write tries again
  }
}

/** The centre's data was removed on purpose: nothing to report at the next start. */
export function forgetStorageCanary(db: SopkaDb): void {
  try {
    store()?.removeItem(canaryKey(db.name));
  } catch {
    // nothing kept
  }
}

/**
 * At start: a database with no device identity while the canary says this computer held data
 * means the browser removed it. The finding is kept until the person dismisses it.
 */
export async function checkLostStorage(db: SopkaDb, now = new Date()): Promise<LostStorage | null> {
  const already = read<LostStorage>(lostKey(db.name));
  if (already) return already;
  const canary = read<StorageCanary>(canaryKey(db.name));
  if (!canary) return null;
  const empty = (await db.meta.count()) === 0 && (await db.session.count()) === 0;
  if (!empty) return null;
  const lost: LostStorage = { ...canary, noticedAt: now.toISOString() };
  write(lostKey(db.name), lost);
  store()?.removeItem(canaryKey(db.name));
  return lost;
}

export function dismissLostStorage(db: SopkaDb): void {
  try {
    store()?.removeItem(lostKey(db.name));
  } catch {
    // nothing kept
  }
}
