import { useState } from 'preact/hooks';
import { t } from '../i18n/language.ts';
import { pendingUpdate } from './sw-state.ts';

/** "New version available" with an Update button; the reload waits for the person to click. */
export function UpdateBanner() {
  const [updating, setUpdating] = useState(false);
  const accept = pendingUpdate.value;
  if (!accept) return null;
  return (
    <div class="banner" role="alert">
      <p>{t('sw.updateAvailable')}</p>
      <button
        type="button"
        disabled={updating}
        onClick={() => {
          setUpdating(true);
          accept();
        }}
      >
        {updating ? t('sw.updating') : t('sw.update')}
      </button>
    </div>
  );
}
