import type { RecordData } from '../../shared/sync/merge.ts';
import type { SqlRunner } from '../store/store.ts';
import { loadRecord, saveRecord, type StoredRecord } from './record-rows.ts';

type Placement = 'pending' | 'confirmed' | 'waitlist';

/** A registration needs a (new) place when it appears, moves to another training or changes status. */
export function placementDue(before: RecordData | undefined, after: RecordData): boolean {
  return !before || before.trainingId !== after.trainingId || before.status !== after.status;
}

async function seatsTaken(db: SqlRunner, trainingId: string, exceptId: string): Promise<number> {
  const rows = await db.query<{ taken: number }>(
    `select count(*)::int as taken from records
     where collection = 'registrations' and id <> $2 and data->>'trainingId' = $1
       and data->>'status' = 'active' and data->>'placement' = 'confirmed'`,
    [trainingId, exceptId],
  );
  return rows[0]?.taken ?? 0;
}

async function capacityOf(db: SqlRunner, trainingId: string): Promise<number | undefined> {
  const training = await loadRecord(db, 'trainings', trainingId);
  const capacity = training?.data.capacity;
  return typeof capacity === 'number' && training?.data.deleted !== true ? capacity : undefined;
}

/**
 * First come, first confirmed: an active registration is confirmed while the training has
 * free seats, else waitlisted; pending while the training is not known here yet.
 */
export async function decidePlacement(db: SqlRunner, registration: RecordData): Promise<Placement> {
  const current = registration.placement as Placement | undefined;
  if (registration.status !== 'active') return current ?? 'pending';
  const trainingId = String(registration.trainingId);
  const capacity = await capacityOf(db, trainingId);
  if (capacity === undefined) return 'pending';
  const taken = await seatsTaken(db, trainingId, String(registration.id));
  return taken < capacity ? 'confirmed' : 'waitlist';
}

/** Confirms the earliest waitlisted registrations while the training has free seats. */
export async function promoteWaitlist(
  db: SqlRunner,
  trainingId: string,
  stamp: () => string,
): Promise<void> {
  const capacity = await capacityOf(db, trainingId);
  if (capacity === undefined) return;
  const free =
    capacity - (await seatsTaken(db, trainingId, '00000000-0000-0000-0000-000000000000'));
  if (free <= 0) return;
  const waiting = await db.query<StoredRecord>(
    `select collection, id::text as id, centre_id::text as "centreId", data, clocks from records
     where collection = 'registrations' and data->>'trainingId' = $1
       and data->>'status' = 'active' and data->>'placement' = 'waitlist'
     order by data->>'createdAt', id limit $2`,
    [trainingId, free],
  );
  for (const registration of waiting) {
    const hlc = stamp();
    await saveRecord(db, {
      ...registration,
      data: { ...registration.data, placement: 'confirmed', updatedAt: new Date().toISOString() },
      clocks: { ...registration.clocks, placement: hlc, updatedAt: hlc },
    });
  }
}
