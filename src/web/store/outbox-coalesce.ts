import type { Clocks } from '../../shared/sync/merge.ts';
import type { OutboxRow, SopkaDb } from './db.ts';

/**
 * Autosave writes a section again every few seconds: each write would be a mutation of its own,
 * an hour of typing megabytes in the outbox. A new write of a record folds into the record's
 * last waiting mutation when that one was never sent and every field of it is written again
 * (typing rewrites the same field): the latest value per field, the earliest base, so the
 * server sees the edit the person made since its last sync — the same winner as the writes one
 * by one, and another PC's value it beats is kept as a conflict just the same (only the
 * person's own passing drafts are not). The mutation keeps its id (the server never saw it)
 * and goes to the end of the outbox, after anything the new value may refer to.
 * Call inside mutate's rw transaction on the outbox.
 */
export async function foldIntoWaiting(
  db: SopkaDb,
  write: Omit<OutboxRow, 'seq' | 'mid'> & { mid: () => Promise<string> },
): Promise<void> {
  const { mid: newMid, ...mutation } = write;
  const waiting = (
    await db.outbox
      .where('recordId')
      .equals(mutation.recordId)
      .filter((row) => row.collection === mutation.collection)
      .toArray()
  ).at(-1);
  const fields = Object.keys(mutation.patch);
  const foldable =
    waiting !== undefined &&
    waiting.unsent === true &&
    Object.keys(waiting.patch).every((field) => fields.includes(field));
  if (!foldable) {
    await db.outbox.add({ ...mutation, mid: await newMid(), unsent: true });
    return;
  }
  const earliestBase: Clocks = { ...mutation.base };
  for (const field of Object.keys(waiting.patch)) {
    const seen = waiting.base[field];
    if (seen === undefined) delete earliestBase[field];
    else earliestBase[field] = seen;
  }
  await db.outbox.delete(waiting.seq!);
  await db.outbox.add({
    ...mutation,
    mid: waiting.mid,
    base: earliestBase,
    previous: { ...mutation.previous, ...waiting.previous },
    unsent: true,
  });
}
