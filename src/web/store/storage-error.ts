import { Dexie } from 'dexie';

/** Names a browser gives a write the disk could not take (Chromium: AbortError on a full disk). */
const STORAGE_FAILURES = new Set([
  'QuotaExceededError',
  'AbortError',
  'UnknownError',
  'InvalidStateError',
]);

function names(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    if (typeof current === 'object' && current !== null && 'name' in current)
      found.push(String((current as { name: unknown }).name));
    current =
      current instanceof Dexie.DexieError ? (current.inner as unknown) : (current as Error).cause;
  }
  return found;
}

/**
 * A write IndexedDB did not keep for a reason of the browser or disk, not of our data:
 * Firefox says QuotaExceededError, Chromium aborts the transaction (AbortError) when the disk
 * is full, and a closed or broken database says UnknownError/InvalidStateError. Each of them
 * means the same to the person: nothing was saved, and the cause is this computer's storage.
 */
export function isStorageWriteError(error: unknown): boolean {
  if (error instanceof Dexie.QuotaExceededError || error instanceof Dexie.AbortError) return true;
  return names(error).some((name) => STORAGE_FAILURES.has(name.replace(/^Dexie\./, '')));
}
