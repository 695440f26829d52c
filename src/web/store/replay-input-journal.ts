import type { CollectionName } from '../../shared/model/registry.ts';
import { COLLECTION_INDEXES, db as appDb, type SopkaDb } from './db.ts';
import { dropJournalEntry, journalEntries, type JournalEntry } from './input-journal.ts';
import { mutate } from './mutate.ts';
import { hlcWallMs, parseHlc } from '../../shared/sync/hlc.ts';
import { META, readMeta } from './meta.ts';
import { logError } from '../log.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function valueAt(data: Record<string, unknown>, path: readonly string[]): unknown {
  let here: unknown = data;
  for (const part of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<string, unknown>)[part];
  }
  return here;
}

/** `data[path[0]]` with the value set at the rest of the path (nested objects copied). */
function fieldWith(
  current: unknown,
  rest: readonly string[],
  value: unknown,
  holder: unknown,
): unknown {
  const [part, ...deeper] = rest;
  if (part === undefined) return value;
  const missing = deeper.length === 0 ? (holder ?? {}) : {};
  const object = typeof current === 'object' && current !== null ? current : missing;
  const inner = (object as Record<string, unknown>)[part];
  return { ...object, [part]: fieldWith(inner, deeper, value, holder) };
}

const isCollection = (name: string): name is CollectionName => name in COLLECTION_INDEXES;

/** What became of one entry: written, already there, or superseded by a later edit. */
export type ReplayOutcome = 'written' | 'kept' | 'superseded' | 'gone' | 'failed';

async function replayEntry(entry: JournalEntry, db: SopkaDb): Promise<ReplayOutcome> {
  const [field, ...rest] = entry.path;
  if (!isCollection(entry.collection) || field === undefined) return 'gone';
  const record = (await db.records(entry.collection).get(entry.id)) as
    Record<string, unknown> | undefined;
  if (!record || record.deleted === true) return 'gone';
  const stored = valueAt(record, entry.path);
  if (same(stored, entry.value)) return 'kept';
  const clock = (await db.clocks.get([entry.collection, entry.id]))?.clocks[field];
  // another PC's edit made after this was typed stays; this PC's own saves are of earlier
  // input (the journal holds the last thing typed here), whatever their stamps say
  const mine = await readMeta<string>(db, META.clientId);
  const later =
    clock !== undefined && parseHlc(clock).nodeId !== mine && hlcWallMs(clock) > entry.at;
  if (!same(stored, entry.base) && later) return 'superseded';
  const patch = { [field]: fieldWith(record[field], rest, entry.value, entry.holder) };
  const result = await mutate(entry.collection, entry.id, patch, db);
  if (result.ok) return 'written';
  logError(`unsaved input not replayed (${result.code})`, result.message);
  // out of space: keep it for the next start; anything else would fail the same way forever
  return result.code === 'quota' ? 'failed' : 'gone';
}

/** Saves what was typed but not yet saved when the page last closed; runs before the UI. */
export async function replayInputJournal(db: SopkaDb = appDb): Promise<ReplayOutcome[]> {
  const outcomes: ReplayOutcome[] = [];
  for (const { key, entry } of journalEntries()) {
    const outcome = await replayEntry(entry, db).catch((error: unknown) => {
      logError('unsaved input not replayed', error);
      return 'failed' as const;
    });
    outcomes.push(outcome);
    if (outcome !== 'failed') dropJournalEntry(key);
  }
  return outcomes;
}
