import { liveQuery, type Observable } from 'dexie';
import { db } from '../store/db.ts';
import { META, readMeta } from '../store/meta.ts';
import { isPersonsValue } from './conflict-fields.ts';
import type { SyncProblem } from './sync-problem.ts';

export interface SyncSummary {
  unsent: number;
  rejected: number;
  openConflicts: number;
  lastSyncAt: string | null;
  problem: SyncProblem | null;
}

export const EMPTY_SUMMARY: SyncSummary = {
  unsent: 0,
  rejected: 0,
  openConflicts: 0,
  lastSyncAt: null,
  problem: null,
};

/** What the status strip and the Синхронизация screen show; every tab sees every commit. */
export function syncSummary(): Observable<SyncSummary> {
  return liveQuery(async () => {
    const [unsent, rejected, openConflicts, lastSyncAt, problem] = await Promise.all([
      db.outbox.count(),
      db.rejected.count(),
      db.records('conflicts').where('status').equals('open').filter(isPersonsValue).count(),
      readMeta<string>(db, META.lastSyncAt),
      readMeta<SyncProblem | null>(db, META.lastSyncProblem),
    ]);
    return {
      unsent,
      rejected,
      openConflicts,
      lastSyncAt: lastSyncAt ?? null,
      problem: problem ?? null,
    };
  });
}
