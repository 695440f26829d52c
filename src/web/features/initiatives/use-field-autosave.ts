import { mutate } from '../../store/mutate.ts';
import { useAutosave } from '../../store/use-autosave.ts';

/** An emptied field is cleared (null), so optional dates and texts can be emptied. */
const emptyAsNull = (text: string): string | null => (text === '' ? null : text);

/**
 * One section's text as the person types it: patched alone (only this field), so a colleague's
 * edit of another section never conflicts.
 */
export function useFieldAutosave(
  initiativeId: string,
  field: string,
  stored: string,
  toPatch: (text: string) => unknown = emptyAsNull,
) {
  return useAutosave(stored, {
    collection: 'initiatives',
    id: initiativeId,
    path: [field],
    toValue: toPatch,
    save: (value) => mutate('initiatives', initiativeId, { [field]: value }),
  });
}
