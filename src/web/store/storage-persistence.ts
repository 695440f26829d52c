import { logError } from '../log.ts';

export interface StorageReport {
  usage: number | undefined;
  quota: number | undefined;
  /** undefined when the browser cannot tell. */
  persisted: boolean | undefined;
}

/** Asks the browser not to evict the local database under storage pressure. */
export async function requestPersistence(): Promise<boolean | undefined> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return undefined;
  try {
    return await navigator.storage.persist();
  } catch (error) {
    logError('storage.persist', error);
    return undefined;
  }
}

export async function storageReport(): Promise<StorageReport> {
  const storage = navigator.storage as StorageManager | undefined;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => undefined) : undefined,
    storage?.persisted ? storage.persisted().catch(() => undefined) : undefined,
  ]);
  return { usage: estimate?.usage, quota: estimate?.quota, persisted };
}
