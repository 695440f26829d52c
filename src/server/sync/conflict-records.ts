import type { LostValue } from '../../shared/sync/merge.ts';
import type { SqlRunner } from '../store/store.ts';
import { deterministicUuid } from '../ids.ts';
import { insertRecordIfAbsent, stampAll, type StoredRecord } from './record-rows.ts';

/**
 * Keeps a value lost to a concurrent edit as an open `conflicts` record. Its id comes from
 * what was lost, so applying the same edits again never records the same loss twice.
 */
export async function recordLostValue(
  db: SqlRunner,
  record: Pick<StoredRecord, 'collection' | 'id' | 'centreId'>,
  lost: LostValue,
  hlc: string,
): Promise<void> {
  const now = new Date().toISOString();
  const data = {
    id: deterministicUuid('conflict', record.collection, record.id, lost.field, lost.lostHlc),
    centreId: record.centreId,
    createdAt: now,
    updatedAt: now,
    collection: record.collection,
    recordId: record.id,
    field: lost.field,
    lostValue: lost.lostValue,
    lostHlc: lost.lostHlc,
    winningHlc: lost.winningHlc,
    status: 'open',
  };
  await insertRecordIfAbsent(db, {
    collection: 'conflicts',
    id: data.id,
    centreId: record.centreId,
    data,
    clocks: stampAll(data, hlc),
  });
}
