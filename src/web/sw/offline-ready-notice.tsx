import { t } from '../i18n/language.ts';
import { offlineReady } from './sw-state.ts';

/** Says once that the app is cached and will open without a connection. */
export function OfflineReadyNotice() {
  if (!offlineReady.value) return null;
  return (
    <div class="banner banner-info" role="status">
      <p>{t('sw.offlineReady')}</p>
      <button type="button" onClick={() => (offlineReady.value = false)}>
        {t('sw.dismiss')}
      </button>
    </div>
  );
}
