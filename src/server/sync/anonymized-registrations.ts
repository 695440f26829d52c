import { withoutPersonalData } from '../../shared/domain/anonymize.ts';
import { PERSONAL_FIELDS } from '../../shared/model/registrations.ts';
import type { Clocks, LostValue, RecordData } from '../../shared/sync/merge.ts';
import type { SqlRunner } from '../store/store.ts';
import { saveRecord, type StoredRecord } from './record-rows.ts';
import type { ServerClock } from './server-clock.ts';

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
  clock: ServerClock,
): Promise<void> {
  const conflicts = await db.query<StoredRecord>(
    `select collection, id::text as id, centre_id::text as "centreId", data, clocks from records
     where collection = 'conflicts' and data->>'collection' = 'registrations'
       and data->>'recordId' = $1`,
    [registrationId],
  );
  for (const conflict of conflicts) {
    if (!PERSONAL.has(String(conflict.data.field))) continue;
    const hlc = clock.stampAfter(conflict.clocks);
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

/**
 * Removes every personal value from an anonymized registration (a late edit may have brought
 * one back with a newer clock), stamped after all the record's clocks so every PC takes it.
 */
export function keepAnonymous(data: RecordData, clocks: Clocks, clock: ServerClock): void {
  const stripped = withoutPersonalData(data);
  const changed = Object.keys(data).filter(
    (field) => JSON.stringify(data[field]) !== JSON.stringify(stripped[field]),
  );
  if (changed.length === 0) return;
  const hlc = clock.stampAfter(clocks);
  for (const field of changed) {
    if (stripped[field] === undefined) delete data[field];
    else data[field] = stripped[field];
    clocks[field] = hlc;
  }
}
