import { t } from '../../i18n/language.ts';
import type { SaveState } from '../../store/use-autosave.ts';

/** "Saving…" / "Saved" next to a field; a failure is announced. */
export function SaveStatus({ state, id }: { state: SaveState; id: string }) {
  if (state.kind === 'failed')
    return (
      <p id={id} role="alert" class="form-error">
        {t('initiatives.notSaved', { message: state.message })}
      </p>
    );
  return (
    <p id={id} class="save-status" role="status">
      {state.kind === 'saving' && t('initiatives.saving')}
      {state.kind === 'saved' && t('initiatives.saved')}
    </p>
  );
}
