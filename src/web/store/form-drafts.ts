import { keysStartingWith, localStore } from './local-storage.ts';

/**
 * Drafts of the forms a person saves with a button (organization, training, material), kept in
 * localStorage on every change: a tab closed or reloaded at once still has them, and they come
 * back into the same form for the same person. They are not replayed into records as the input
 * journal is: «Сохранить» was never pressed, and a half-filled new record would not validate.
 */
const PREFIX = 'sopka.draft:';

export interface KeptDraft<D> {
  /** What the form held when the person began: a field equal to it here was not touched. */
  base: D;
  draft: D;
}

const keyOf = (owner: string, form: string) => `${PREFIX}${owner}:${form}`;

export function keepFormDraft<D>(owner: string, form: string, base: D, draft: D): void {
  try {
    localStore()?.setItem(keyOf(owner, form), JSON.stringify({ base, draft }));
  } catch {
    // localStorage full: the form still holds the text while the page is open
  }
}

export function readFormDraft<D>(owner: string, form: string): KeptDraft<D> | undefined {
  const text = localStore()?.getItem(keyOf(owner, form));
  if (!text) return undefined;
  try {
    return JSON.parse(text) as KeptDraft<D>;
  } catch {
    return undefined;
  }
}

export function dropFormDraft(owner: string, form: string): void {
  localStore()?.removeItem(keyOf(owner, form));
}

/** Removing a centre's data from this PC takes the drafts too (they hold names and phones). */
export function clearFormDrafts(): void {
  for (const key of keysStartingWith(PREFIX)) localStore()?.removeItem(key);
}
