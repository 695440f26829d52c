import { Dexie } from 'dexie';
import { collectionSpec, type CollectionName, type RecordOf } from '../../shared/model/registry.ts';
import { IMMUTABLE_FIELDS } from '../../shared/model/common.ts';
import {
  changedImmutableField,
  validatePatch,
  validateRecord,
} from '../../shared/model/validate.ts';
import { formatHlc, initialHlc, parseHlc, tickHlc } from '../../shared/sync/hlc.ts';
import { EMPTY_STATE, applyPatch, type RecordData } from '../../shared/sync/merge.ts';
import { db as appDb, type SopkaDb } from './db.ts';
import { META, ensureClientId, nextMutationId, readMeta, writeMeta } from './meta.ts';

export type MutateErrorCode = 'invalid' | 'immutable_field' | 'server_owned' | 'quota';

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
    return await db.transaction('rw', [table, db.clocks, db.outbox, db.meta], async () => {
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
      const hlc = formatHlc(tickHlc(heldHlc ? parseHlc(heldHlc) : initialHlc(nodeId), now));
      const stamp = new Date(now).toISOString();
      const full: RecordData = existing
        ? { ...value, updatedAt: stamp }
        : { ...value, id, createdAt: stamp, updatedAt: stamp };

      const held = (await db.clocks.get([collection, id]))?.clocks ?? {};
      const current = existing ? { data: existing, clocks: held } : EMPTY_STATE;
      const base = { ...held };
      const merged = applyPatch(current, { patch: full, hlc, base });
      const whole = validateRecord(collection, merged.state.data);
      if (!whole.ok) return whole;

      await table.put(merged.state.data as RecordOf<C>);
      await db.clocks.put({ collection, id, clocks: merged.state.clocks });
      const previous = Object.fromEntries(
        Object.keys(full).map((field) => [field, existing?.[field] ?? null]),
      );
      await db.outbox.add({
        mid: await nextMutationId(db),
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
  } catch (error) {
    if (isQuotaError(error))
      return fail(
        'quota',
        'На этом компьютере закончилось место для данных. Изменение не сохранено: освободите место на диске и нажмите «Сохранить» ещё раз.',
      );
    throw error;
  }
}

function isQuotaError(error: unknown): boolean {
  if (error instanceof Dexie.QuotaExceededError) return true;
  const inner = error instanceof Dexie.DexieError ? error.inner : error;
  return inner instanceof DOMException && inner.name === 'QuotaExceededError';
}
