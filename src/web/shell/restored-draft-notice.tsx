import { t } from '../i18n/language.ts';

/** Above a form whose unsaved draft came back after the tab was closed. */
export function RestoredDraftNotice({ onDiscard }: { onDiscard: () => void }) {
  return (
    <p class="notice-restored" role="status">
      {t('draft.restored')}{' '}
      <button type="button" onClick={onDiscard}>
        {t('draft.discard')}
      </button>
    </p>
  );
}
