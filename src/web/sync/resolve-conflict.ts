import type { Conflict } from '../../shared/model/conflicts.ts';
import { isCollectionName } from '../../shared/model/registry.ts';
import { db as appDb, type SopkaDb } from '../store/db.ts';
import { mutate, type MutateResult } from '../store/mutate.ts';

type Outcome = MutateResult<'conflicts'>;

/** «Вернуть это значение»: writes the lost value back (a new edit) and closes the conflict, together. */
export async function restoreLostValue(conflict: Conflict, db: SopkaDb = appDb): Promise<Outcome> {
  const { collection } = conflict;
  if (!isCollectionName(collection)) return closeConflict(conflict, 'dismissed', db);
  const tables = [db.records(collection), db.records('conflicts'), db.clocks, db.outbox, db.meta];
  return db.transaction('rw', tables, async () => {
    const target = (await db.records(collection).get(conflict.recordId)) as
      { deleted?: boolean } | undefined;
    const patch: Record<string, unknown> = { [conflict.field]: conflict.lostValue ?? null };
    // the value was hidden by a delete made elsewhere: bringing it back brings the record back
    if (target?.deleted === true) patch.deleted = false;
    const restored = await mutate(collection, conflict.recordId, patch, db);
    if (!restored.ok) return restored;
    return closeConflict(conflict, 'restored', db);
  });
}

/** «Оставить как есть» (dismissed) or after a restore (restored). */
export function closeConflict(
  conflict: Conflict,
  status: 'restored' | 'dismissed',
  db: SopkaDb = appDb,
): Promise<Outcome> {
  return mutate('conflicts', conflict.id, { status }, db);
}
