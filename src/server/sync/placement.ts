import type { Placement } from '../../shared/model/registrations.ts';
import { placeRegistrations, type QueuedRegistration } from '../../shared/domain/waitlist.ts';
import type { RecordData } from '../../shared/sync/merge.ts';
import type { SqlRunner } from '../store/store.ts';
import { loadRecord, saveRecord, type StoredRecord } from './record-rows.ts';
import type { ServerClock } from './server-clock.ts';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/**
 * Where a registration stands in the queue: the HLC of the mutation that created it, kept by
 * the server at creation; older records fall back to the clock of their id.
 */
export function queueKey(record: StoredRecord): string {
  return text(record.data.queueHlc) ?? record.clocks.id ?? record.clocks.createdAt ?? '';
}

function queued(record: StoredRecord): QueuedRegistration {
  const { data } = record;
  const status = data.status === 'cancelled' || data.status === 'attended' ? data.status : 'active';
  const entry: QueuedRegistration = {
    id: record.id,
    centreId: record.centreId,
    queueHlc: queueKey(record),
    status,
  };
  if (data.deleted === true) entry.deleted = true;
  const phone = text(data.phone);
  const contact = text(data.contact);
  if (phone !== undefined) entry.phone = phone;
  if (contact !== undefined) entry.contact = contact;
  return entry;
}

/** Writes server-owned fields with one clock newer than any the record has; undefined removes a field. */
async function saveServerFields(
  db: SqlRunner,
  record: StoredRecord,
  fields: RecordData,
  clock: ServerClock,
): Promise<void> {
  const hlc = clock.stampAfter(record.clocks);
  const data: RecordData = { ...record.data, updatedAt: new Date().toISOString() };
  const clocks: Record<string, string> = { ...record.clocks, updatedAt: hlc };
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) delete data[field];
    else data[field] = value;
    clocks[field] = hlc;
  }
  await saveRecord(db, { ...record, data, clocks });
}

/**
 * Places every registration of a training again, in order of registration time (HLC), so a
 * registration made offline earlier takes its seat even when it reaches the server later.
 * Only registrations whose placement or duplicate flag changes are written (and so resent);
 * the training gets the counts its page shows.
 */
export async function placeTraining(
  db: SqlRunner,
  trainingId: string,
  clock: ServerClock,
): Promise<void> {
  const training = await loadRecord(db, 'trainings', trainingId);
  const live = training && training.data.deleted !== true ? training : undefined;
  const capacity = typeof live?.data.capacity === 'number' ? live.data.capacity : undefined;
  const registrations = await db.query<StoredRecord>(
    `select collection, id::text as id, centre_id::text as "centreId", data, clocks from records
     where collection = 'registrations' and data->>'trainingId' = $1`,
    [trainingId],
  );
  const previous = new Map(
    registrations.map((r) => [r.id, text(r.data.placement) as Placement | undefined]),
  );
  const plan = placeRegistrations(capacity, registrations.map(queued), previous);
  for (const registration of registrations) {
    const decision = plan.decisions.get(registration.id);
    if (!decision) continue;
    const { placement, duplicateOf } = decision;
    if (placement === registration.data.placement && duplicateOf === registration.data.duplicateOf)
      continue;
    await saveServerFields(db, registration, { placement, duplicateOf }, clock);
  }
  if (
    live &&
    (live.data.confirmedCount !== plan.confirmed || live.data.waitlistCount !== plan.waitlist)
  )
    await saveServerFields(
      db,
      live,
      { confirmedCount: plan.confirmed, waitlistCount: plan.waitlist },
      clock,
    );
}

/** Places the trainings a batch of mutations touched, once each, after the whole batch. */
export async function settlePlacements(
  db: SqlRunner,
  trainingIds: Set<string>,
  clock: ServerClock,
): Promise<void> {
  for (const trainingId of [...trainingIds].sort()) await placeTraining(db, trainingId, clock);
  trainingIds.clear();
}
