import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '../../i18n/format-bytes.ts';
import { t } from '../../i18n/language.ts';
import {
  requestPersistence,
  storageReport,
  type StorageReport,
} from '../../store/storage-persistence.ts';

/** How much the local database uses and whether the browser promised to keep it. */
export function StoragePanel() {
  const [report, setReport] = useState<StorageReport | null>(null);
  const refresh = () => void storageReport().then(setReport);
  useEffect(refresh, []);
  if (!report) return null;
  const { usage, quota, persisted } = report;
  return (
    <section class="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storageTitle')}</h2>
      <p data-testid="storage-usage">
        {usage !== undefined && quota !== undefined
          ? t('settings.storageUsage', { used: formatBytes(usage), quota: formatBytes(quota) })
          : t('settings.storageUnknown')}
      </p>
      <p data-testid="storage-persisted">
        {persisted === undefined
          ? t('settings.persistUnknown')
          : persisted
            ? t('settings.persisted')
            : t('settings.notPersisted')}
      </p>
      {persisted === false && (
        <button type="button" onClick={() => void requestPersistence().then(refresh)}>
          {t('settings.persistRequest')}
        </button>
      )}
    </section>
  );
}
