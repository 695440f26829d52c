/** What stops this browser from running Sopka, most fundamental first. */
export const MISSING = {
  oldBrowser: 'oldBrowser',
  serviceWorker: 'noServiceWorker',
  storage: 'noStorage',
} as const;
export type MissingCapability = (typeof MISSING)[keyof typeof MISSING];

// an empty database of its own: opening it says whether the browser lets this site store data
const STORAGE_PROBE_DB = 'sopka-storage-check';

/**
 * Chrome 98 and Firefox 104 are the newest releases these appeared in, so a browser without
 * them is surely below the targets (Chrome 109, Firefox 115). One between those and the targets
 * fails later, when the app's code does not parse: boot.ts shows the same page then.
 */
function hasModernBuiltins(): boolean {
  return (
    typeof structuredClone === 'function' &&
    typeof Object.hasOwn === 'function' &&
    'findLast' in Array.prototype
  );
}

/** Firefox before 139 has no service worker in a private window; no browser has one over http. */
function hasServiceWorker(): boolean {
  return typeof navigator !== 'undefined' && navigator.serviceWorker != null;
}

/** Firefox's private windows (before 115) and «block all cookies» refuse IndexedDB. */
function storageOpens(): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      if (typeof indexedDB === 'undefined' || !indexedDB) return resolve(false);
      const request = indexedDB.open(STORAGE_PROBE_DB);
      request.onsuccess = () => {
        request.result.close();
        resolve(true);
      };
      request.onerror = () => resolve(false);
    } catch {
      resolve(false);
    }
  });
}

/** The first thing this browser lacks that Sopka needs, or null when it has everything. */
export async function missingCapability(): Promise<MissingCapability | null> {
  if (!hasModernBuiltins()) return MISSING.oldBrowser;
  if (!hasServiceWorker()) return MISSING.serviceWorker;
  if (!(await storageOpens())) return MISSING.storage;
  return null;
}
