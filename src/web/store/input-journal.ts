import { correctedNow } from './corrected-now.ts';
import { keysStartingWith, localStore as storage } from './local-storage.ts';

/**
 * Unsaved input, written synchronously to localStorage on every input event: a tab closed or
 * reloaded before IndexedDB commits still keeps what was typed. Replayed through `mutate` at
 * the next start (replay-input-journal.ts) and cleared once the value is saved.
 * Light on purpose (no zod, no Dexie): the first screen reads it.
 */
const PREFIX = 'sopka.unsaved:';

export interface JournalEntry {
  collection: string;
  id: string;
  /** The field, or a path into it (`steps`, `a1`, `note`) for a value nested in a record. */
  path: string[];
  value: unknown;
  /** The stored value the person was editing over: unchanged since, the entry always applies. */
  base: unknown;
  /** When it was typed, by the corrected clock (compared with the record's field clocks). */
  at: number;
  /** What holds the value when the record has nothing there yet (a step never touched). */
  holder?: unknown;
}

const keyOf = (collection: string, id: string, path: readonly string[]) =>
  `${PREFIX}${collection}:${id}:${path.join('.')}`;

export function journalInput(
  collection: string,
  id: string,
  path: readonly string[],
  value: unknown,
  base: unknown,
  holder?: unknown,
): void {
  const entry: JournalEntry = { collection, id, path: [...path], value, base, at: correctedNow() };
  if (holder !== undefined) entry.holder = holder;
  try {
    storage()?.setItem(keyOf(collection, id, path), JSON.stringify(entry));
  } catch {
    // localStorage full: the debounced IndexedDB save still runs
  }
}

/** Forgets the entry once `saved` is what it holds; a newer, different input stays. */
export function clearJournal(
  collection: string,
  id: string,
  path: readonly string[],
  saved: unknown,
): void {
  const key = keyOf(collection, id, path);
  const entry = readEntry(key);
  if (entry && JSON.stringify(entry.value) === JSON.stringify(saved)) storage()?.removeItem(key);
}

export function readJournalValue(
  collection: string,
  id: string,
  path: readonly string[],
): JournalEntry | undefined {
  return readEntry(keyOf(collection, id, path));
}

function readEntry(key: string): JournalEntry | undefined {
  const text = storage()?.getItem(key);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as JournalEntry;
  } catch {
    return undefined;
  }
}

/** Every entry, with the key to drop it by. */
export function journalEntries(): { key: string; entry: JournalEntry }[] {
  return keysStartingWith(PREFIX).flatMap((key) => {
    const entry = readEntry(key);
    return entry ? [{ key, entry }] : [];
  });
}

export const hasUnsavedInput = (): boolean => journalEntries().length > 0;

export function dropJournalEntry(key: string): void {
  storage()?.removeItem(key);
}

/** Removing a centre's data from this PC takes its unsaved input too. */
export function clearWholeJournal(): void {
  for (const { key } of journalEntries()) dropJournalEntry(key);
}
