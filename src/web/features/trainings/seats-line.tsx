import type { Training } from '../../../shared/model/trainings.ts';
import { formatDateTime } from '../../i18n/format-date.ts';
import { t } from '../../i18n/language.ts';

interface Props {
  training: Training;
  /** When this computer last synced: the counts are as of then. */
  syncedAt: string | null;
  /** Registrations made here and not yet placed by the server. */
  pending?: number;
}

/** Places left and the waitlist as known at the last sync ("as of 14:05"). */
export function SeatsLine({ training, syncedAt, pending = 0 }: Props) {
  const { capacity, confirmedCount, waitlistCount } = training;
  const known = confirmedCount !== undefined;
  const left = Math.max(0, capacity - (confirmedCount ?? 0));
  return (
    <p class="seats-line">
      {known
        ? t('seats.left', { left, capacity, waitlist: waitlistCount ?? 0 })
        : t('seats.capacity', { capacity })}
      {syncedAt && known && <> {t('seats.asOf', { time: formatDateTime(syncedAt) })}</>}
      {pending > 0 && <> {t('seats.pendingHere', { count: pending })}</>}
    </p>
  );
}
