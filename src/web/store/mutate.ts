import { collectionSpec, type CollectionName, type RecordOf } from '../../shared/model/registry.ts';
import { IMMUTABLE_FIELDS } from '../../shared/model/common.ts';
import {
  changedImmutableField,
  validatePatch,
  validateRecord,
} from '../../shared/model/validate.ts';
import {
  formatHlc,
  initialHlc,
  parseHlc,
  receiveHlc,
  tickHlc,
  type HlcState,
} from '../../shared/sync/hlc.ts';
import { EMPTY_STATE, applyPatch, type Clocks, type RecordData } from '../../shared/sync/merge.ts';
import { db as appDb, type SopkaDb } from './db.ts';
import { foldIntoWaiting } from './outbox-coalesce.ts';
import { refreshCanary } from './storage-canary.ts';
import { isStorageWriteError } from './storage-error.ts';
import { META, ensureClientId, nextMutationId, readMeta, writeMeta } from './meta.ts';

export type MutateErrorCode = 'invalid' | 'immutable_field' | 'server_owned' | 'quota' | 'clock';

export type MutateResult<C extends CollectionName> =
  | { ok: true; record: RecordOf<C> }
  | { ok: false; code: MutateErrorCode; message: string; field: string | undefined };

type Failure = Extract<MutateResult<CollectionName>, { ok: false }>;

const fail = (code: MutateErrorCode, message: string, field?: string): Failure => ({
  ok: false,
  code,
  message,
  field,
});

/** A field the client may not write: a server-owned one, or one outside `clientFields`. */
function forbiddenField(collection: CollectionName, patch: RecordData): string | undefined {
  const spec = collectionSpec(collection);
  const keys = Object.keys(patch);
  const { clientFields } = spec;
  if (clientFields) return keys.find((key) => !clientFields.includes(key));
  return keys.find((key) => spec.serverOwned.includes(key));
}

/** The edit's clock: after the device's HLC and after every clock the record already holds. */
function nextClock(state: HlcState, held: Clocks, now: number): string {
  const newest = Object.values(held).reduce((a, b) => (b > a ? b : a), '');
  return formatHlc(newest ? receiveHlc(state, newest, now) : tickHlc(state, now));
}

/**
 * The one write path: validates, merges the patch into the local record and appends the
 * mutation to the outbox, in one rw transaction. Nothing is written when it fails.
 * A new record needs every required field from the caller (centreId included);
 * `id` and `createdAt` are filled on creation, `updatedAt` always.
 * `target` is the app's database; tests pass another to play a second device.
 */
export async function mutate<C extends CollectionName>(
  collection: C,
  id: string,
  patch: RecordData,
  target: SopkaDb = appDb,
): Promise<MutateResult<C>> {
  const checked = validatePatch(collection, patch);
  if (!checked.ok) return checked;
  const db = target;
  const table = db.records(collection);
  try {
    const result = await db.transaction('rw', [table, db.clocks, db.outbox, db.meta], async () => {
      const existing = (await table.get(id)) as RecordData | undefined;
      const immutable = changedImmutableField(existing, checked.value);
      if (immutable !== undefined)
        return fail('immutable_field', 'Это поле нельзя изменить после создания', immutable);
      const { value } = checked;
      if (existing) for (const field of IMMUTABLE_FIELDS) delete value[field];
      const forbidden = forbiddenField(collection, value);
      if (forbidden !== undefined)
        return fail('server_owned', 'Это поле заполняет сервер, его нельзя изменить', forbidden);

      const nodeId = await ensureClientId(db);
      const offset = (await readMeta<number>(db, META.clockOffsetMs)) ?? 0;
      const now = Date.now() + offset;
      const heldHlc = await readMeta<string>(db, META.hlc);
      const held = (await db.clocks.get([collection, id]))?.clocks ?? {};
      const hlc = nextClock(heldHlc ? parseHlc(heldHlc) : initialHlc(nodeId), held, now);
      const stamp = new Date(now).toISOString();
      const full: RecordData = existing
        ? { ...value, updatedAt: stamp }
        : { ...value, id, createdAt: stamp, updatedAt: stamp };

      const current = existing ? { data: existing, clocks: held } : EMPTY_STATE;
      const base = { ...held };
      const merged = applyPatch(current, { patch: full, hlc, base });
      // a local edit must win where it is made; saying "saved" while the old value stays is worse
      if (merged.lost.some((loss) => loss.lostHlc === hlc))
        return fail(
          'clock',
          'Изменение не сохранено: в записи уже есть более позднее изменение. Проверьте дату и время на этом компьютере и повторите.',
        );
      const whole = validateRecord(collection, merged.state.data);
      if (!whole.ok) return whole;

      await table.put(merged.state.data as RecordOf<C>);
      await db.clocks.put({ collection, id, clocks: merged.state.clocks });
      const previous = Object.fromEntries(
        Object.keys(full).map((field) => [field, existing?.[field] ?? null]),
      );
      await foldIntoWaiting(db, {
        mid: () => nextMutationId(db),
        collection,
        recordId: id,
        patch: full,
        hlc,
        base,
        previous,
      });
      await writeMeta(db, META.hlc, hlc);
      return { ok: true as const, record: merged.state.data as RecordOf<C> };
    });
    if (result.ok) await refreshCanary(db);
    return result;
  } catch (error) {
    if (isStorageWriteError(error))
      return fail(
        'quota',
        'На этом компьютере закончилось место для данных. Изменение не сохранено: освободите место на диске и нажмите «Сохранить» ещё раз.',
      );
    throw error;
  }
}
