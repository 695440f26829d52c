import { PERSONAL_FIELDS } from '../../shared/model/registrations.ts';
import type { LostValue } from '../../shared/sync/merge.ts';
import type { SqlRunner } from '../store/store.ts';
import { saveRecord, type StoredRecord } from './record-rows.ts';

const PERSONAL: ReadonlySet<string> = new Set([...PERSONAL_FIELDS, 'consent']);

/** A lost value that could name or reach a person. */
export function personalLoss(lost: LostValue): boolean {
  return PERSONAL.has(lost.field);
}

/**
 * A person's data was deleted on request: the values of their registration that earlier
 * concurrent edits left in `conflicts` are emptied too (and resent), so no device keeps them.
 */
export async function forgetLostPersonalData(
  db: SqlRunner,
  registrationId: string,
  stamp: () => string,
): Promise<void> {
  const conflicts = await db.query<StoredRecord>(
    `select collection, id::text as id, centre_id::text as "centreId", data, clocks from records
     where collection = 'conflicts' and data->>'collection' = 'registrations'
       and data->>'recordId' = $1`,
    [registrationId],
  );
  for (const conflict of conflicts) {
    if (!PERSONAL.has(String(conflict.data.field))) continue;
    const hlc = stamp();
    await saveRecord(db, {
      ...conflict,
      data: {
        ...conflict.data,
        lostValue: null,
        status: 'dismissed',
        updatedAt: new Date().toISOString(),
      },
      clocks: { ...conflict.clocks, lostValue: hlc, status: hlc, updatedAt: hlc },
    });
  }
}
