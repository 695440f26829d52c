import { liveQuery } from 'dexie';
import { logError } from '../log.ts';
import { db } from '../store/db.ts';
import { META, writeMeta } from '../store/meta.ts';
import { asSyncFailure, type SyncProblem } from './sync-problem.ts';
import { withSyncLock } from './sync-lock.ts';
import { runSync } from './sync-run.ts';
import { syncActivity } from './sync-status.ts';
import { httpTransport } from './sync-transport.ts';

/** After a local write: wait for a few more edits, then send them together. */
const AFTER_WRITE_MS = 3_000;
const PERIOD_MS = 5 * 60_000;
const RETRY_FIRST_MS = 5_000;
const RETRY_MAX_MS = 10 * 60_000;

let started = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let dueAt = Infinity;
let failures = 0;
let running: Promise<void> | null = null;

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
  const transport = httpTransport({ token: session.token });
  await withSyncLock(async () => {
    syncActivity.value = { sent: 0, total: await db.outbox.count(), received: 0 };
    try {
      await runSync({ db, transport, onProgress: (p) => (syncActivity.value = p) });
      failures = 0;
    } catch (error) {
      const failure = asSyncFailure(error);
      failures++;
      if (failure.kind === 'unauthorized')
        // the token was revoked: keep every record and the outbox, ask the person to sign in
        await db.session.update('current', { token: null });
      const problem: SyncProblem = { kind: failure.kind, at: new Date().toISOString() };
      if (failure.serverMessage) problem.serverMessage = failure.serverMessage;
      await recordProblem(problem);
      if (failure.kind !== 'unauthorized') trigger(0);
    } finally {
      syncActivity.value = null;
    }
  });
}

function syncOnce(): Promise<void> {
  running ??= attempt()
    .catch((error: unknown) => logError('sync', error))
    .finally(() => (running = null));
  return running;
}

/** «Синхронизировать»: now, resetting the backoff. */
export async function syncNow(): Promise<void> {
  failures = 0;
  await running;
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
  liveQuery(() => db.outbox.count()).subscribe({
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
