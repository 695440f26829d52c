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
import { checkMutation } from './check-mutation.ts';
import { recordLostValue } from './conflict-records.ts';
import { decidePlacement, placementDue, promoteWaitlist } from './placement.ts';
import { loadRecord, saveRecord } from './record-rows.ts';
import type { ServerClock } from './server-clock.ts';

export type MutationOutcome = { ok: true } | { ok: false; code: RejectionCode; message: string };

export interface ApplyContext {
  db: SqlRunner;
  user: User;
  clientId: string;
  clock: ServerClock;
  serverTime: number;
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
  const existing = await loadRecord(ctx.db, mutation.collection, mutation.id);
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
  if (changed && registration && placementDue(existing?.data, data)) {
    const placement = await decidePlacement(ctx.db, data);
    if (placement !== data.placement) {
      data.placement = placement;
      clocks.placement = ctx.clock.next();
    }
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
    await saveRecord(ctx.db, record, echo);
  }
  for (const value of lost)
    await recordLostValue(
      ctx.db,
      { collection: check.collection, id: mutation.id, centreId: check.centreId },
      value,
      ctx.clock.next(),
    );
  if (changed && registration && existing) {
    const before = existing.data.trainingId;
    if (typeof before === 'string' && placementDue(existing.data, data))
      await promoteWaitlist(ctx.db, before, () => ctx.clock.next());
  }
  if (changed && check.collection === 'trainings' && 'capacity' in check.patch)
    await promoteWaitlist(ctx.db, mutation.id, () => ctx.clock.next());
  return { ok: true };
}
