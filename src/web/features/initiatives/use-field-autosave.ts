import { useEffect, useRef, useState } from 'preact/hooks';
import { mutate } from '../../store/mutate.ts';

/** Saved this long after the last keystroke: the issue allows at most a second. */
export const AUTOSAVE_MS = 600;

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** An emptied field is cleared (null), so optional dates and texts can be emptied. */
const emptyAsNull = (text: string): string | null => (text === '' ? null : text);

interface Pending {
  timer: ReturnType<typeof setTimeout>;
  value: string;
}

/**
 * One section's text as the person types it: patched alone (only this field), so a colleague's
 * edit of another section never conflicts. While edits are unsaved, synced values don't overwrite it.
 */
export function useFieldAutosave(
  initiativeId: string,
  field: string,
  stored: string,
  toPatch: (text: string) => unknown = emptyAsNull,
) {
  const [value, setValue] = useState(stored);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const typed = useRef(0);
  const saved = useRef(0);
  const pending = useRef<Pending | null>(null);

  useEffect(() => {
    const differs = JSON.stringify(toPatch(stored)) !== JSON.stringify(toPatch(value));
    if (typed.current === saved.current && differs) setValue(stored);
  }, [stored]);

  async function save(next: string, edit: number) {
    setState({ kind: 'saving' });
    const result = await mutate('initiatives', initiativeId, { [field]: toPatch(next) });
    if (!result.ok) {
      setState({ kind: 'failed', message: result.message });
      return;
    }
    saved.current = Math.max(saved.current, edit);
    setState({ kind: 'saved' });
  }

  function flush() {
    const held = pending.current;
    if (!held) return;
    clearTimeout(held.timer);
    pending.current = null;
    void save(held.value, typed.current);
  }

  function change(next: string) {
    setValue(next);
    typed.current += 1;
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { value: next, timer: setTimeout(flush, AUTOSAVE_MS) };
  }

  // leaving the screen (or the page) saves what is still waiting for its timer
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  return { value, state, change, flush };
}
