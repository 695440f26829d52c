import { validateRecord } from '../../shared/model/validate.ts';
import {
  applyPatch,
  EMPTY_STATE,
  sameClocks,
  type Clocks,
  type RecordData,
} from '../../shared/sync/merge.ts';
import type { Mutation, RejectionCode } from '../../shared/sync/protocol.ts';
import type { User } from '../auth/users.ts';
import type { SqlRunner } from '../store/store.ts';
import type { BatchRecords } from './batch-records.ts';
import { checkMutation } from './check-mutation.ts';
import { recordLostValue } from './conflict-records.ts';
import { forgetLostPersonalData, personalLoss } from './anonymized-registrations.ts';
import type { ServerClock } from './server-clock.ts';

export type MutationOutcome = { ok: true } | { ok: false; code: RejectionCode; message: string };

export interface ApplyContext {
  db: SqlRunner;
  /** The batch's records: read and written through this, never `db` directly. */
  records: BatchRecords;
  user: User;
  clientId: string;
  clock: ServerClock;
  serverTime: number;
  /** Trainings whose registrations need placing again once the batch is applied. */
  trainingsToPlace: Set<string>;
}

/** What the writer holds after its own mutation: its base with the patched fields at its clock. */
function writerClocks(mutation: Mutation): Clocks {
  const clocks = { ...mutation.base };
  for (const field of Object.keys(mutation.patch)) clocks[field] = mutation.hlc;
  return clocks;
}

/** Checks, merges and writes one mutation; a rejected one writes nothing. */
export async function applyMutation(
  ctx: ApplyContext,
  mutation: Mutation,
): Promise<MutationOutcome> {
  const existing = await ctx.records.load(mutation.collection, mutation.id);
  const check = checkMutation(mutation, ctx.user, existing, ctx.serverTime);
  if (!check.ok) return check;
  const { state, lost, changed } = applyPatch(existing ?? EMPTY_STATE, {
    ...mutation,
    patch: check.patch,
  });
  ctx.clock.observe(mutation.hlc);
  const data: RecordData = { ...state.data };
  const clocks = { ...state.clocks };
  const registration = check.collection === 'registrations';
  // the queue position is the creating mutation's clock, whenever the record reaches us
  if (changed && registration && !existing) {
    data.queueHlc = mutation.hlc;
    clocks.queueHlc = ctx.clock.next();
  }
  if (changed) {
    const valid = validateRecord(check.collection, data);
    if (!valid.ok)
      return {
        ok: false,
        code: 'invalid',
        message: valid.field ? `${valid.message} (${valid.field})` : valid.message,
      };
    const echo = sameClocks(clocks, writerClocks(mutation)) ? ctx.clientId : null;
    const record = {
      collection: check.collection,
      id: mutation.id,
      centreId: check.centreId,
      data,
      clocks,
    };
    await ctx.records.save(record, echo);
  }
  const anonymized = registration && data.anonymized === true;
  for (const value of lost) {
    // updatedAt moves with every edit: losing it loses no one's work
    if (value.field === 'updatedAt') continue;
    // a lost name or phone of a person whose data was deleted is not kept anywhere
    if (anonymized && personalLoss(value)) continue;
    await recordLostValue(
      ctx.db,
      { collection: check.collection, id: mutation.id, centreId: check.centreId },
      value,
      ctx.clock.next(),
    );
  }
  if (changed && anonymized && existing?.data.anonymized !== true)
    await forgetLostPersonalData(ctx.db, mutation.id, () => ctx.clock.next());
  if (changed && registration) {
    for (const trainingId of [existing?.data.trainingId, data.trainingId])
      if (typeof trainingId === 'string') ctx.trainingsToPlace.add(trainingId);
  }
  if (changed && check.collection === 'trainings') ctx.trainingsToPlace.add(mutation.id);
  return { ok: true };
}
