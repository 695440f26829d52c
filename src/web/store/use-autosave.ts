import { useEffect, useRef, useState } from 'preact/hooks';
import type { MutateResult } from './mutate.ts';
import type { CollectionName } from '../../shared/model/registry.ts';
import { clearJournal, journalInput } from './input-journal.ts';

/** Saved at most this long after the first unsaved keystroke: the design allows a second. */
export const AUTOSAVE_MS = 600;

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export interface AutosaveTarget<V> {
  collection: CollectionName;
  id: string;
  /** Where the value sits in the record: a field, or a path into one. */
  path: readonly string[];
  /** The typed text as the record's value (what is journaled and saved). */
  toValue: (text: string) => V;
  save: (value: V) => Promise<MutateResult<CollectionName>>;
  /** What holds the value when the record has nothing at the path yet. */
  holder?: unknown;
}

/**
 * Text a person types, autosaved: every input goes to the synchronous journal at once (a closed
 * tab keeps it), and to the record within AUTOSAVE_MS even while the typing goes on.
 * While edits are unsaved, synced values don't overwrite what is on screen.
 */
export function useAutosave<V>(stored: string, target: AutosaveTarget<V>) {
  const [value, setValue] = useState(stored);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const typed = useRef(0);
  const saved = useRef(0);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | null>(null);
  const current = useRef(target);
  current.current = target;
  const storedRef = useRef(stored);
  storedRef.current = stored;

  useEffect(() => {
    const { toValue } = current.current;
    const differs = JSON.stringify(toValue(stored)) !== JSON.stringify(toValue(value));
    if (typed.current === saved.current && differs) setValue(stored);
  }, [stored]);

  async function save(text: string, edit: number) {
    const { collection, id, path, toValue } = current.current;
    setState({ kind: 'saving' });
    const next = toValue(text);
    const result = await current.current.save(next);
    if (!result.ok) {
      setState({ kind: 'failed', message: result.message });
      return;
    }
    clearJournal(collection, id, path, next);
    saved.current = Math.max(saved.current, edit);
    setState({ kind: 'saved' });
  }

  function flush() {
    const held = pending.current;
    if (!held) return;
    clearTimeout(held.timer);
    pending.current = null;
    void save(held.text, typed.current);
  }

  function change(text: string) {
    const { collection, id, path, toValue, holder } = current.current;
    journalInput(collection, id, path, toValue(text), toValue(storedRef.current), holder);
    setValue(text);
    typed.current += 1;
    // the timer is not restarted on each key: steady typing still saves every AUTOSAVE_MS
    if (pending.current) pending.current.text = text;
    else pending.current = { text, timer: setTimeout(flush, AUTOSAVE_MS) };
  }

  // leaving the screen saves what is still waiting for its timer; a closing page may not finish
  // this write, which is what the journal is for
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  return { value, state, change, flush };
}
