import { useEffect, useRef, useState } from 'preact/hooks';
import { session } from '../session/session-state.ts';
import { dropFormDraft, keepFormDraft, readFormDraft, type KeptDraft } from './form-drafts.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields the person changed in `kept`, laid over what the form would show now. */
export function restoredDraft<D extends object>(now: D, kept: KeptDraft<D>): D {
  const result = { ...now };
  for (const field of Object.keys(now) as (keyof D)[])
    if (field in kept.draft && !same(kept.draft[field], kept.base[field]))
      result[field] = kept.draft[field];
  return result;
}

type Update<D> = D | ((current: D) => D);

/**
 * A form's draft that survives a closed tab: every change is written at once (synchronously) under
 * `form` for the signed-in person, and the next time the form opens it comes back over `initial`.
 * A colleague's synced change to a field the person did not touch still shows.
 */
export function useFormDraft<D extends object>(form: string, initial: D) {
  const owner = session.value?.userId ?? 'nobody';
  const start = () => {
    const kept = readFormDraft<D>(owner, form);
    const draft = kept ? restoredDraft(initial, kept) : initial;
    return { draft, base: initial, restored: !same(draft, initial) };
  };
  const [state, setState] = useState(start);
  const latest = useRef(state);
  latest.current = state;
  const opened = useRef(form);
  useEffect(() => {
    if (opened.current === form) return;
    opened.current = form;
    setState(start());
  }, [form]);

  function setDraft(update: Update<D>) {
    const { base, draft } = latest.current;
    const next = typeof update === 'function' ? update(draft) : update;
    if (same(next, base)) dropFormDraft(owner, form);
    else keepFormDraft(owner, form, base, next);
    latest.current = { ...latest.current, draft: next };
    setState(latest.current);
  }

  /** The draft was saved as the record: nothing to bring back. */
  const forget = () => dropFormDraft(owner, form);

  /** Back to `initial` (after saving a new record, or when the person refuses the restored text). */
  function reset() {
    forget();
    setState({ draft: initial, base: initial, restored: false });
  }

  return {
    draft: state.draft,
    /** What the form opened with: save what differs from it, not from the record as it is now. */
    base: state.base,
    restored: state.restored,
    setDraft,
    forget,
    reset,
  };
}
