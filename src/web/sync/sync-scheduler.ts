import { liveQuery } from 'dexie';
import { logError } from '../log.ts';
import { db } from '../store/db.ts';
import { META, writeMeta } from '../store/meta.ts';
import { SyncFailure, asSyncFailure, type SyncProblem } from './sync-problem.ts';
import { withSyncLock } from './sync-lock.ts';
import { singleFlight } from './single-flight.ts';
import { runSync } from './sync-run.ts';
import { syncActivity, uploadActivity } from './sync-status.ts';
import { syncFiles } from './file-sync.ts';
import { BlobDownloadError } from '../blobs/blob-download-error.ts';
import { refreshCanary } from '../store/storage-canary.ts';
import { httpTransport } from './sync-transport.ts';
import { correctedIso } from '../store/corrected-now.ts';

/** After a local write: wait for a few more edits, then send them together. */
const AFTER_WRITE_MS = 3_000;
const PERIOD_MS = 5 * 60_000;
const RETRY_FIRST_MS = 5_000;
const RETRY_MAX_MS = 10 * 60_000;

let started = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let dueAt = Infinity;
let failures = 0;

/** Exponential backoff with ±50 % jitter, so centres that lost the link together do not return together. */
export function retryDelay(failureCount: number, random = Math.random): number {
  const plain = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, failureCount - 1));
  return Math.round(plain * (0.5 + random()));
}

/** Runs a sync in `delayMs` unless one is already due sooner. */
function schedule(delayMs: number): void {
  const at = Date.now() + delayMs;
  if (at >= dueAt) return;
  clearTimeout(timer);
  dueAt = at;
  timer = setTimeout(() => {
    dueAt = Infinity;
    void syncOnce();
  }, delayMs);
}

/** An automatic trigger: waits for the backoff after a failure. */
function trigger(delayMs: number): void {
  schedule(failures > 0 ? Math.max(delayMs, retryDelay(failures)) : delayMs);
}

async function recordProblem(problem: SyncProblem): Promise<void> {
  await db.transaction('rw', db.meta, () => writeMeta(db, META.lastSyncProblem, problem));
}

async function attempt(): Promise<void> {
  const session = await db.session.get('current');
  if (!session?.token || !navigator.onLine) return;
  const { token } = session;
  const transport = httpTransport({ token });
  await withSyncLock(async () => {
    syncActivity.value = { sent: 0, total: await db.outbox.count(), received: 0 };
    try {
      await runSync({ db, transport, onProgress: (p) => (syncActivity.value = p) });
      syncActivity.value = null;
      await syncFiles({ db, token, onProgress: (p) => (uploadActivity.value = p) });
      failures = 0;
    } catch (error) {
      if (error instanceof BlobDownloadError && error.code !== 'unauthorized') {
        // the records went through; a file that could not move waits for the retry
        logError('sync files', error);
        failures++;
        trigger(0);
        return;
      }
      const failure =
        error instanceof BlobDownloadError ? new SyncFailure('unauthorized') : asSyncFailure(error);
      failures++;
      if (failure.kind === 'unauthorized')
        // the token was revoked: keep every record and the outbox, ask the person to sign in
        await db.session.update('current', { token: null });
      const problem: SyncProblem = { kind: failure.kind, at: correctedIso() };
      if (failure.serverMessage) problem.serverMessage = failure.serverMessage;
      await recordProblem(problem);
      if (failure.kind !== 'unauthorized') trigger(0);
    } finally {
      syncActivity.value = null;
      uploadActivity.value = null;
      await refreshCanary(db);
    }
  });
}

const syncOnce = singleFlight(() => attempt().catch((error: unknown) => logError('sync', error)));

/** «Синхронизировать»: now, resetting the backoff. */
export async function syncNow(): Promise<void> {
  failures = 0;
  await syncOnce();
}

export function startSyncScheduler(): void {
  if (started) return;
  started = true;
  window.addEventListener('online', () => {
    failures = 0;
    schedule(0);
  });
  let queued = -1;
  liveQuery(async () => (await db.outbox.count()) + (await db.uploads.count())).subscribe({
    next: (count) => {
      if (queued >= 0 && count > queued) trigger(AFTER_WRITE_MS);
      queued = count;
    },
  });
  // a new sign-in (or signing in again after a revoked token) syncs at once
  liveQuery(() => db.session.get('current')).subscribe({
    next: (session) => {
      if (session?.token) schedule(0);
    },
  });
  setInterval(() => {
    if (navigator.onLine) trigger(0);
  }, PERIOD_MS);
}
