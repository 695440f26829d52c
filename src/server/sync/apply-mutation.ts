import { collectionSpec } from '../../shared/model/registry.ts';
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
import { unreadableClaim } from '../blobs/blob-claims.ts';
import type { SqlRunner } from '../store/store.ts';
import type { BatchRecords } from './batch-records.ts';
import { checkMutation } from './check-mutation.ts';
import { recordLostValue } from './conflict-records.ts';
import { deleteLosses } from './delete-losses.ts';
import { forgetLostPersonalData, keepAnonymous, personalLoss } from './anonymized-registrations.ts';
import { effectiveBase } from './refused-mutations.ts';
import { FOREIGN_TRAINING, isForeignTraining, queuePosition } from './registration-training.ts';
import type { ServerClock } from './server-clock.ts';
import { isWriterField, stampWriter, withoutWriterFields } from './writer-fields.ts';

const FOREIGN_FILE =
  'Запись ссылается на файл другого центра: прикрепите файл заново со своего компьютера';

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
  const base = await effectiveBase(ctx.db, mutation, existing?.clocks ?? {});
  const spec = collectionSpec(check.collection);
  const patch = withoutWriterFields(spec, check.patch);
  const { state, lost, changed } = applyPatch(existing ?? EMPTY_STATE, {
    patch,
    hlc: mutation.hlc,
    base,
  });
  ctx.clock.observe(mutation.hlc);
  const data: RecordData = { ...state.data };
  const clocks = { ...state.clocks };
  const registration = check.collection === 'registrations';
  // a new registration, or one moved to another training, takes its place in that queue
  if (changed && registration && data.trainingId !== existing?.data.trainingId) {
    const trainingId = data.trainingId;
    const training =
      typeof trainingId === 'string' ? await ctx.records.load('trainings', trainingId) : undefined;
    if (isForeignTraining(ctx.user, training))
      return { ok: false, code: 'wrong_centre', message: FOREIGN_TRAINING };
    data.queueHlc = queuePosition(mutation.hlc, training, ctx.serverTime);
    clocks.queueHlc = ctx.clock.next();
  }
  // a person's data deleted on request stays deleted, whatever clock a late edit carries
  const anonymized = registration && data.anonymized === true;
  if (changed && anonymized) keepAnonymous(data, clocks, ctx.clock);
  const change = { created: !existing, patch, hlc: mutation.hlc };
  if (changed) stampWriter(spec, ctx.user, change, { data, clocks }, ctx.clock);
  if (changed) {
    const valid = validateRecord(check.collection, data);
    if (!valid.ok)
      return {
        ok: false,
        code: 'invalid',
        message: valid.field ? `${valid.message} (${valid.field})` : valid.message,
      };
    if (await unreadableClaim(ctx.db, ctx.user, existing?.data, data))
      return { ok: false, code: 'forbidden', message: FOREIGN_FILE };
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
  // closing a conflict twice is not a conflict: both PCs meant to close it
  if (check.collection !== 'conflicts') {
    const hidden = deleteLosses(
      existing,
      data,
      check.patch,
      mutation.hlc,
      base,
      collectionSpec(check.collection),
    );
    for (const value of [...lost, ...hidden]) {
      // updatedAt moves with every edit, the writer's name is the server's: losing them loses no one's work
      if (value.field === 'updatedAt' || isWriterField(spec, value.field)) continue;
      // a lost name or phone of a person whose data was deleted is not kept anywhere
      if (anonymized && personalLoss(value)) continue;
      await recordLostValue(
        ctx.db,
        { collection: check.collection, id: mutation.id, centreId: check.centreId },
        value,
        ctx.clock.next(),
      );
    }
  }
  if (changed && anonymized && existing?.data.anonymized !== true)
    await forgetLostPersonalData(ctx.db, mutation.id, ctx.clock);
  if (changed && registration) {
    for (const trainingId of [existing?.data.trainingId, data.trainingId])
      if (typeof trainingId === 'string') ctx.trainingsToPlace.add(trainingId);
  }
  if (changed && check.collection === 'trainings') ctx.trainingsToPlace.add(mutation.id);
  return { ok: true };
}
