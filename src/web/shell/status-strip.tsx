import { t } from '../i18n/language.ts';
import { outboxCount } from '../store/outbox-count.ts';
import { useObservable } from '../store/use-live-query.ts';
import { online } from './online-status.ts';

/** Always visible: connection state and how many changes wait to be sent. */
export function StatusStrip() {
  const waiting = useObservable(outboxCount, 0);
  const isOnline = online.value;
  return (
    <section class="status-strip" aria-label={t('shell.statusLabel')}>
      <p role="status" class={isOnline ? 'status status-online' : 'status status-offline'}>
        <span aria-hidden="true" class="status-dot" />
        {isOnline ? t('status.online') : t('status.offline')}
      </p>
      <p role="status" class="status" data-testid="outbox-count">
        {t('status.outbox', { count: waiting })}
      </p>
    </section>
  );
}
