import type { CollectionSpec } from '../../shared/model/registry.ts';
import type { Clocks, LostValue, RecordData } from '../../shared/sync/merge.ts';
import type { StoredRecord } from './record-rows.ts';

/** Fields no person typed: losing them to a delete loses no one's work. */
const BOOKKEEPING = new Set(['id', 'centreId', 'createdAt', 'updatedAt', 'deleted']);

/**
 * A delete and an edit that crossed: per-field merge would let both "win" and the deleted
 * record would hide the edit. Whichever arrives second, the edit the deleter had not seen is
 * kept as a conflict, so a person can bring the record back with it.
 */
export function deleteLosses(
  before: StoredRecord | undefined,
  after: RecordData,
  patch: RecordData,
  hlc: string,
  base: Clocks,
  spec: Pick<CollectionSpec, 'serverOwned'>,
): LostValue[] {
  if (!before) return [];
  const typed = (field: string) => !BOOKKEEPING.has(field) && !spec.serverOwned.includes(field);
  if (patch.deleted === true && after.deleted === true && before.data.deleted !== true)
    return Object.keys(before.clocks)
      .filter((field) => typed(field) && !(field in patch) && before.data[field] !== undefined)
      .filter((field) => base[field] !== before.clocks[field])
      .map((field) => ({
        field,
        lostValue: before.data[field],
        lostHlc: before.clocks[field] ?? hlc,
        winningHlc: hlc,
      }));
  const deletedAt = before.clocks.deleted;
  if (before.data.deleted === true && !('deleted' in patch) && base.deleted !== deletedAt)
    return Object.keys(patch)
      .filter(typed)
      .map((field) => ({
        field,
        lostValue: patch[field] ?? null,
        lostHlc: hlc,
        winningHlc: deletedAt ?? hlc,
      }));
  return [];
}
