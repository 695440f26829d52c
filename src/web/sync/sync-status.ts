import { signal } from '@preact/signals';
import { logError } from '../log.ts';

/** What the running sync has done so far (set after each committed round); null when idle. */
export interface SyncActivity {
  sent: number;
  total: number;
  received: number;
}
export const syncActivity = signal<SyncActivity | null>(null);

/** Files the running sync is sending; null when none are. */
export interface UploadActivity {
  sentFiles: number;
  totalFiles: number;
  sentBytes: number;
  totalBytes: number;
}
export const uploadActivity = signal<UploadActivity | null>(null);

// the engine pulls in zod and the merge: loaded after the first screen has rendered
const loadScheduler = () => import('./sync-scheduler.ts');

/** Starts the triggers: now, on `online`, after local writes, and periodically. */
export function startSync(): void {
  loadScheduler().then(
    (scheduler) => scheduler.startSyncScheduler(),
    (error: unknown) => logError('sync start', error),
  );
}

/** «Синхронизировать»: a sync now, whatever the backoff says. */
export function requestSync(): void {
  loadScheduler().then(
    (scheduler) => scheduler.syncNow(),
    (error: unknown) => logError('sync now', error),
  );
}
