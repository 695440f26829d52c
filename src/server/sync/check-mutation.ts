import {
  collectionSpec,
  isCollectionName,
  type CollectionName,
} from '../../shared/model/registry.ts';
import { changedImmutableField, validatePatch } from '../../shared/model/validate.ts';
import { hlcWallMs } from '../../shared/sync/hlc.ts';
import {
  MAX_CLOCK_AHEAD_MS,
  type Mutation,
  type RejectionCode,
} from '../../shared/sync/protocol.ts';
import type { User } from '../auth/users.ts';
import type { StoredRecord } from './record-rows.ts';

export type MutationCheck =
  | {
      ok: true;
      collection: CollectionName;
      patch: Record<string, unknown>;
      centreId: string | null;
    }
  | { ok: false; code: RejectionCode; message: string };

const reject = (code: RejectionCode, message: string): MutationCheck => ({
  ok: false,
  code,
  message,
});

/** Which centre the record belongs to, or a rejection when the writer may not write there. */
function checkCentre(
  collection: CollectionName,
  user: User,
  mutation: Mutation,
  existing: StoredRecord | undefined,
): string | null | MutationCheck {
  const { scope } = collectionSpec(collection);
  const own = user.role === 'staff' ? user.centreId : undefined;
  if (existing) {
    if (own !== undefined && existing.centreId !== own)
      return reject('wrong_centre', 'Это запись другого центра: изменить её нельзя');
    return existing.centreId;
  }
  const centreId = mutation.patch.centreId;
  if (scope === 'global') {
    if (centreId !== null && centreId !== undefined)
      return reject(
        'wrong_centre',
        'Общие записи не принадлежат центру: centreId должен быть пуст',
      );
    return null;
  }
  if (own !== undefined) {
    if (centreId !== own)
      return reject('wrong_centre', 'Запись можно создать только для своего центра');
    return own;
  }
  if (typeof centreId === 'string') return centreId;
  if (scope === 'either' && centreId === null) return null;
  return reject('wrong_centre', 'Укажите центр, к которому относится запись');
}

/**
 * Everything about a mutation that can be judged before merging: collection, role, centre,
 * server-owned and immutable fields, clock, and the patch's own fields.
 */
export function checkMutation(
  mutation: Mutation,
  user: User,
  existing: StoredRecord | undefined,
  serverTime: number,
): MutationCheck {
  const name = mutation.collection;
  if (!isCollectionName(name))
    return reject('unknown_collection', `Неизвестный раздел данных: ${name}`);
  const spec = collectionSpec(name);
  if (!spec.writers.includes(user.role))
    return reject('forbidden', 'Изменять этот раздел может только региональный центр');
  // before the centre: a fast PC's later edits of a record it creates in the same batch are
  // re-stamped with it, not refused for good because the record does not exist yet
  if (hlcWallMs(mutation.hlc) > serverTime + MAX_CLOCK_AHEAD_MS)
    return reject(
      'clock_ahead',
      'Часы этого компьютера спешат: проверьте дату и время и повторите',
    );
  const centreId = checkCentre(name, user, mutation, existing);
  if (typeof centreId === 'object' && centreId !== null) return centreId;
  const fields = Object.keys(mutation.patch);
  const owned = fields.find(
    (field) =>
      spec.serverOwned.includes(field) ||
      (spec.clientFields !== undefined && !spec.clientFields.includes(field)),
  );
  if (owned !== undefined)
    return reject('server_owned', `Поле ${owned} заполняет сервер, изменить его нельзя`);
  if ('id' in mutation.patch && mutation.patch.id !== mutation.id)
    return reject('immutable_field', 'Идентификатор записи изменить нельзя');
  const immutable = changedImmutableField(existing?.data, mutation.patch);
  if (immutable !== undefined)
    return reject('immutable_field', `Поле ${immutable} нельзя изменить после создания записи`);
  const patch = validatePatch(name, mutation.patch);
  if (!patch.ok)
    return reject('invalid', patch.field ? `${patch.message} (${patch.field})` : patch.message);
  return { ok: true, collection: name, patch: patch.value, centreId };
}
