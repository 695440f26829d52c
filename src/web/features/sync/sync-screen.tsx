import { formatDateTime } from '../../i18n/format-date.ts';
import { outboxText } from '../../i18n/format-count.ts';
import { t } from '../../i18n/language.ts';
import { online } from '../../shell/online-status.ts';
import { SyncNowButton } from '../../shell/sync-now-button.tsx';
import { ClockNotice } from '../../shell/clock-notice.tsx';
import { useObservable } from '../../store/use-live-query.ts';
import { EMPTY_SUMMARY, syncSummary } from '../../sync/sync-summary.ts';
import { StoragePanel } from '../settings/storage-panel.tsx';
import { ConflictList } from './conflict-list.tsx';
import { RejectedList } from './rejected-list.tsx';
import { syncProblemText } from './sync-problem-text.ts';
import { VerificationLine } from './verification-line.tsx';

/** What was sent, what waits, what failed and why, and what needs a person's decision. */
export default function SyncScreen() {
  const summary = useObservable(syncSummary, EMPTY_SUMMARY);
  const { problem } = summary;
  return (
    <>
      <h1>{t('sync.title')}</h1>
      <section class="card" aria-labelledby="sync-state-title">
        <h2 id="sync-state-title">{t('sync.stateTitle')}</h2>
        <p>{online.value ? t('status.online') : t('status.offline')}</p>
        <p data-testid="sync-outbox">{outboxText(summary.unsent, summary.unsentFiles)}</p>
        <p>
          {summary.lastSyncAt
            ? t('status.lastSync', { when: formatDateTime(summary.lastSyncAt) })
            : t('status.neverSynced')}
        </p>
        <VerificationLine />
        <ClockNotice class="notice" />
        <p>
          <SyncNowButton saysBusy />
        </p>
      </section>
      <section class="card" aria-labelledby="sync-problem-title">
        <h2 id="sync-problem-title">{t('sync.problemTitle')}</h2>
        {problem ? (
          <div data-testid="sync-problem">
            {syncProblemText(problem).map((line) => (
              <p key={line}>{line}</p>
            ))}
            <p class="note">{t('sync.problemAt', { when: formatDateTime(problem.at) })}</p>
          </div>
        ) : (
          <p>{t('sync.noProblem')}</p>
        )}
      </section>
      <RejectedList />
      <ConflictList />
      <StoragePanel />
    </>
  );
}
