/** Only one tab syncs at a time: two would send the same outbox twice. */
const LOCK_NAME = 'sopka-sync';
const LEASE_KEY = 'sopka.syncLease';
/** Longer than one sync round can take; a tab that died holding it frees it after this. */
const LEASE_MS = 5 * 60_000;
const tabId = Math.random().toString(36).slice(2);

/** Runs `work` if no other tab is syncing; false when another one is. */
export async function withSyncLock(work: () => Promise<void>): Promise<boolean> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks?.request)
    return locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
      if (!lock) return false;
      await work();
      return true;
    });
  return withLease(work);
}

/** Fallback without Web Locks: a lease in localStorage (not atomic, but the server is idempotent). */
async function withLease(work: () => Promise<void>): Promise<boolean> {
  let storage: Storage | undefined;
  try {
    storage = globalThis.localStorage;
  } catch {
    storage = undefined;
  }
  if (!storage) {
    await work();
    return true;
  }
  const [owner, until] = (storage.getItem(LEASE_KEY) ?? '').split('|');
  if (owner && owner !== tabId && Number(until) > Date.now()) return false;
  storage.setItem(LEASE_KEY, `${tabId}|${Date.now() + LEASE_MS}`);
  try {
    await work();
    return true;
  } finally {
    storage.removeItem(LEASE_KEY);
  }
}
