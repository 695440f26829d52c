import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../i18n/format-date.ts';
import { formatCount } from '../i18n/format-count.ts';
import { t } from '../i18n/language.ts';
import { db } from '../store/db.ts';
import { checkLostStorage, dismissLostStorage, type LostStorage } from '../store/storage-canary.ts';

/** Said plainly, on every screen (sign-in too): the browser emptied this PC's database. */
export function LostStorageNotice() {
  const [lost, setLost] = useState<LostStorage | null>(null);
  useEffect(() => {
    void checkLostStorage(db).then(setLost, () => undefined);
  }, []);
  if (!lost) return null;
  const when = formatDateTime(lost.lastWriteAt);
  return (
    <section class="card notice-danger" role="alert" aria-labelledby="lost-storage-title">
      <h2 id="lost-storage-title">{t('storage.lostTitle')}</h2>
      <p data-testid="lost-storage">
        {lost.unsent > 0
          ? t('storage.lostUnsent', { count: formatCount(lost.unsent, 'changes'), when })
          : t('storage.lostNothing', { when })}
      </p>
      <button
        type="button"
        onClick={() => {
          dismissLostStorage(db);
          setLost(null);
        }}
      >
        {t('storage.lostDismiss')}
      </button>
    </section>
  );
}
