import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/language.ts';
import { requestPersistence, storageReport } from '../store/storage-persistence.ts';

const SEEN_KEY = 'sopka.persistNoticeDismissed';

function dismissed(): boolean {
  try {
    return localStorage.getItem(SEEN_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * When the browser has not promised to keep the data: says so and how to fix it. On the home
 * screen until the person hides it (`dismissible`); in Settings always.
 */
export function PersistenceNotice({ dismissible }: { dismissible: boolean }) {
  const [persisted, setPersisted] = useState<boolean | undefined>(true);
  const [hidden, setHidden] = useState(dismissible && dismissed());
  const refresh = () => void storageReport().then((report) => setPersisted(report.persisted));
  useEffect(refresh, []);
  if (persisted !== false || hidden) return null;
  return (
    <section class="card notice-warning" aria-labelledby="persist-notice-title">
      <h2 id="persist-notice-title">{t('storage.notPersistedTitle')}</h2>
      <p data-testid="persist-notice">{t('storage.notPersistedHow')}</p>
      <button type="button" onClick={() => void requestPersistence().then(refresh)}>
        {t('settings.persistRequest')}
      </button>{' '}
      {dismissible && (
        <>
          <a href="/settings">{t('storage.notPersistedSettings')}</a>{' '}
          <button
            type="button"
            onClick={() => {
              try {
                localStorage.setItem(SEEN_KEY, '1');
              } catch {
                // the notice comes back next time: harmless
              }
              setHidden(true);
            }}
          >
            {t('storage.notPersistedDismiss')}
          </button>
        </>
      )}
    </section>
  );
}
