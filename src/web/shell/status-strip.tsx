import { useEffect, useState } from 'preact/hooks';
import { outboxText } from '../i18n/format-count.ts';
import { formatRelative } from '../i18n/format-relative.ts';
import { t } from '../i18n/language.ts';
import { session } from '../session/session-state.ts';
import { useObservable } from '../store/use-live-query.ts';
import { syncActivity, uploadActivity } from '../sync/sync-status.ts';
import { EMPTY_SUMMARY, syncSummary } from '../sync/sync-summary.ts';
import { online } from './online-status.ts';
import { SyncNowButton } from './sync-now-button.tsx';
import { ClockNotice } from './clock-notice.tsx';
import { correctedNow } from '../store/corrected-now.ts';

/** Now by the server's clock (times are stamped by it); re-renders every half minute so "5 minutes ago" stays true. */
function useNow(): number {
  const [now, setNow] = useState(correctedNow());
  useEffect(() => {
    const timer = setInterval(() => setNow(correctedNow()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Always visible: connection, unsent changes, last sync, progress, and what needs a person. */
export function StatusStrip() {
  const summary = useObservable(syncSummary, EMPTY_SUMMARY);
  const now = useNow();
  const isOnline = online.value;
  const activity = syncActivity.value;
  const uploads = uploadActivity.value;
  const signedIn = session.value;
  const attention = summary.rejected + summary.openConflicts;
  return (
    <section class="status-strip" aria-label={t('shell.statusLabel')}>
      <p role="status" class={isOnline ? 'status status-online' : 'status status-offline'}>
        <span aria-hidden="true" class="status-dot" />
        {isOnline ? t('status.online') : t('status.offline')}
      </p>
      <p role="status" class="status" data-testid="outbox-count">
        {outboxText(summary.unsent, summary.unsentFiles)}
      </p>
      <p class="status" data-testid="last-sync">
        {summary.lastSyncAt
          ? t('status.lastSync', { when: formatRelative(summary.lastSyncAt, now) })
          : t('status.neverSynced')}
      </p>
      {activity && (
        <p class="status status-progress" role="status">
          <label for="sync-progress">
            {activity.total > 0
              ? t('status.syncProgress', { sent: activity.sent, total: activity.total })
              : t('status.syncing')}
          </label>
          <progress
            id="sync-progress"
            {...(activity.total > 0 ? { value: activity.sent, max: activity.total } : {})}
          />
        </p>
      )}
      <ClockNotice />
      {uploads && (
        <p class="status status-progress" role="status">
          <label for="upload-progress">
            {t('status.uploadProgress', { sent: uploads.sentFiles, total: uploads.totalFiles })}
          </label>
          <progress id="upload-progress" value={uploads.sentBytes} max={uploads.totalBytes || 1} />
        </p>
      )}
      {attention > 0 && (
        <a class="status badge" href="/sync" data-testid="attention">
          {t('status.attention', { count: attention })}
        </a>
      )}
      {signedIn?.token === null && (
        <a class="status badge" href="/sign-in">
          {t('status.signInAgain')}
        </a>
      )}
      {signedIn?.token && <SyncNowButton class="status-action" />}
    </section>
  );
}
