import { liveQuery, type Observable } from 'dexie';
import { db } from '../store/db.ts';
import { META, readMeta } from '../store/meta.ts';
import { conflictsToResolve } from './conflicts-to-resolve.ts';
import type { SyncProblem } from './sync-problem.ts';

export interface SyncSummary {
  unsent: number;
  /** Files kept here and not yet on the server. */
  unsentFiles: number;
  rejected: number;
  openConflicts: number;
  lastSyncAt: string | null;
  problem: SyncProblem | null;
}

export const EMPTY_SUMMARY: SyncSummary = {
  unsent: 0,
  unsentFiles: 0,
  rejected: 0,
  openConflicts: 0,
  lastSyncAt: null,
  problem: null,
};

/** What the status strip and the Синхронизация screen show; every tab sees every commit. */
export function syncSummary(): Observable<SyncSummary> {
  return liveQuery(async () => {
    const [unsent, unsentFiles, rejected, openConflicts, lastSyncAt, problem] = await Promise.all([
      db.outbox.count(),
      db.uploads.count(),
      db.rejected.count(),
      conflictsToResolve(db).then((conflicts) => conflicts.length),
      readMeta<string>(db, META.lastSyncAt),
      readMeta<SyncProblem | null>(db, META.lastSyncProblem),
    ]);
    return {
      unsent,
      unsentFiles,
      rejected,
      openConflicts,
      lastSyncAt: lastSyncAt ?? null,
      problem: problem ?? null,
    };
  });
}
